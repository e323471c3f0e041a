package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad bench throughput}: full path, fast path and CoreNLP's floor, alternating, in one process. */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Tokens per CPU-second of the full path, the fast path and CoreNLP's tokenize+ssplit+pos+lemma "
                + "alone (alternating rounds, median), peak live heap, and the fast path's event-type F1 difference "
                + "on the gold sets. Progress goes to stderr; the last line on stdout is the summary.")
final class BenchThroughputCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON lines with a text field (default: the "
            + "bundled VOA stories).")
    Path corpus;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds (default 3).")
    int rounds;

    @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER gold file (default: "
            + "testdata/eval/plover-gsr/plover_gsr_dev.jsonl in a source checkout).")
    Path plover;

    @Option(names = "--petrarch", paramLabel = "FILE", description = "PETRARCH unit records, their TABARI dictionaries "
            + "beside them (default: testdata/eval/petrarch-unit/unit_tests_ud_cameo.jsonl in a source checkout).")
    Path petrarch;

    @Option(names = "--real-news", paramLabel = "FILE", description = "JSON lines of texts whose fast and full codings "
            + "are compared (the real-news dev set).")
    Path realNews;

    @Option(names = "--no-accuracy", description = "Skip the gold sets (fast_f1_delta=NaN).")
    boolean noAccuracy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (corpus != null && !Files.isRegularFile(corpus)) {
                throw new IllegalArgumentException("no corpus file " + corpus);
            }
            ThroughputBenchmark.Options options = new ThroughputBenchmark.Options(Optional.ofNullable(corpus), rounds,
                    gold(plover, "testdata/eval/plover-gsr/plover_gsr_dev.jsonl"),
                    gold(petrarch, "testdata/eval/petrarch-unit/unit_tests_ud_cameo.jsonl"),
                    noAccuracy ? Optional.empty() : Optional.ofNullable(realNews));
            ThroughputBenchmark.Result result = new ThroughputBenchmark().run(options, err);
            out.println(result.line());
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        }
    }

    private Optional<Path> gold(Path given, String inCheckout) {
        if (noAccuracy) {
            return Optional.empty();
        }
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new IllegalArgumentException("no gold file " + given);
            }
            return Optional.of(given);
        }
        Path home = Path.of(System.getProperty("dyad.home", "."));
        Path p = home.resolve(inCheckout);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
