package org.dyad.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerConfig;

/**
 * {@code dyad bench serve}: a synthetic store of {@code events} events, a server on 127.0.0.1 over
 * it, and {@code clients} concurrent clients, each sending {@code requests} requests one after
 * another (no pause) from a fixed mix of event pages with mixed filters and dyad series. The load
 * is bounded: it stops after every client's requests or at the time limit, whichever is first.
 * The baseline, measured in the same run, is the same mix sent by one client alone: the ratio of
 * the loaded p50 to it tells what concurrency costs on this machine.
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

    /** Latencies in milliseconds, with how many requests failed. */
    public record Result(double p50, double p99, double max, int requests, int failures, double baselineP50,
            double seconds) {}

    private ServeBenchmark() {}

    public static Result run(Options o, PrintWriter out) throws IOException, InterruptedException {
        Path dir = o.dir().isPresent() ? o.dir().get() : Files.createTempDirectory("dyad-bench-serve");
        Path db = dir.resolve("bench-serve.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(dir.resolve("bench-serve.duckdb.wal"));
        long t0 = System.nanoTime();
        SyntheticStore.write(db, o.events(), 10);
        out.printf("store: %d synthetic events written in %.1f s (%s)%n", o.events(), (System.nanoTime() - t0) / 1e9, db);
        out.flush();
        ServerConfig config = ServerConfig.readOnly(db, 0).withAnswers(o.answerCache() ? ServerConfig.DEFAULT_ANSWERS : 0);
        try (DyadServer server = DyadServer.start(config, Optional.empty())) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + o.limit().toNanos();
            long warm0 = System.nanoTime();
            send(http, server.url() + MIX.get(0)); // loads the read model
            out.printf("first request (the read model loads): %.1f s; answer cache %s%n",
                    (System.nanoTime() - warm0) / 1e9, o.answerCache() ? "on" : "off");
            for (String warm : MIX) {
                send(http, server.url() + warm); // first use of each query shape
            }
            double[] alone = new double[MIX.size() * 3];
            for (int i = 0; i < alone.length; i++) {
                alone[i] = send(http, server.url() + MIX.get(i % MIX.size()));
            }
            double baseline = percentile(alone, 50);
            out.printf("baseline: one client, %d requests, p50 %.1f ms%n", alone.length, baseline);
            out.flush();
            long start = System.nanoTime();
            List<double[]> perClient = load(http, server.url(), o, deadline);
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] all = perClient.stream().flatMapToDouble(Arrays::stream).filter(v -> v >= 0).toArray();
            int failures = (int) perClient.stream().flatMapToDouble(Arrays::stream).filter(v -> v < 0).count();
            Result r = new Result(percentile(all, 50), percentile(all, 99), percentile(all, 100), all.length + failures,
                    failures, baseline, seconds);
            out.printf("load: %d requests from %d clients in %.1f s (%.0f requests/s), %d failed; p50 %.1f ms"
                    + " (%.1f times the one-client baseline), p99 %.1f ms, max %.1f ms%n", r.requests(), o.clients(),
                    seconds, all.length / seconds, failures, r.p50(), r.p50() / baseline, r.p99(), r.max());
            out.printf("serve p50_ms=%.1f p99_ms=%.1f clients=%d events=%d%n", r.p50(), r.p99(), o.clients(), o.events());
            out.flush();
            return r;
        } finally {
            if (o.dir().isEmpty()) {
                Files.deleteIfExists(db);
                Files.deleteIfExists(dir.resolve("bench-serve.duckdb.wal"));
                Files.deleteIfExists(dir);
            }
        }
    }

    private static List<double[]> load(HttpClient http, String base, Options o, long deadline)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(o.clients());
        AtomicInteger next = new AtomicInteger();
        List<Future<double[]>> futures = new ArrayList<>();
        for (int c = 0; c < o.clients(); c++) {
            futures.add(pool.submit(() -> {
                double[] ms = new double[o.requestsPerClient()];
                int n = 0;
                while (n < ms.length && System.nanoTime() < deadline) {
                    String path = MIX.get(next.getAndIncrement() % MIX.size());
                    ms[n++] = send(http, base + path);
                }
                return Arrays.copyOf(ms, n);
            }));
        }
        pool.shutdown();
        List<double[]> out = new ArrayList<>();
        for (Future<double[]> f : futures) {
            try {
                out.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
            }
        }
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return out;
    }

    /** The latency of one request in milliseconds, or -1 when it did not answer 200. */
    private static double send(HttpClient http, String url) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t) / 1e6;
            return r.statusCode() == 200 ? ms : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
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
