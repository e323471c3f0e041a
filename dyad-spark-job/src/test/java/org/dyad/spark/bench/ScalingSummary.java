package org.dyad.spark.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What a scaling benchmark's timed runs show: a table of the runs, each round's ratio
 * ({@code local[1]}'s wall time over {@code local[2]}'s in the same round), the medians, and one
 * summary line a script can read:
 * {@code scaling local1_s=... local2_s=... ratio=... per_core_articles_per_cpu_s=... ...}, where the
 * times are each master's median wall seconds, the ratio the median of the rounds' ratios, and the
 * per-core rate {@code local[1]}'s median articles per CPU second (the whole job on one core:
 * reading, coding, writes, Spark's threads, GC and JIT).
 */
final class ScalingSummary {
    /** How a baseline run's label ends ({@code round 2 baseline}). */
    static final String BASELINE = " baseline";

    private ScalingSummary() {}

    /**
     * The report of {@code runs}: rounds of one {@code local[1]} and one {@code local[2]} run, in
     * order, and where a round has them, the same master's baseline runs (labels ending in
     * {@link #BASELINE}), compared with the job's own run of the round.
     */
    static String of(String mode, List<JobRun.Measured> all, double target) {
        List<JobRun.Measured> runs = all.stream().filter(m -> !m.label().endsWith(BASELINE)).toList();
        List<JobRun.Measured> baseline = all.stream().filter(m -> m.label().endsWith(BASELINE)).toList();
        List<JobRun.Measured> one = runs.stream().filter(m -> m.master().equals("local[1]")).toList();
        List<JobRun.Measured> two = runs.stream().filter(m -> m.master().equals("local[2]")).toList();
        if (one.isEmpty() || one.size() != two.size() || one.size() * 2 != runs.size()) {
            throw new IllegalArgumentException("a summary needs rounds of one local[1] and one local[2] run, not "
                    + one.size() + " and " + two.size() + " of " + runs.size());
        }
        StringBuilder out = new StringBuilder("\nround        master    wall s  coding s  rest s   CPU s  share of"
                + " its cores  articles/s  articles per CPU s  load\n");
        for (JobRun.Measured m : all) {
            out.append(String.format(Locale.ROOT, "%-12s %-8s %7.1f %9.1f %7.1f %7.1f %19.2f %11.2f %19.2f  %s to %s%n",
                    m.label().replace("round ", ""), m.master(), m.wall(), m.coding(), m.afterCoding(), m.cpu(),
                    m.shareOfCores(), m.articlesPerSecond(), m.articlesPerCpuSecond(), m.load0(), m.load1()));
        }
        for (List<JobRun.Measured> own : List.of(one, two)) {
            List<JobRun.Measured> base = baseline.stream().filter(m -> m.master().equals(own.get(0).master())).toList();
            if (!base.isEmpty()) {
                out.append(against(own, base));
            }
        }
        double[] ratios = new double[one.size()];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = one.get(r).wall() / two.get(r).wall();
        }
        double ratio = median(ratios);
        out.append(String.format(Locale.ROOT, "local[2] / local[1] by round: %s; median %.2fx: the %.1fx target is"
                + " %s%n", Arrays.stream(ratios).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x))
                        .collect(Collectors.joining(", ")), ratio, target, ratio >= target ? "shown" : "not shown"));
        out.append(String.format(Locale.ROOT, "scaling local1_s=%.1f local2_s=%.1f ratio=%.2f"
                + " per_core_articles_per_cpu_s=%.2f local2_articles_per_cpu_s=%.2f local1_share=%.2f"
                + " local2_share=%.2f articles=%d rounds=%d mode=%s%n", median(one, JobRun.Measured::wall),
                median(two, JobRun.Measured::wall), ratio, median(one, JobRun.Measured::articlesPerCpuSecond),
                median(two, JobRun.Measured::articlesPerCpuSecond), median(one, JobRun.Measured::shareOfCores),
                median(two, JobRun.Measured::shareOfCores), one.get(0).articles(), ratios.length, mode));
        return out.toString();
    }

    /** The baseline's wall, coding and rest seconds over the job's own, median over the rounds that ran both. */
    private static String against(List<JobRun.Measured> own, List<JobRun.Measured> base) {
        if (base.size() != own.size()) {
            throw new IllegalArgumentException("every round needs its baseline run: " + base.size() + " baseline"
                    + " runs for " + own.size() + " rounds");
        }
        double[][] ratios = new double[3][own.size()];
        for (int r = 0; r < own.size(); r++) {
            ratios[0][r] = base.get(r).wall() / own.get(r).wall();
            ratios[1][r] = base.get(r).coding() / own.get(r).coding();
            ratios[2][r] = base.get(r).afterCoding() / own.get(r).afterCoding();
        }
        return String.format(Locale.ROOT, "%s baseline / own, median of %d rounds: wall %.2fx, coding %.2fx, rest"
                + " %.2fx (above 1: the job's own settings are faster)%n", own.get(0).master(), own.size(),
                median(ratios[0]), median(ratios[1]), median(ratios[2]));
    }

    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values have no median");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double median(List<JobRun.Measured> runs, ToDoubleFunction<JobRun.Measured> figure) {
        return median(runs.stream().mapToDouble(figure).toArray());
    }
}
