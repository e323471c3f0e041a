package org.dyad.cli;

import picocli.CommandLine.Command;

/** {@code dyad bench}: the benchmarks that run from the command line. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark.",
        subcommands = {ServeBenchCommand.class})
final class BenchCommand {
}
