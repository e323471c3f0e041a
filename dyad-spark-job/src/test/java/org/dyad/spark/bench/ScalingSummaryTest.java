package org.dyad.spark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingSummaryTest {
    private static JobRun.Measured run(String round, int cores, double wall, double cpu) {
        return new JobRun.Measured("round " + round, "local[" + cores + "]", cores, 267, 2500, wall, wall - 10, cpu,
                cpu * 0.7,
                cpu * 0.1, cpu * 0.05, cpu * 0.05, "2.0", "2.1");
    }

    private static String summaryLine(String report) {
        return report.lines().filter(l -> l.startsWith("scaling ")).findFirst().orElseThrow();
    }

    @Test
    void the_ratio_is_the_median_of_the_rounds_and_the_per_core_rate_is_local1s_articles_per_cpu_second() {
        List<JobRun.Measured> runs = List.of(
                run("1", 1, 70, 66.75), run("1", 2, 40, 75),
                run("2", 2, 42, 76), run("2", 1, 66, 66),
                run("3", 1, 68, 66.75), run("3", 2, 34, 70));
        String report = ScalingSummary.of("pinned", runs, 1.6);
        // Ratios 1.75, 66 / 42 = 1.57 and 2.00: the median is 1.75; local[1]'s median 68 s, local[2]'s 40 s.
        assertEquals("scaling local1_s=68.0 local2_s=40.0 ratio=1.75 per_core_articles_per_cpu_s=4.00"
                + " local2_articles_per_cpu_s=3.56 local1_share=0.98 local2_share=0.94 articles=267 rounds=3"
                + " mode=pinned", summaryLine(report));
        assertTrue(report.contains("1.75, 1.57, 2.00; median 1.75x: the 1.6x target is shown"), report);
    }

    @Test
    void a_median_below_the_target_says_it_is_not_shown() {
        String report = ScalingSummary.of("one-jvm", List.of(run("1", 1, 60, 60), run("1", 2, 50, 90)), 1.6);
        assertTrue(report.contains("median 1.20x: the 1.6x target is not shown"), report);
    }

    @Test
    void baseline_runs_are_compared_with_the_jobs_own_run_of_their_round_and_left_out_of_the_summary() {
        List<JobRun.Measured> runs = List.of(
                run("1", 1, 70, 66), run("1 baseline", 1, 77, 66), run("1", 2, 40, 75), run("1 baseline", 2, 50, 76),
                run("2", 2, 40, 76), run("2 baseline", 2, 46, 76), run("2", 1, 70, 66), run("2 baseline", 1, 84, 66));
        String report = ScalingSummary.of("pinned", runs, 1.6);
        assertTrue(summaryLine(report).startsWith("scaling local1_s=70.0 local2_s=40.0 ratio=1.75 "), report);
        // local[2]: 50 / 40 and 46 / 40 by wall, 40 / 30 and 36 / 30 by coding (wall - 10 here), 10 s of rest in all.
        assertTrue(report.contains("local[2] baseline / own, median of 2 rounds: wall 1.20x, coding 1.27x, rest 1.00x"),
                report);
        assertTrue(report.contains("local[1] baseline / own, median of 2 rounds: wall 1.15x"), report);
    }

    @Test
    void rounds_without_both_masters_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> ScalingSummary.of("pinned", List.of(run("1", 1, 60, 60), run("2", 1, 61, 60)), 1.6));
    }

    @Test
    void a_run_survives_the_line_a_worker_sends_its_parent() {
        JobRun.Measured m = run("2", 2, 41.25, 77.5);
        assertEquals(m, JobRun.Measured.parse(m.line()));
        assertThrows(IllegalArgumentException.class, () -> JobRun.Measured.parse("label=x master=local[1]"));
    }
}
