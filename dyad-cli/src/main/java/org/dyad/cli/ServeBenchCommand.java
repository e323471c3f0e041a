package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.server.bench.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad bench serve}: API latency under a bounded load of concurrent clients on loopback. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build a synthetic store, serve it on 127.0.0.1 and measure /api/events and /api/dyads latency"
                + " under concurrent clients. Last line: serve p50_ms=... p99_ms=... clients=N events=N")
final class ServeBenchCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "100000", description = "Synthetic events (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "20", description = "Requests per client in the warm-up round and again in the measured one"
            + " (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--time-limit", defaultValue = "180", paramLabel = "SECONDS",
            description = "Stop the load after this long (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--dir", paramLabel = "PATH",
            description = "Keep the synthetic store in this folder (reused when it holds the same synthetic events).")
    Path dir;

    @Option(names = "--no-cache", description = "Compute every answer (no answer cache): the read model's own cost.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ServeBenchmark.Result r = ServeBenchmark.run(new ServeBenchmark.Options(events, clients, requests,
                    Duration.ofSeconds(seconds), Optional.ofNullable(dir), !noCache), out);
            return r.failures() == 0 ? 0 : 1;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dyad: " + e.getMessage());
            return 2;
        }
    }
}
