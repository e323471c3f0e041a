package org.dyad.spark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.spark.DyadSparkJob;
import org.dyad.spark.LocalSpark;
import org.dyad.spark.SparkJobConfig;

/**
 * One timed run of the job in a fresh session of this JVM, and what it cost: wall and process CPU
 * seconds (every thread: the task threads, the driver, Spark's own, the JIT's compilers and the
 * collector), that CPU by kind of thread ({@link ThreadCpu}), and the load average before and after. The session is made before the clock starts and stopped after it.
 */
final class JobRun {
    private JobRun() {}

    /**
     * What one run did and cost: seconds, and the cores its JVM was given; the CPU of the task
     * threads, the driver's thread, the JIT's and the collector's threads ({@link ThreadCpu}), the
     * rest of the process's CPU being Spark's other threads and the JVM's.
     */
    record Measured(String label, String master, int cores, long articles, long events, double wall, double coding,
            double cpu, double tasks, double driver, double jit, double gc, String load0, String load1) {
        private static final List<String> KEYS = List.of("label", "master", "cores", "articles", "events", "wall",
                "coding", "cpu", "tasks", "driver", "jit", "gc", "load0", "load1");

        Measured {
            if (cores < 1 || wall <= 0 || cpu < 0) {
                throw new IllegalArgumentException("not a run: cores " + cores + ", wall " + wall + ", CPU " + cpu);
            }
        }

        double articlesPerSecond() {
            return articles / wall;
        }

        double articlesPerCpuSecond() {
            return cpu == 0 ? 0 : articles / cpu;
        }

        /** The wall seconds outside the coding stage: reading, planning, the writes, the band join. */
        double afterCoding() {
            return wall - coding;
        }

        /** CPU seconds per wall second per core given: 1.0 keeps every core busy the whole run. */
        double shareOfCores() {
            return cpu / wall / cores;
        }

        /** The run as {@code key=value} pairs, the line a worker JVM sends its parent. */
        String line() {
            return String.format(Locale.ROOT, "label=%s master=%s cores=%d articles=%d events=%d wall=%.3f"
                    + " coding=%.3f cpu=%.3f tasks=%.3f driver=%.3f jit=%.3f gc=%.3f load0=%s load1=%s", label.replace(' ', '_'), master,
                    cores, articles, events, wall, coding, cpu, tasks, driver, jit, gc, load0, load1);
        }

        /** The run from {@link #line()}. */
        static Measured parse(String line) {
            Map<String, String> v = new LinkedHashMap<>();
            for (String pair : line.trim().split(" ")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("not a run's key=value line: " + line);
                }
                v.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            if (!v.keySet().containsAll(KEYS)) {
                throw new IllegalArgumentException("a run's line needs " + KEYS + ": " + line);
            }
            try {
                return new Measured(v.get("label").replace('_', ' '), v.get("master"),
                        Integer.parseInt(v.get("cores")), Long.parseLong(v.get("articles")),
                        Long.parseLong(v.get("events")), number(v, "wall"), number(v, "coding"),
                        number(v, "cpu"), number(v, "tasks"),
                        number(v, "driver"), number(v, "jit"), number(v, "gc"), v.get("load0"), v.get("load1"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a run's line has a field that is no number: " + line, e);
            }
        }

        private static double number(Map<String, String> values, String key) {
            return Double.parseDouble(values.get(key));
        }

        /** The run for people: the figures the scaling report compares. */
        String report() {
            return String.format(Locale.ROOT, "%-8s %-8s %4d articles %5d events %7.1f s (coding %.1f, rest %.1f) %6.2f articles/s CPU %6.1f s"
                    + " (%.2f of %d core%s; tasks %.1f, driver %.1f, JIT %.1f, GC %.1f, other %.1f) %.2f articles per"
                    + " CPU s, load %s to %s", label, master, articles, events, wall, coding, afterCoding(), articlesPerSecond(), cpu,
                    shareOfCores(), cores, cores == 1 ? "" : "s", tasks, driver, jit, gc,
                    cpu - tasks - driver - jit - gc, articlesPerCpuSecond(), load0, load1);
        }
    }

    /**
     * Runs the job once in {@code master}, in a session of the job's own settings ({@link LocalSpark})
     * with {@code settings} over them, printing its stages ({@link StageTimes}) to standard output.
     */
    static Measured run(String master, int cores, SparkJobConfig config, String label, Map<String, String> settings) {
        SparkSession spark = LocalSpark.session(master);
        settings.forEach((k, v) -> spark.conf().set(k, v));
        StageTimes stages = new StageTimes();
        spark.sparkContext().addSparkListener(stages);
        try {
            String load0 = loadAverage();
            ThreadCpu threads0 = ThreadCpu.now();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            DyadSparkJob.JobSummary s = DyadSparkJob.run(spark, config);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            Map<ThreadCpu.Kind, Double> by = ThreadCpu.now().since(threads0);
            Measured m = new Measured(label, master, cores, s.articles(), s.events(), wall, stages.codingSeconds(), cpu,
                    by.get(ThreadCpu.Kind.TASKS), by.get(ThreadCpu.Kind.DRIVER), by.get(ThreadCpu.Kind.JIT),
                    by.get(ThreadCpu.Kind.GC), load0, loadAverage());
            System.out.println(m.report());
            System.out.print(stages.report());
            return m;
        } finally {
            spark.stop();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Spark settings written {@code key=value,key=value} ({@code -} or nothing: none), in their order. */
    static Map<String, String> settings(String written) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (written == null || written.isBlank() || written.equals("-")) {
            return settings;
        }
        for (String pair : written.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("a Spark setting is key=value, not '" + pair + "'");
            }
            settings.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return settings;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
