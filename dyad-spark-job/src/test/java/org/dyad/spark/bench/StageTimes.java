package org.dyad.spark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Where a run's time goes, stage by stage: each completed stage's wall time (submission to
 * completion), its tasks, and the shortest and longest task, which show an unequal split.
 */
final class StageTimes extends SparkListener {
    private final List<String> lines = new ArrayList<>();
    private final Map<Integer, long[]> taskMillis = new ConcurrentHashMap<>(); // stage -> {min, max, sum}

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
        long ms = task.taskInfo().duration();
        taskMillis.merge(task.stageId(), new long[] {ms, ms, ms},
                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), a[2] + b[2]});
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted done) {
        StageInfo s = done.stageInfo();
        long wall = (long) s.completionTime().get() - (long) s.submissionTime().get();
        long[] t = taskMillis.getOrDefault(s.stageId(), new long[3]);
        lines.add(String.format(Locale.ROOT, "    stage %3d %-48.48s %7.2f s wall, %3d tasks, %6.2f s of tasks"
                + " (%.2f to %.2f s each)%n", s.stageId(), s.name(), wall / 1e3, s.numTasks(), t[2] / 1e3, t[0] / 1e3,
                t[1] / 1e3));
    }

    synchronized String report() {
        return String.join("", lines);
    }
}
