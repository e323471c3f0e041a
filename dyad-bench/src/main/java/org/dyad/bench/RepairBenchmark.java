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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import org.dyad.codebooks.lexicon.BundledLexicons;
import org.dyad.core.pipeline.TextRepairStage;
import org.dyad.core.text.Lexicon;
import org.dyad.core.text.OffsetMap;
import org.dyad.core.text.RepairChains;
import org.dyad.core.text.RepairedText;
import org.dyad.core.text.Span;
import org.dyad.core.text.TextRepair;

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
        boolean timing = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--engine-names" -> engineNames = true;
                case "--no-timing" -> timing = false;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--names" -> nameFiles.add(Path.of(args[++i]));
                default -> corpus = Path.of(args[i]);
            }
        }
        if (corpus == null) {
            System.err.println("usage: RepairBenchmark STORIES.jsonl [--seed N] [--rate R] [--names FILE]... "
                    + "[--engine-names] [--no-timing]");
            System.exit(2);
        }
        List<String> stories = readStories(corpus);
        BundledLexicons data = BundledLexicons.load();
        Lexicon names = Lexicon.empty();
        if (!nameFiles.isEmpty()) {
            List<String> listed = readNames(nameFiles);
            System.out.printf(Locale.ROOT, "caller lexicon: %d names from %s%n", listed.size(), nameFiles);
            names = names.or(Lexicon.of(listed));
        }
        if (engineNames) {
            // The names the engine itself adds: bundled actor dictionaries and the gazetteer.
            names = names.or(org.dyad.app.RepairVocabulary.names(org.dyad.codebooks.Codebooks.bundled(),
                    org.dyad.gazetteer.GazetteerIndex.load()));
            System.out.println("caller lexicon: the engine's names (bundled actors and the gazetteer)");
        }
        List<TextRepair> chain = RepairChains.standard(data.englishWords(), names, data.frequencies());
        TextRepairStage stage = new TextRepairStage(chain);

        int words = stories.stream().mapToInt(s -> Noise.tokens(s).size()).sum();
        long chars = stories.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d stories, %d words, %d chars; seed %d, rate %.2f%n",
                stories.size(), words, chars, seed, rate);

        int cleanChanged = 0;
        for (String s : stories) {
            cleanChanged += stage.repair(s).repairs().size();
        }
        System.out.printf(Locale.ROOT, "clean corpus: %d repairs made (should be 0)%n%n", cleanChanged);

        System.out.printf(Locale.ROOT, "%-20s %8s %8s %8s %10s %11s %10s %10s %7s%n",
                "kind", "damaged", "recall", "harm/10k", "compounds", "hyph.h/10k", "MB/s", "base MB/s", "ratio");
        List<String> failures = new ArrayList<>();
        Map<String, List<Noise.Damaged>> corpora = new LinkedHashMap<>();
        for (Noise noise : Noise.values()) {
            Random random = new Random(seed ^ noise.ordinal() * 0x9E3779B97F4A7C15L);
            List<Noise.Damaged> damaged = new ArrayList<>();
            for (String s : stories) {
                damaged.add(noise.inject(s, rate, random));
            }
            corpora.put(noise.name().toLowerCase(Locale.ROOT), damaged);
        }
        // Every kind on the same text, as the coding benchmark's stacked run.
        Random stackRandom = new Random(seed);
        List<Noise.Damaged> stacked = new ArrayList<>();
        for (String s : stories) {
            stacked.add(Noise.stacked(s, rate, stackRandom));
        }
        corpora.put("stacked", stacked);
        if (timing) {
            int warmUpPasses = warmUp(stage, corpora.values());
            System.out.printf(Locale.ROOT, "(timed after %d warm-up passes over every damaged corpus, %d s)%n",
                    warmUpPasses, WARM_UP_SECONDS);
        }
        for (Map.Entry<String, List<Noise.Damaged>> run : corpora.entrySet()) {
            List<Noise.Damaged> damaged = run.getValue();
            Score score = new Score();
            for (int k = 0; k < stories.size(); k++) {
                Noise.Damaged d = damaged.get(k);
                score.add(stories.get(k), d, stage.repair(d.text()), failures, run.getKey());
            }
            double[] mbs = timing ? throughput(stage, damaged) : new double[] {Double.NaN, Double.NaN};
            System.out.printf(Locale.ROOT, "%-20s %8d %8.4f %8.2f %10s %11.2f %10.1f %10.1f %7.3f%n",
                    run.getKey(), score.damaged,
                    score.damaged == 0 ? 1.0 : (double) score.restored / score.damaged,
                    10_000.0 * score.harmed / words, score.compoundsAltered + "/" + score.compounds,
                    10_000.0 * score.hyphensLost / words, mbs[0], mbs[1], mbs[0] / mbs[1]);
        }
        if (timing) {
            stepThroughput(chain, corpora);
        }
        if (System.getenv("DYAD_BENCH_FAILURES") != null) {
            System.out.println();
            failures.forEach(System.out::println);
        }
    }

    // A long-running engine repairs thousands of stories with fully compiled code; on a loaded
    // two-core machine the JIT needs several seconds of wall-clock to get there.
    private static final int WARM_UP_SECONDS = 20;

    /**
     * Runs the chain and the baseline over every damaged corpus until {@link #WARM_UP_SECONDS} have
     * passed, so that the timings measure compiled code, not the JIT at work; returns the passes.
     */
    private static int warmUp(TextRepairStage stage, Collection<List<Noise.Damaged>> corpora) {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long sink = 0;
        int passes = 0;
        while (System.nanoTime() < until) {
            for (List<Noise.Damaged> corpus : corpora) {
                for (Noise.Damaged d : corpus) {
                    sink += stage.repair(d.text()).text().length() + baseline(d.text());
                }
            }
            passes++;
        }
        return sink == 42 ? -passes : passes; // reads the sink, so the JIT keeps the work
    }

    /**
     * Each step alone, on the texts it receives inside the chain: MB/s of its edits and their
     * application, per damaged corpus, and the lowest of them as a ratio to the same-run baseline.
     */
    private static void stepThroughput(List<TextRepair> chain, Map<String, List<Noise.Damaged>> corpora) {
        System.out.printf(Locale.ROOT, "%nMB/s of each step on the texts it receives in the chain%n%-22s", "step");
        corpora.keySet().forEach(k -> System.out.printf(Locale.ROOT, " %9.9s", k));
        System.out.printf(Locale.ROOT, " %7s%n", "ratio");
        Map<String, List<List<RepairedText>>> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, List<Noise.Damaged>> corpus : corpora.entrySet()) {
            List<List<RepairedText>> perStep = new ArrayList<>();
            chain.forEach(step -> perStep.add(new ArrayList<>()));
            for (Noise.Damaged d : corpus.getValue()) {
                RepairedText text = RepairedText.of(d.text());
                for (int i = 0; i < chain.size(); i++) {
                    perStep.get(i).add(text);
                    text = text.apply(chain.get(i).edits(text.text()), chain.get(i).kind());
                }
            }
            inputs.put(corpus.getKey(), perStep);
        }
        for (int i = 0; i < chain.size(); i++) {
            TextRepair step = chain.get(i);
            System.out.printf(Locale.ROOT, "%-22s", step.getClass().getSimpleName());
            double worstRatio = Double.MAX_VALUE;
            for (List<List<RepairedText>> perStep : inputs.values()) {
                List<String> texts = perStep.get(i).stream().map(RepairedText::text).toList();
                List<RepairedText> before = perStep.get(i);
                double[] mbs = measure(texts, () -> {
                    long sink = 0;
                    for (RepairedText t : before) {
                        sink += t.apply(step.edits(t.text()), step.kind()).text().length();
                    }
                    return sink;
                });
                worstRatio = Math.min(worstRatio, mbs[0] / mbs[1]);
                System.out.printf(Locale.ROOT, " %9.1f", mbs[0]);
            }
            System.out.printf(Locale.ROOT, " %7.3f%n", worstRatio);
        }
    }

    /**
     * Repair throughput and a plain copy-and-scan baseline, in MB (10^6 chars) per second of this
     * thread's CPU time, so other processes on the machine do not count; the best of many
     * alternating passes, after a warm-up.
     */
    private static double[] throughput(TextRepairStage stage, List<Noise.Damaged> damaged) {
        List<String> texts = damaged.stream().map(Noise.Damaged::text).toList();
        return measure(texts, () -> {
            long sink = 0;
            for (String t : texts) {
                sink += stage.repair(t).text().length();
            }
            return sink;
        });
    }

    /**
     * {@code work} over {@code texts} and the baseline over the same texts, alternating, in MB
     * (10^6 chars) per second of this thread's CPU time: the best of 30 passes after 10 of warm-up.
     */
    private static double[] measure(List<String> texts, LongSupplier work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long chars = texts.stream().mapToLong(String::length).sum();
        long sink = 0;
        long bestWork = Long.MAX_VALUE;
        long bestBase = Long.MAX_VALUE;
        for (int pass = 0; pass < 40; pass++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            sink += work.getAsLong();
            long t1 = cpu.getCurrentThreadCpuTime();
            for (String t : texts) {
                sink += baseline(t);
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            if (pass >= 10) { // the first passes warm the JIT up
                bestWork = Math.min(bestWork, t1 - t0);
                bestBase = Math.min(bestBase, t2 - t1);
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the JIT from dropping the work
        }
        double mb = chars / 1e6;
        return new double[] {mb / (bestWork / 1e9), mb / (bestBase / 1e9)};
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
        int hyphensLost; // undamaged hyphenated words that came out with fewer hyphens

        void add(String clean, Noise.Damaged d, RepairedText repaired, List<String> failures, String noise) {
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
                        String got = mappedText.get(t.start());
                        if (got != null && hyphens(got) < hyphens(want)) {
                            hyphensLost++;
                        }
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

        private static long hyphens(String s) {
            return s.chars().filter(c -> c == '-').count();
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
