package org.dyad.spark.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.dyad.spark.DyadSparkJob;
import org.dyad.spark.LocalSpark;
import org.dyad.spark.SparkJobConfig;
import org.dyad.spark.SparkJobConfig.ArticleFormat;
import org.dyad.spark.SparkJobConfig.EventFormat;

/**
 * A program, not a test: the Spark job on the bundled VOA stories in {@code local[1]} and
 * {@code local[2]}, taking turns in one JVM so both see the same machine load (each round starts
 * with the other one), after one untimed warm-up run of twelve stories that loads the engine (one
 * per JVM, kept across sessions) and compiles the hot code. Prints, per run, the wall time,
 * articles per second, the process's CPU seconds and the load average; then each round's speed-up
 * of local[2] over local[1] and their median (a shared machine's load changes within minutes, a
 * round's two runs see nearly the same), the CPU seconds per article (which the load distorts far
 * less than wall time), and the heap the engine holds. Options: {@code --stories N} (default 89,
 * all), {@code --rounds R} (default 3), {@code --format parquet|jsonl|gdelt}; each run also lists
 * its stages ({@link StageTimes}).
 */
public final class SparkScaling {
    private SparkScaling() {}

    public static void main(String[] args) throws IOException {
        int stories = 89;
        int rounds = 3;
        String format = "parquet";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--stories" -> stories = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--format" -> format = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("dyad-spark-bench");
        List<String> lines = voaLines();
        Path input = dir.resolve("stories.jsonl");
        Files.write(input, lines.subList(0, Math.min(stories, lines.size())), StandardCharsets.UTF_8);
        Path warmInput = dir.resolve("warm.jsonl");
        // Twelve stories from the end of the sample: enough for the JIT to compile the coder's hot code.
        Files.write(warmInput, lines.subList(lines.size() - 12, lines.size()), StandardCharsets.UTF_8);
        EventFormat out = EventFormat.fromName(format);
        System.out.printf(Locale.ROOT, "%d stories (%d chars), load average %s%n", Math.min(stories, lines.size()),
                Files.size(input), loadAverage());

        run("local[2]", SparkJobConfig.of(warmInput.toString(), ArticleFormat.JSONL, dir.resolve("warm").toString(),
                out), "warm-up");
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use after the warm-up (engine loaded, after a GC): %d MiB of %d%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        double[] sum = new double[3];
        double[] cpu = new double[3];
        double[] ratios = new double[rounds];
        for (int r = 1; r <= rounds; r++) {
            double[] wall = new double[3];
            // Odd rounds start with local[1], even ones with local[2], so neither always runs first.
            for (int k = 0; k < 2; k++) {
                int cores = r % 2 == 1 ? 1 + k : 2 - k;
                SparkJobConfig c = SparkJobConfig.of(input.toString(), ArticleFormat.JSONL,
                        dir.resolve("out" + cores).toString(), out);
                double[] t = run("local[" + cores + "]", c, "round " + r);
                sum[cores] += t[0];
                cpu[cores] += t[1];
                wall[cores] = t[0];
            }
            ratios[r - 1] = wall[1] / wall[2];
            System.out.printf(Locale.ROOT, "round %d: local[2] / local[1] = %.2fx%n", r, ratios[r - 1]);
        }
        double n = Math.min(stories, lines.size()) * rounds;
        System.out.printf(Locale.ROOT, "local[2] / local[1]: median of %d rounds %.2fx (%s); all runs' wall time"
                + " %.2fx; CPU per article %.2f s (local[1]), %.2f s (local[2]), so %.2f and %.2f articles per"
                + " CPU second%n", rounds, median(ratios), Arrays.stream(ratios)
                        .mapToObj(x -> String.format(Locale.ROOT, "%.2f", x)).collect(Collectors.joining(", ")),
                sum[1] / sum[2], cpu[1] / n, cpu[2] / n, n / cpu[1], n / cpu[2]);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Runs the job once; its wall and CPU seconds. */
    private static double[] run(String master, SparkJobConfig config, String label) {
        SparkSession spark = LocalSpark.session(master);
        StageTimes stages = new StageTimes();
        spark.sparkContext().addSparkListener(stages);
        try {
            String load0 = loadAverage();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            DyadSparkJob.JobSummary s = DyadSparkJob.run(spark, config);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "%-8s %-8s %4d articles %5d events %7.1f s %6.2f articles/s"
                    + " CPU %6.1f s (%.2f of a core) load %s to %s%n", label, master, s.articles(), s.events(),
                    seconds, s.articles() / seconds, cpuSeconds, cpuSeconds / seconds, load0, loadAverage());
            System.out.print(stages.report());
            return new double[] {seconds, cpuSeconds};
        } finally {
            spark.stop();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static List<String> voaLines() throws IOException {
        try (InputStream in = SparkScaling.class.getResourceAsStream("/org/dyad/app/sample/voa_stories.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("the bundled VOA stories are not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
