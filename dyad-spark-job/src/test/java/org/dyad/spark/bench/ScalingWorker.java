package org.dyad.spark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.dyad.spark.SparkJobConfig;
import org.dyad.spark.SparkJobConfig.ArticleFormat;
import org.dyad.spark.SparkJobConfig.EventFormat;

/**
 * The child JVM of {@link PinnedScaling}: runs the job in one master whenever its parent asks, so
 * that one engine, loaded and compiled once, serves every timed run of that master. It reads one
 * command a line from standard input and answers on standard output:
 * <ul>
 * <li>at start: {@code ready cores=N gc=NAMES};</li>
 * <li>{@code run<TAB>label<TAB>input<TAB>output<TAB>format<TAB>settings}: the job once
 *     ({@link JobRun}) with the Spark settings ({@code key=value,...} or {@code -}) over the job's
 *     own, its report and stages, then {@code result } and the run's {@code key=value} line;</li>
 * <li>{@code heap}: {@code heap used_mib=U max_mib=M}, the heap in use after a full GC;</li>
 * <li>{@code quit} or the end of input: the worker exits.</li>
 * </ul>
 * Run as {@code ScalingWorker local[N]}.
 */
public final class ScalingWorker {
    private ScalingWorker() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].matches("local\\[\\d+]")) {
            throw new IllegalArgumentException("usage: ScalingWorker local[N]");
        }
        String master = args[0];
        int cores = Integer.parseInt(master.replaceAll("\\D", ""));
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(",")).replace(' ', '_');
        System.out.printf("ready cores=%d gc=%s%n", Runtime.getRuntime().availableProcessors(), collectors);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] command = line.split("\t");
            switch (command[0]) {
                case "run" -> {
                    if (command.length != 6) {
                        throw new IllegalArgumentException("run needs label, input, output, format and settings: "
                                + line);
                    }
                    SparkJobConfig config = SparkJobConfig.of(command[2], ArticleFormat.JSONL, command[3],
                            EventFormat.fromName(command[4]));
                    JobRun.Measured m = JobRun.run(master, cores, config, command[1],
                            JobRun.settings(command[5]));
                    System.out.println("result " + m.line());
                }
                case "heap" -> {
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    System.out.printf("heap used_mib=%d max_mib=%d%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                            rt.maxMemory() >> 20);
                }
                default -> throw new IllegalArgumentException("unknown command: " + line);
            }
            System.out.flush();
        }
    }
}
