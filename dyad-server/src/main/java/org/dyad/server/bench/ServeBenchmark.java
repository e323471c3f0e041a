package org.dyad.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerConfig;

/**
 * {@code dyad bench serve}: a synthetic store of {@code events} events, a server on 127.0.0.1 over
 * it, and {@code clients} concurrent clients, each sending {@code requests} requests one after
 * another (no pause) from a fixed mix of event pages with mixed filters and dyad series. The load
 * is bounded: it stops after every client's requests or at the time limit, whichever is first.
 * The baseline, measured in the same run, is the same mix sent by one client alone: the ratio of
 * the loaded p50 to it tells what concurrency costs on this machine. A first round of the same
 * load warms the JIT and is reported but not counted; the second is measured, with its CPU time
 * per request (which the machine's load does not distort) and the load average around it.
 * A store kept in {@code --dir} is reused when it holds the same synthetic events.
 */
public final class ServeBenchmark {
    /** The request mix: event pages with mixed filters and dyad series. */
    static final List<String> MIX = List.of(
            "api/events",
            "api/events?source=USA&plover=ASSAULT",
            "api/events?quad=4&from=2024-03-01&to=2024-06-30",
            "api/events?country=UKR&sort=-goldstein&size=50",
            "api/events?text=ceasefire&size=20",
            "api/events?place=Kyiv&root=19",
            "api/events?actor=IGOUNO&text=peace%20talks",
            "api/events?target=IRN&min_confidence=0.8&sort=date",
            "api/dyads?source=CHN&target=RUS&interval=week",
            "api/dyads?source=USA&target=IRN&interval=month",
            "api/dyads?source=ISR&target=PSE&interval=day&from=2024-06-01&to=2024-12-31",
            "api/places.geojson?plover=ASSAULT");

    /**
     * What to run.
     *
     * @param answerCache whether the server reuses answers ({@code false}: every request is computed,
     *     which is what the read model alone costs)
     */
    public record Options(int events, int clients, int requestsPerClient, Duration limit, Optional<Path> dir,
            boolean answerCache) {
        public Options {
            if (events < 1 || clients < 1 || requestsPerClient < 1 || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("events, clients, requests and the time limit must be positive");
            }
            dir = dir == null ? Optional.empty() : dir;
        }

        public static Options standard() {
            return new Options(100_000, 50, 20, Duration.ofSeconds(180), Optional.empty(), true);
        }
    }

    /** Latencies in milliseconds of the measured round, how many requests failed (in either round), its CPU cost. */
    public record Result(double p50, double p99, double max, int requests, int failures, double baselineP50,
            double seconds, double cpuMsPerRequest) {}

    /** How often the one-client baseline sends each request of the mix. */
    static final int BASELINE_TIMES = 20;

    private ServeBenchmark() {}

    public static Result run(Options o, PrintWriter out) throws IOException, InterruptedException {
        Path dir = o.dir().isPresent() ? o.dir().get() : Files.createTempDirectory("dyad-bench-serve");
        Path db = dir.resolve("bench-serve.duckdb");
        Path stamp = dir.resolve("bench-serve.events");
        String wanted = "events=" + o.events() + " " + SyntheticStore.VERSION;
        if (o.dir().isPresent() && Files.exists(db) && Files.exists(stamp)
                && Files.readString(stamp).trim().equals(wanted)) {
            out.printf("store: %d synthetic events kept from an earlier run (%s)%n", o.events(), db);
        } else {
            Files.deleteIfExists(stamp);
            Files.deleteIfExists(db);
            Files.deleteIfExists(dir.resolve("bench-serve.duckdb.wal"));
            long t0 = System.nanoTime();
            SyntheticStore.write(db, o.events(), 10);
            Files.writeString(stamp, wanted + "\n");
            out.printf("store: %d synthetic events written in %.1f s (%s)%n", o.events(), (System.nanoTime() - t0) / 1e9,
                    db);
        }
        out.flush();
        ServerConfig config = ServerConfig.readOnly(db, 0).withAnswers(o.answerCache() ? ServerConfig.DEFAULT_ANSWERS : 0);
        long heapBefore = usedHeapAfterGc();
        try (DyadServer server = DyadServer.start(config, Optional.empty());
                LoadRound load = new LoadRound(server.url(), MIX)) {
            long deadline = System.nanoTime() + o.limit().toNanos();
            long warm0 = System.nanoTime();
            load.send(MIX.get(0)); // loads the read model
            out.printf("first request (the read model loads): %.1f s; answer cache %s%n",
                    (System.nanoTime() - warm0) / 1e9, o.answerCache() ? "on" : "off");
            for (String warm : MIX) {
                load.send(warm); // first use of each query shape
            }
            LoadRound.Measured warmup = load.run(o.clients(), o.requestsPerClient(), deadline);
            out.printf("warm-up round (not counted): %d requests, p50 %.1f ms, p99 %.1f ms%n", warmup.requests(),
                    percentile(warmup.latencies(), 50), percentile(warmup.latencies(), 99));
            double[][] alone = load.alone(BASELINE_TIMES);
            double[] medians = new double[alone.length];
            out.println("baseline: one client, each request " + BASELINE_TIMES + " times: median ms, CPU ms per request"
                    + " (Java threads)");
            for (int p = 0; p < alone.length; p++) {
                medians[p] = alone[p][0];
                out.printf("  %6.2f %6.2f  %s%n", alone[p][0], alone[p][1], MIX.get(p));
            }
            double baseline = percentile(medians, 50);
            out.printf("baseline p50 %.1f ms%n", baseline);
            LoadRound.Measured m = load.run(o.clients(), o.requestsPerClient(), deadline);
            report(out, "load", m, baseline, o);
            Result r = new Result(percentile(m.latencies(), 50), percentile(m.latencies(), 99),
                    percentile(m.latencies(), 100), m.requests(), m.failures() + warmup.failures(), baseline, m.seconds(),
                    m.cpuMsPerRequest());
            // Measured after the load, so that the full collections it takes do not resize the heap before it.
            out.printf("heap held by the server after the load (read model, row JSON, answers): %d MB%n",
                    (usedHeapAfterGc() - heapBefore) >> 20);
            out.printf("serve p50_ms=%.1f p99_ms=%.1f clients=%d events=%d%n", r.p50(), r.p99(), o.clients(), o.events());
            out.flush();
            return r;
        } finally {
            if (o.dir().isEmpty()) {
                Files.deleteIfExists(db);
                Files.deleteIfExists(dir.resolve("bench-serve.duckdb.wal"));
                Files.deleteIfExists(stamp);
                Files.deleteIfExists(dir);
            }
        }
    }

    private static void report(PrintWriter out, String what, LoadRound.Measured m, double baseline, Options o) {
        double p50 = percentile(m.latencies(), 50);
        out.printf("%s: %d requests from %d clients in %.1f s (%.0f requests/s), %d failed; p50 %.1f ms"
                + " (%.1f times the one-client baseline), p99 %.1f ms, max %.1f ms%n", what, m.requests(), o.clients(),
                m.seconds(), m.latencies().length / m.seconds(), m.failures(), p50, p50 / baseline,
                percentile(m.latencies(), 99), percentile(m.latencies(), 100));
        int n = Math.max(1, m.requests());
        out.printf("  cpu per request: %.2f ms (whole process), %.2f ms (Java threads), of which %.2f ms the server's"
                + " request threads and %.2f ms the load's client threads; %d collections taking %d ms; load average"
                + " %.1f before and %.1f after%n", m.cpuMsPerRequest(), (m.threadsCpuMs() + m.clientCpuMs()) / n,
                m.serverCpuMs() / n, m.clientCpuMs() / n, m.collections(), m.collectionMs(), m.loadBefore(),
                m.loadAfter());
        out.flush();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
