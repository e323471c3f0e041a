package org.dyad.spark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.spark.SparkJobConfig;
import org.dyad.spark.SparkJobConfig.ArticleFormat;
import org.dyad.spark.SparkJobConfig.EventFormat;
import org.dyad.spark.VoaStories;

/**
 * A program, not a test: the Spark job on the bundled VOA stories in {@code local[1]} and
 * {@code local[2]}, rounds taking turns between them (odd rounds start with {@code local[1]}, even
 * ones with {@code local[2]}), each run reported with its wall time, process CPU seconds, share of
 * its cores, articles per second and per CPU second, and its stages ({@link StageTimes}); then each
 * round's ratio, their median and the summary line ({@link ScalingSummary}). Two modes:
 * <ul>
 * <li>{@code --pinned}: each master in a child JVM of its own with exactly its cores, warmed on the
 *     whole input ({@link PinnedScaling}): the measurement of one core against two;</li>
 * <li>without it, both masters in this JVM, unpinned, after a warm-up of twelve stories: what
 *     {@code local[1]} costs when the JVM's own threads (JIT, GC, Spark) may take the second core.</li>
 * </ul>
 * Options: {@code --stories N} (default 89, all), {@code --copies K} (the stories repeated under
 * distinct ids, {@link ScalingInput}; default 1, or 3 with {@code --pinned}), {@code --rounds R}
 * (default 3), {@code --format parquet|jsonl|gdelt}, {@code --heap SIZE} (each worker's heap with
 * {@code --pinned}, default 2g), {@code --baseline key=value,...} (with {@code --pinned}: every round
 * also runs each master with these Spark settings over the job's own, and the report compares the
 * two in the same rounds: how to measure a change of the job's settings).
 */
public final class SparkScaling {
    private SparkScaling() {}

    public static void main(String[] args) throws IOException {
        int stories = 89;
        int copies = -1;
        int rounds = 3;
        String format = "parquet";
        String heap = "2g";
        String baseline = "";
        boolean pinned = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--pinned")) {
                pinned = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--stories" -> stories = Integer.parseInt(value);
                case "--copies" -> copies = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--format" -> format = EventFormat.fromName(value).name().toLowerCase(Locale.ROOT);
                case "--heap" -> heap = value;
                case "--baseline" -> baseline = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        if (pinned) {
            PinnedScaling.run(stories, copies < 0 ? 3 : copies, rounds, format, heap, JobRun.settings(baseline));
        } else {
            oneJvm(stories, copies < 0 ? 1 : copies, rounds, EventFormat.fromName(format));
        }
    }

    /** Both masters in this JVM, unpinned, after an untimed twelve-story warm-up in local[2]. */
    private static void oneJvm(int stories, int copies, int rounds, EventFormat out) throws IOException {
        Path dir = Files.createTempDirectory("dyad-spark-bench");
        try {
            oneJvm(dir, stories, copies, rounds, out);
        } finally {
            PinnedScaling.deleteTree(dir);
        }
    }

    private static void oneJvm(Path dir, int stories, int copies, int rounds, EventFormat out) throws IOException {
        List<String> shipped = VoaStories.lines();
        List<String> lines = ScalingInput.lines(shipped, stories, copies);
        Path input = dir.resolve("stories.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path warmInput = dir.resolve("warm.jsonl");
        // Twelve stories from the end of the sample: the engine loads, the JIT compiles some of the hot code.
        Files.write(warmInput, shipped.subList(shipped.size() - 12, shipped.size()), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d articles (%d bytes), one JVM, unpinned, load average %s%n", lines.size(),
                Files.size(input), JobRun.loadAverage());
        JobRun.run("local[2]", 2, SparkJobConfig.of(warmInput.toString(), ArticleFormat.JSONL,
                dir.resolve("warm").toString(), out), "warm-up", Map.of());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use after the warm-up (engine loaded, after a GC): %d MiB of %d%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        List<JobRun.Measured> runs = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int cores = r % 2 == 1 ? 1 + k : 2 - k;
                SparkJobConfig c = SparkJobConfig.of(input.toString(), ArticleFormat.JSONL,
                        dir.resolve("r" + r + "-local" + cores).toString(), out);
                // Unpinned, local[1]'s JVM may use both cores: its share is reckoned against the machine's two.
                runs.add(JobRun.run("local[" + cores + "]", 2, c, "round " + r, Map.of()));
            }
        }
        System.out.print(ScalingSummary.of("one-jvm", runs, 1.6));
    }
}
