package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from news text: who did what to whom, with the sentence that proves it.",
        subcommands = {CodeCommand.class, CleanCommand.class, ActorsCommand.class, PlacesCommand.class,
                IngestCommand.class, QueryCommand.class, ExportCommand.class, EvalCommand.class, DemoCommand.class,
                InspectCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
