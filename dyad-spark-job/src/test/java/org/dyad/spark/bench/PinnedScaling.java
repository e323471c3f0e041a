package org.dyad.spark.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.spark.VoaStories;

/**
 * {@code local[1]} against {@code local[2]} with each master in a JVM of its own that has exactly
 * its cores: {@code taskset -c 0} and {@code -XX:ActiveProcessorCount=1} for {@code local[1]},
 * {@code taskset -c 0,1} and {@code -XX:ActiveProcessorCount=2} for {@code local[2]}, the same heap
 * and collector (G1) in both. So {@code local[1]}'s JIT compilers, collector and Spark threads share
 * its one core instead of taking the second, as a one-core executor's would. Each worker
 * ({@link ScalingWorker}) is warmed on the whole input once (untimed: the engine loads, the hot
 * code compiles); then the rounds take turns, odd rounds starting with {@code local[1]}, even ones
 * with {@code local[2]}. Both workers live for the whole benchmark, but only one runs at a time:
 * the other waits on its standard input. Prints each run, each round's ratio, their median and
 * the summary line {@code scaling local1_s=... local2_s=... ratio=... per_core_articles_per_cpu_s=...}.
 * With a baseline (Spark settings), each master also runs with them in every round, and the report
 * adds how much slower or faster the baseline was, round by round ({@link ScalingSummary}).
 */
final class PinnedScaling {
    private static final double TARGET = 1.6;

    private PinnedScaling() {}

    static void run(int stories, int copies, int rounds, String format, String heap, Map<String, String> baseline)
            throws IOException {
        requireTaskset();
        int cpus = Runtime.getRuntime().availableProcessors();
        if (cpus < 2) {
            throw new IllegalStateException("this JVM sees " + cpus + " processor; --pinned needs cores 0 and 1");
        }
        Path dir = Files.createTempDirectory("dyad-spark-pinned");
        try {
            List<String> lines = ScalingInput.lines(VoaStories.lines(), stories, copies);
            Path input = dir.resolve("stories.jsonl");
            Files.write(input, lines, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%d articles (%d stories x %d copies, %d bytes), heap %s per worker,"
                    + " load average %s%n", lines.size(), lines.size() / copies, copies, Files.size(input), heap,
                    JobRun.loadAverage());
            List<JobRun.Measured> runs = new ArrayList<>();
            try (Worker one = Worker.start(1, "0", heap); Worker two = Worker.start(2, "0,1", heap)) {
                one.run("warm-up", input, dir.resolve("warm1"), format, "-");
                System.out.println(one.heap());
                two.run("warm-up", input, dir.resolve("warm2"), format, "-");
                String settings = baseline.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(","));
                for (int r = 1; r <= rounds; r++) {
                    // With a baseline, odd rounds run the job's own settings first, even ones the baseline.
                    List<String> variants = baseline.isEmpty() ? List.of("")
                            : r % 2 == 1 ? List.of("", ScalingSummary.BASELINE) : List.of(ScalingSummary.BASELINE, "");
                    for (Worker w : r % 2 == 1 ? List.of(one, two) : List.of(two, one)) {
                        for (String v : variants) {
                            runs.add(w.run("round " + r + v, input, dir.resolve("r" + r + "-local" + w.cores
                                    + v.replace(' ', '-')), format, v.isEmpty() ? "-" : settings));
                        }
                    }
                }
            }
            System.out.print(ScalingSummary.of("pinned", runs, TARGET));
        } finally {
            deleteTree(dir);
        }
    }

    private static void requireTaskset() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "taskset")));
        if (!found) {
            throw new IllegalStateException("taskset is not on the PATH: --pinned binds each worker JVM to its"
                    + " cores with it. Install util-linux (apt-get install util-linux), or run without --pinned"
                    + " (one JVM, both masters, unpinned)");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One child JVM pinned to its cores, running {@link ScalingWorker} for {@code local[cores]}. */
    private static final class Worker implements AutoCloseable {
        private final int cores;
        private final Process process;
        private final BufferedReader out;
        private final BufferedWriter in;

        private Worker(int cores, Process process) {
            this.cores = cores;
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        }

        static Worker start(int cores, String cpuList, String heap) throws IOException {
            List<String> command = new ArrayList<>(List.of("taskset", "-c", cpuList,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:ActiveProcessorCount=" + cores, "-Xmx" + heap, "-XX:+UseG1GC"));
            command.addAll(inheritedOptions());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScalingWorker.class.getName(),
                    "local[" + cores + "]"));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Worker w = new Worker(cores, p);
            String ready = w.answer("ready");
            System.out.printf("[local[%d]] %s, pinned to CPU %s%n", cores, ready, cpuList);
            return w;
        }

        /** This JVM's options but those the worker sets itself (heap, processors, collector, agents). */
        private static List<String> inheritedOptions() {
            return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(o -> !o.startsWith("-Xmx") && !o.startsWith("-Xms") && !o.startsWith("-XX:ActiveProcessorCount")
                            && !o.matches("-XX:[+-]Use\\w*GC") && !o.startsWith("-agentlib") && !o.startsWith("-javaagent")
                            && !o.startsWith("-XX:StartFlightRecording"))
                    .toList();
        }

        JobRun.Measured run(String label, Path input, Path output, String format, String settings)
                throws IOException {
            send("run\t" + label + "\t" + input + "\t" + output + "\t" + format + "\t" + settings);
            return JobRun.Measured.parse(answer("result").substring("result ".length()));
        }

        String heap() throws IOException {
            send("heap");
            return "[local[" + cores + "]] after the warm-up, " + answer("heap");
        }

        private void send(String command) throws IOException {
            in.write(command);
            in.newLine();
            in.flush();
        }

        /** Echoes the worker's lines until the one that starts with {@code want}, and returns that one. */
        private String answer(String want) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(want + " ")) {
                    return line;
                }
                System.out.println("[local[" + cores + "]] " + line);
            }
            throw new IllegalStateException("the local[" + cores + "] worker ended (exit code " + exitCode()
                    + ") before its '" + want + "' line; its error output is above (a taskset error means this"
                    + " machine does not offer cores 0 and 1 to this process)");
        }

        private String exitCode() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }

        @Override
        public void close() throws IOException {
            try {
                send("quit");
            } catch (IOException e) {
                // Already gone: nothing to ask.
            }
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
