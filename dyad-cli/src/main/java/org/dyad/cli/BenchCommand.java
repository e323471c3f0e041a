package org.dyad.cli;

import picocli.CommandLine.Command;

/** {@code dyad bench}: a parent of benchmark commands, nothing else. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (docs/throughput.md).",
        subcommands = {BenchThroughputCommand.class})
final class BenchCommand {
}
