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
import org.dyad.app.Engine;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;

/**
 * Codes a corpus twice, clean and damaged by every kind of noise at once, and prints the
 * event-level agreement: how much of what Dyad codes from clean text it still codes from noisy text.
 * Events are compared per article as (source, target, CAMEO code) multisets, offsets aside.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -Xmx3g -cp "dyad-bench/target/classes:dyad-bench/target/lib/*:dyad-cli/target/lib/*" \
 *     org.dyad.bench.CodingUnderNoiseBenchmark STORIES.jsonl [--seed 20211] [--rate 0.05] [--limit N] [--per-kind]
 * </pre>
 */
public final class CodingUnderNoiseBenchmark {
    private CodingUnderNoiseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CodingUnderNoiseBenchmark STORIES.jsonl [--seed N] [--rate R] [--limit N]");
            System.exit(2);
        }
        long seed = 20211;
        double rate = 0.05;
        int limit = Integer.MAX_VALUE;
        boolean perKind = false;
        for (int i = 1; i < args.length; i += 2) {
            if (args[i].equals("--per-kind")) {
                perKind = true;
                i--;
                continue;
            }
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--rate" -> rate = Double.parseDouble(args[i + 1]);
                case "--limit" -> limit = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<String[]> stories = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && stories.size() < limit) {
                JsonNode n = json.readTree(line);
                stories.add(new String[] {n.get("id").asText(), n.get("text").asText()});
            }
        }
        Engine engine = Engine.create(List.of());
        Map<String, Map<String, Integer>> cleanKeys = new HashMap<>();
        for (String[] story : stories) {
            cleanKeys.put(story[0], keys(engine, story[0], story[1]));
        }
        System.out.printf(Locale.ROOT, "%d stories, rate %.2f, seed %d%n", stories.size(), rate, seed);
        List<List<Noise>> runs = new ArrayList<>();
        if (perKind) {
            for (Noise n : Noise.values()) {
                runs.add(List.of(n));
            }
        }
        runs.add(List.of(Noise.values()));
        for (List<Noise> kinds : runs) {
            Random random = new Random(seed);
            long matched = 0;
            long cleanEvents = 0;
            long noisyEvents = 0;
            for (String[] story : stories) {
                String noisy = kinds.size() == 1 ? kinds.get(0).inject(story[1], rate, random).text()
                        : Noise.stacked(story[1], rate, random).text();
                Map<String, Integer> clean = cleanKeys.get(story[0]);
                Map<String, Integer> damaged = keys(engine, story[0], noisy);
                for (Map.Entry<String, Integer> e : clean.entrySet()) {
                    matched += Math.min(e.getValue(), damaged.getOrDefault(e.getKey(), 0));
                }
                cleanEvents += clean.values().stream().mapToInt(Integer::intValue).sum();
                noisyEvents += damaged.values().stream().mapToInt(Integer::intValue).sum();
            }
            double precision = noisyEvents == 0 ? 1 : (double) matched / noisyEvents;
            double recall = cleanEvents == 0 ? 1 : (double) matched / cleanEvents;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            String name = kinds.size() == 1 ? kinds.get(0).name().toLowerCase(Locale.ROOT) : "all kinds at once";
            System.out.printf(Locale.ROOT, "%-20s events clean %5d noisy %5d both %5d   F1 %.3f (P %.3f, R %.3f)%n",
                    name, cleanEvents, noisyEvents, matched, f1, precision, recall);
        }
    }

    private static Map<String, Integer> keys(Engine engine, String id, String text) {
        Map<String, Integer> out = new HashMap<>();
        for (Event e : engine.process(Article.of(id, text)).events()) {
            if (e.factuality() == Factuality.ASSERTED) {
                String key = e.source().code() + "|" + e.target().map(t -> t.code().code()).orElse("-") + "|" + e.cameo();
                out.merge(key, 1, Integer::sum);
            }
        }
        return out;
    }
}
