package org.dyad.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * This JVM's CPU time by kind of thread, from Linux's {@code /proc/self/task/<tid>/stat}: Spark's
 * task threads ({@code Executor task launch worker ...}), the driver's thread ({@code java}: planning, code generation, collecting, committing the writes), the
 * JIT's compiler threads, the collector's threads, and the rest (Spark's own, the JVM's). A snapshot keeps each thread's time; the CPU between
 * two snapshots counts a thread born in between in full and loses a thread that died in between
 * (its time stays in the process's total). Off Linux every figure is zero.
 */
final class ThreadCpu {
    /** What a thread does, by the name the JVM gave its native thread (15 characters at most). */
    enum Kind {
        TASKS, DRIVER, JIT, GC, OTHER;

        static Kind of(String comm) {
            if (comm.startsWith("Executor task l")) {
                return TASKS;
            }
            if (comm.equals("java")) {
                return DRIVER;
            }
            if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
                return JIT;
            }
            if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
                return GC;
            }
            return OTHER;
        }
    }

    /** USER_HZ, the unit of {@code /proc}'s times: 100 on every Linux architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private record Thread(Kind kind, long ticks) {}

    private final Map<String, Thread> threads;

    private ThreadCpu(Map<String, Thread> threads) {
        this.threads = threads;
    }

    static ThreadCpu now() {
        Map<String, Thread> threads = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadCpu(threads);
        }
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path t : all.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String comm = stat.substring(stat.indexOf('(') + 1, close);
                    // After the name: state is field 3, utime field 14, stime field 15.
                    String[] f = stat.substring(close + 2).split(" ");
                    threads.put(t.getFileName().toString(),
                            new Thread(Kind.of(comm), Long.parseLong(f[11]) + Long.parseLong(f[12])));
                } catch (NoSuchFileException ended) {
                    // The thread ended while the list was read.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read this JVM's threads from /proc/self/task", e);
        }
        return new ThreadCpu(threads);
    }

    /** CPU seconds by kind from {@code earlier} to this snapshot. */
    Map<Kind, Double> since(ThreadCpu earlier) {
        Map<Kind, Double> seconds = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            seconds.put(k, 0.0);
        }
        threads.forEach((tid, t) -> {
            Thread before = earlier.threads.get(tid);
            long ticks = t.ticks - (before == null ? 0 : before.ticks);
            seconds.merge(t.kind, ticks / TICKS_PER_SECOND, Double::sum);
        });
        return seconds;
    }
}
