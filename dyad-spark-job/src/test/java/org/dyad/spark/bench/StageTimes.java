package org.dyad.spark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Where a run's time goes, stage by stage: each completed stage's wall time (submission to
 * completion), the line of Dyad's code that made it, its tasks with the shortest and longest (an
 * unequal split shows), and what its tasks spent: running, on the CPU, in GC, deserialising, and
 * what they read from the cache or input and wrote to a shuffle.
 */
final class StageTimes extends SparkListener {
    private final List<String> lines = new ArrayList<>();
    private final Map<Integer, Tasks> tasks = new ConcurrentHashMap<>();
    /** The wall seconds of the stage whose tasks ran longest in all: the coding stage. */
    private double codingWall;
    private long codingTaskMillis = -1;

    /** Sums over one stage's tasks; times in milliseconds unless named nanos. */
    private static final class Tasks {
        long count;
        long minMillis = Long.MAX_VALUE;
        long maxMillis;
        long sumMillis;
        long cpuNanos;
        long gcMillis;
        long deserializeMillis;
        long inputRecords;
        long shuffleReadRecords;
        long shuffleWriteRecords;
        long shuffleWriteBytes;

        synchronized void add(long millis, TaskMetrics m) {
            count++;
            minMillis = Math.min(minMillis, millis);
            maxMillis = Math.max(maxMillis, millis);
            sumMillis += millis;
            if (m != null) {
                cpuNanos += m.executorCpuTime();
                gcMillis += m.jvmGCTime();
                deserializeMillis += m.executorDeserializeTime();
                inputRecords += m.inputMetrics().recordsRead();
                shuffleReadRecords += m.shuffleReadMetrics().recordsRead();
                shuffleWriteRecords += m.shuffleWriteMetrics().recordsWritten();
                shuffleWriteBytes += m.shuffleWriteMetrics().bytesWritten();
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
        tasks.computeIfAbsent(task.stageId(), k -> new Tasks()).add(task.taskInfo().duration(), task.taskMetrics());
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted done) {
        StageInfo s = done.stageInfo();
        long wall = (long) s.completionTime().get() - (long) s.submissionTime().get();
        Tasks t = tasks.getOrDefault(s.stageId(), new Tasks());
        if (t.sumMillis > codingTaskMillis) {
            codingTaskMillis = t.sumMillis;
            codingWall = wall / 1e3;
        }
        lines.add(String.format(Locale.ROOT, "    stage %3d %-34.34s %7.2f s wall, %3d tasks, %6.2f s of tasks"
                + " (%.2f to %.2f s each), CPU %.2f s, GC %.2f s, deserialise %.2f s; records in %d, shuffle"
                + " read %d, written %d (%d KiB)%n", s.stageId(), origin(s), wall / 1e3, s.numTasks(),
                t.sumMillis / 1e3, t.count == 0 ? 0 : t.minMillis / 1e3, t.maxMillis / 1e3, t.cpuNanos / 1e9,
                t.gcMillis / 1e3, t.deserializeMillis / 1e3, t.inputRecords, t.shuffleReadRecords,
                t.shuffleWriteRecords, t.shuffleWriteBytes >> 10));
    }

    /** The first frame of Dyad's own job code in the stage's call site, else Spark's name for it. */
    private static String origin(StageInfo s) {
        for (String frame : s.details().split("\n")) {
            String f = frame.trim();
            if (f.startsWith("org.dyad.spark.") && !f.startsWith("org.dyad.spark.bench.")) {
                return f.replaceFirst("^org\\.dyad\\.spark\\.", "").replaceFirst("\\(.*:(\\d+)\\)$", ":$1");
            }
        }
        return s.name();
    }

    /** The coding stage's wall seconds: of all stages, the one whose tasks took longest together. */
    synchronized double codingSeconds() {
        return codingWall;
    }

    synchronized String report() {
        return String.join("", lines);
    }
}
