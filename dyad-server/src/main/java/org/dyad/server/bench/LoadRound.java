package org.dyad.server.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One round of closed-loop load: {@code clients} threads, each sending its requests one after
 * another without pause through one shared keep-alive HTTP/1.1 client, the paths taken in turn
 * from a fixed mix. Besides the latencies it measures what the round cost: the CPU time of the
 * whole process (server and clients, which share the machine's cores), the CPU time of the client
 * threads themselves, the garbage collections, and the machine's load average before and after,
 * which says how much of the cores other processes took.
 */
final class LoadRound {
    /**
     * What one round measured.
     *
     * @param latencies milliseconds of each request that answered 200 with a JSON body
     * @param processCpuMs CPU time of the whole process during the round
     * @param clientCpuMs CPU time of the client threads (their own sending and reading, not the
     *     HTTP client's selector thread)
     */
    record Measured(double[] latencies, int failures, double seconds, double processCpuMs, double clientCpuMs,
            long collections, long collectionMs, double loadBefore, double loadAfter) {
        int requests() {
            return latencies.length + failures;
        }

        double cpuMsPerRequest() {
            return processCpuMs / Math.max(1, requests());
        }
    }

    private final HttpClient http;
    private final String base;
    private final List<String> mix;

    LoadRound(String base, List<String> mix) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.mix = List.copyOf(mix);
    }

    /** The latency of one request in milliseconds, or -1 when it did not answer 200 with a JSON body. */
    double send(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - t) / 1e6;
            byte[] body = r.body();
            boolean json = body.length > 1 && body[0] == '{' && body[body.length - 1] == '}';
            return r.statusCode() == 200 && json ? ms : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Runs {@code clients} clients of {@code perClient} requests each, stopping at {@code deadline} (nanoTime). */
    Measured run(int clients, int perClient, long deadline) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long[] gcBefore = collections();
        long cpuBefore = os.getProcessCpuTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Future<double[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long ownCpu = threads.getCurrentThreadCpuTime();
                double[] ms = new double[perClient + 1];
                int n = 0;
                while (n < perClient && System.nanoTime() < deadline) {
                    ms[n++] = send(mix.get(next.getAndIncrement() % mix.size()));
                }
                ms[perClient] = (threads.getCurrentThreadCpuTime() - ownCpu) / 1e6;
                double[] out = Arrays.copyOf(ms, n + 1);
                out[n] = ms[perClient]; // the last value is the thread's CPU time
                return out;
            }));
        }
        pool.shutdown();
        List<Double> latencies = new ArrayList<>();
        int failures = 0;
        double clientCpu = 0;
        for (Future<double[]> f : futures) {
            double[] ms;
            try {
                ms = f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
            }
            for (int i = 0; i < ms.length - 1; i++) {
                if (ms[i] >= 0) {
                    latencies.add(ms[i]);
                } else {
                    failures++;
                }
            }
            clientCpu += ms[ms.length - 1];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long[] gc = collections();
        return new Measured(latencies.stream().mapToDouble(Double::doubleValue).toArray(), failures, seconds, cpu / 1e6,
                clientCpu, gc[0] - gcBefore[0], gc[1] - gcBefore[1], loadBefore, os.getSystemLoadAverage());
    }

    /** Collections so far and their milliseconds, over every collector. */
    private static long[] collections() {
        long n = 0;
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
            ms += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {n, ms};
    }
}
