package org.dyad.cli;

import picocli.CommandLine.Command;

/** {@code dyad bench}: a parent of benchmark commands, nothing else. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (docs/throughput.md, docs/server.md).",
        subcommands = {BenchThroughputCommand.class, ServeBenchCommand.class})
final class BenchCommand {
}
