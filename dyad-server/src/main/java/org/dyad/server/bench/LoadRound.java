package org.dyad.server.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
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
 * another without pause on its own keep-alive HTTP/1.1 connection, the paths taken in turn
 * from a fixed mix. Besides the latencies it measures what the round cost: the CPU time of the
 * whole process (server and clients, which share the machine's cores), the CPU time of the client
 * threads themselves, the garbage collections, and the machine's load average before and after,
 * which says how much of the cores other processes took.
 */
final class LoadRound implements AutoCloseable {
    /**
     * What one round measured.
     *
     * @param latencies milliseconds of each request that answered 200 with a JSON body
     * @param processCpuMs CPU time of the whole process during the round (with the JIT and the collector)
     * @param threadsCpuMs CPU time of the Java threads alive at its end (request and client threads)
     * @param serverCpuMs of those, the server's request threads (Jetty's selectors and handlers)
     * @param clientCpuMs CPU time of the client threads (their sending and reading)
     */
    record Measured(double[] latencies, int failures, double seconds, double processCpuMs, double threadsCpuMs,
            double serverCpuMs, double clientCpuMs,
            long collections, long collectionMs, double loadBefore, double loadAfter) {
        int requests() {
            return latencies.length + failures;
        }

        double cpuMsPerRequest() {
            return processCpuMs / Math.max(1, requests());
        }
    }

    private final URI base;
    private final List<String> mix;
    /** The connection of the one-client sends (first request, warm-up of each shape, baseline). */
    private final LoopbackConnection alone;
    /** Client {@code c}'s connection, kept from round to round as a keep-alive client keeps it. */
    private final List<LoopbackConnection> connections = new ArrayList<>();

    LoadRound(String base, List<String> mix) {
        this.base = URI.create(base);
        this.mix = List.copyOf(mix);
        this.alone = new LoopbackConnection(this.base);
    }

    /** The latency of one request sent alone, in milliseconds, or -1 when it failed. */
    double send(String path) {
        return send(alone, path);
    }

    /** The latency of one request in milliseconds, or -1 when it did not answer 200 with a JSON object. */
    private static double send(LoopbackConnection connection, String path) {
        long t = System.nanoTime();
        try {
            boolean ok = connection.get(path);
            double ms = (System.nanoTime() - t) / 1e6;
            return ok ? ms : -1;
        } catch (IOException | RuntimeException e) {
            connection.close();
            return -1;
        }
    }

    /**
     * Each path of the mix sent {@code times} times by one client alone: per path, the median
     * latency and the CPU time per request of the process's Java threads (server and client,
     * without contention; not the JIT compiler's or the collector's threads).
     */
    double[][] alone(int times) {
        double[][] out = new double[mix.size()][];
        for (int p = 0; p < mix.size(); p++) {
            double[] ms = new double[times];
            long cpu = javaThreadsCpu();
            for (int i = 0; i < times; i++) {
                ms[i] = send(mix.get(p));
            }
            out[p] = new double[] {ServeBenchmark.percentile(ms, 50), (javaThreadsCpu() - cpu) / 1e6 / times};
        }
        return out;
    }

    /** Runs {@code clients} clients of {@code perClient} requests each, stopping at {@code deadline} (nanoTime). */
    Measured run(int clients, int perClient, long deadline) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long[] gcBefore = collections();
        long cpuBefore = os.getProcessCpuTime();
        long[] threadsBefore = threadsCpu();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Future<double[]>> futures = new ArrayList<>();
        while (connections.size() < clients) {
            connections.add(new LoopbackConnection(base));
        }
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            LoopbackConnection connection = connections.get(c);
            futures.add(pool.submit(() -> {
                long ownCpu = threads.getCurrentThreadCpuTime();
                double[] ms = new double[perClient + 1];
                int n = 0;
                while (n < perClient && System.nanoTime() < deadline) {
                    ms[n++] = send(connection, mix.get(next.getAndIncrement() % mix.size()));
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
        long[] threadsAfter = threadsCpu(); // less what threads that ended took
        long[] gc = collections();
        return new Measured(latencies.stream().mapToDouble(Double::doubleValue).toArray(), failures, seconds, cpu / 1e6,
                (threadsAfter[0] - threadsBefore[0]) / 1e6, (threadsAfter[1] - threadsBefore[1]) / 1e6, clientCpu, gc[0] - gcBefore[0], gc[1] - gcBefore[1], loadBefore, os.getSystemLoadAverage());
    }

    /** The CPU time so far of the live Java threads (request and client threads, not JIT or GC), nanoseconds. */
    static long javaThreadsCpu() {
        return threadsCpu()[0];
    }

    /**
     * The CPU time so far of the live Java threads, nanoseconds: all of them, the server's request
     * threads ({@code dyad-http}).
     */
    static long[] threadsCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] sum = new long[2];
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long ns = Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            sum[0] += ns;
            sum[1] += t.getThreadName().startsWith("dyad-http") ? ns : 0;
        }
        return sum;
    }

    @Override
    public void close() {
        alone.close();
        connections.forEach(LoopbackConnection::close);
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
