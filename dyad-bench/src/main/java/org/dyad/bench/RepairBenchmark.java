package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 *     PATH/voa_stories.jsonl [seed] [rate]
 * </pre>
 *
 * The lexicon is the bundled word list only (no names learnt from the corpus); the frequencies
 * are the bundled subtitle counts, never counts from the stories scored.
 */
public final class RepairBenchmark {

    private RepairBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RepairBenchmark STORIES.jsonl [seed=20211] [rate=0.05]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20211L;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        List<String> stories = readStories(Path.of(args[0]));
        BundledLexicons data = BundledLexicons.load();
        Lexicon lexicon = data.englishWords();
        TextRepairStage stage = RepairChains.standardStage(lexicon, data.frequencies());

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

    /** Repair throughput and a plain copy-and-scan baseline, in MB (10^6 chars) per second. */
    private static double[] throughput(TextRepairStage stage, List<Noise.Damaged> texts) {
        long chars = texts.stream().mapToLong(d -> d.text().length()).sum();
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (Noise.Damaged d : texts) {
                sink += stage.repair(d.text()).text().length();
                sink += baseline(d.text());
            }
        }
        int rounds = 5;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Noise.Damaged d : texts) {
                sink += stage.repair(d.text()).text().length();
            }
        }
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Noise.Damaged d : texts) {
                sink += baseline(d.text());
            }
        }
        long t2 = System.nanoTime();
        if (sink == 42) {
            System.out.print(""); // keeps the JIT from dropping the work
        }
        double mb = chars * (double) rounds / 1e6;
        return new double[] {mb / ((t1 - t0) / 1e9), mb / ((t2 - t1) / 1e9)};
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
