package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dyad.codebooks.lexicon.BundledLexicons;
import org.dyad.core.pipeline.TextRepairStage;
import org.dyad.core.text.Lexicon;
import org.dyad.core.text.OffsetMap;
import org.dyad.core.text.RepairChains;
import org.dyad.core.text.RepairedText;
import org.dyad.core.text.Span;

/**
 * Injects each kind of noise into a corpus of clean stories, runs the standard repair chain and
 * prints, per kind: recall (damaged words restored exactly), clean words harmed per 10,000,
 * real hyphenated compounds altered, and throughput against a plain scan of the same texts.
 *
 * <pre>
 * mvn -q -pl dyad-bench -am package -DskipTests
 * java -cp "dyad-bench/target/classes:dyad-bench/target/lib/*" org.dyad.bench.RepairBenchmark \
 *     PATH/voa_stories.jsonl [--seed 20211] [--rate 0.05] [--names ACTORS_FILE]...
 * </pre>
 *
 * The lexicon is the bundled word list, plus names read from the optional {@code --names} files
 * (an actor dictionary or gazetteer, standing in for what the engine passes), or with
 * {@code --engine-names} exactly the names the engine adds (run it on the CLI's class path, as
 * for the coding benchmark); nothing is learnt
 * from the corpus. The frequencies are the bundled subtitle counts, never counts from the stories
 * scored. Set {@code DYAD_BENCH_FAILURES=1} to list every miss and harm.
 */
public final class RepairBenchmark {

    private RepairBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = null;
        long seed = 20211L;
        double rate = 0.05;
        List<Path> nameFiles = new ArrayList<>();
        boolean engineNames = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--engine-names" -> engineNames = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--names" -> nameFiles.add(Path.of(args[++i]));
                default -> corpus = Path.of(args[i]);
            }
        }
        if (corpus == null) {
            System.err.println("usage: RepairBenchmark STORIES.jsonl [--seed N] [--rate R] [--names FILE]...");
            System.exit(2);
        }
        List<String> stories = readStories(corpus);
        BundledLexicons data = BundledLexicons.load();
        Lexicon lexicon = data.englishWords();
        if (!nameFiles.isEmpty()) {
            List<String> names = readNames(nameFiles);
            System.out.printf(Locale.ROOT, "caller lexicon: %d names from %s%n", names.size(), nameFiles);
            lexicon = lexicon.or(Lexicon.of(names));
        }
        if (engineNames) {
            // The names the engine itself adds: bundled actor dictionaries and the gazetteer.
            lexicon = lexicon.or(org.dyad.app.RepairVocabulary.names(org.dyad.codebooks.Codebooks.bundled(),
                    org.dyad.gazetteer.GazetteerIndex.load()));
            System.out.println("caller lexicon: the engine's names (bundled actors and the gazetteer)");
        }
        TextRepairStage stage = new TextRepairStage(RepairChains.standard(lexicon, data.frequencies()));

        int words = stories.stream().mapToInt(s -> Noise.tokens(s).size()).sum();
        long chars = stories.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d stories, %d words, %d chars; seed %d, rate %.2f%n",
                stories.size(), words, chars, seed, rate);

        int cleanChanged = 0;
        for (String s : stories) {
            cleanChanged += stage.repair(s).repairs().size();
        }
        System.out.printf(Locale.ROOT, "clean corpus: %d repairs made (should be 0)%n%n", cleanChanged);

        System.out.printf(Locale.ROOT, "%-20s %8s %8s %8s %10s %10s %10s%n",
                "kind", "damaged", "recall", "harm/10k", "compounds", "MB/s", "base MB/s");
        List<String> failures = new ArrayList<>();
        for (Noise noise : Noise.values()) {
            Random random = new Random(seed ^ noise.ordinal() * 0x9E3779B97F4A7C15L);
            List<Noise.Damaged> damaged = new ArrayList<>();
            for (String s : stories) {
                damaged.add(noise.inject(s, rate, random));
            }
            Score score = new Score();
            for (int k = 0; k < stories.size(); k++) {
                Noise.Damaged d = damaged.get(k);
                RepairedText repaired = stage.repair(d.text());
                score.add(stories.get(k), d, repaired, failures, noise);
            }
            double[] mbs = throughput(stage, damaged);
            System.out.printf(Locale.ROOT, "%-20s %8d %8.4f %8.2f %10s %10.1f %10.1f%n",
                    noise.name().toLowerCase(Locale.ROOT), score.damaged,
                    score.damaged == 0 ? 1.0 : (double) score.restored / score.damaged,
                    10_000.0 * score.harmed / words, score.compoundsAltered + "/" + score.compounds,
                    mbs[0], mbs[1]);
        }
        if (System.getenv("DYAD_BENCH_FAILURES") != null) {
            System.out.println();
            failures.forEach(System.out::println);
        }
    }

    /**
     * Repair throughput and a plain copy-and-scan baseline, in MB (10^6 chars) per second of this
     * thread's CPU time, so other processes on the machine do not count; the best of many
     * alternating passes, after a warm-up.
     */
    private static double[] throughput(TextRepairStage stage, List<Noise.Damaged> texts) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long chars = texts.stream().mapToLong(d -> d.text().length()).sum();
        long sink = 0;
        long bestRepair = Long.MAX_VALUE;
        long bestBase = Long.MAX_VALUE;
        for (int pass = 0; pass < 40; pass++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (Noise.Damaged d : texts) {
                sink += stage.repair(d.text()).text().length();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (Noise.Damaged d : texts) {
                sink += baseline(d.text());
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            if (pass >= 10) { // the first passes warm the JIT up
                bestRepair = Math.min(bestRepair, t1 - t0);
                bestBase = Math.min(bestBase, t2 - t1);
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the JIT from dropping the work
        }
        double mb = chars / 1e6;
        return new double[] {mb / (bestRepair / 1e9), mb / (bestBase / 1e9)};
    }

    /** The cheapest honest pass over a text: copy it and classify every character. */
    private static long baseline(String text) {
        String copy = new StringBuilder(text).toString();
        long letters = 0;
        for (int i = 0; i < copy.length(); i++) {
            if (Character.isLetter(copy.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /**
     * Names from dictionary files, the way an engine would hand its actor and place names to the
     * repair chain: every run of three or more letters outside comments and [codes]. Reads plain
     * lists and TABARI/Phoenix .actors files alike ({@code +KAZAKSTAN_} gives Kazakstan).
     */
    private static List<String> readNames(List<Path> files) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\[[^\\]]*\\]", " ");
                for (String run : body.split("[^\\p{L}]+")) {
                    if (run.length() >= 3) {
                        names.add(run);
                    }
                }
            }
        }
        return names;
    }

    private static List<String> readStories(Path path) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode text = json.readTree(line).get("text");
            if (text == null || !text.isTextual()) {
                throw new IOException(path + ": a line has no string field 'text'");
            }
            out.add(text.asText());
        }
        return out;
    }

    /** Word-by-word comparison of the repaired text with the clean one, through the offset maps. */
    private static final class Score {
        int damaged;
        int restored;
        int harmed;
        int compounds;
        int compoundsAltered;

        void add(String clean, Noise.Damaged d, RepairedText repaired, List<String> failures, Noise noise) {
            OffsetMap toClean = repaired.map().andThen(d.toClean());
            // Clean span start -> the repaired token that maps onto it, if it maps exactly.
            Map<Integer, Span> mapped = new HashMap<>();
            Map<Integer, String> mappedText = new HashMap<>();
            for (Span t : Noise.tokens(repaired.text())) {
                int s = toClean.toRawStart(t.start());
                int e = Math.max(s, toClean.toRawEnd(t.end()));
                mapped.put(s, new Span(s, e));
                mappedText.put(s, t.of(repaired.text()));
            }
            List<Span> damagedSpans = d.damaged();
            int next = 0;
            for (Span t : Noise.tokens(clean)) {
                String want = t.of(clean);
                boolean ok = t.equals(mapped.get(t.start())) && want.equals(mappedText.get(t.start()));
                while (next < damagedSpans.size() && damagedSpans.get(next).end() <= t.start()) {
                    next++;
                }
                boolean hit = next < damagedSpans.size() && damagedSpans.get(next).start() < t.end();
                boolean compound = isCompound(want);
                boolean compoundDamage = d.compoundsTouched().stream()
                        .anyMatch(c -> c.start() < t.end() && t.start() < c.end());
                if (compound && !hit) {
                    compounds++;
                    if (!ok) {
                        compoundsAltered++;
                    }
                }
                if (hit) {
                    damaged++;
                    if (ok) {
                        restored++;
                    }
                } else if (!ok && !compoundDamage) {
                    harmed++;
                }
                if (!ok) {
                    String got = mappedText.getOrDefault(t.start(), "?");
                    failures.add(noise + (hit ? " MISS " : " HARM ") + want + " -> " + got);
                }
            }
        }

        private static boolean isCompound(String token) {
            for (int i = 1; i + 1 < token.length(); i++) {
                if (token.charAt(i) == '-' && Character.isLetter(token.charAt(i - 1))
                        && Character.isLetter(token.charAt(i + 1))) {
                    return true;
                }
            }
            return false;
        }
    }
}
