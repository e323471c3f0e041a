package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.app.Engine;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad ingest}: code articles into the DuckDB store; re-running adds nothing. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code articles and store articles, events, actors and places in a DuckDB file.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively), http(s) URLs of feeds or pages, or - for standard input.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Engine> found = ArticleRun.engine(input, err);
        if (found.isEmpty()) {
            return 2;
        }
        try (EventStore store = EventStore.open(storeOptions.db)) {
            Optional<RunTally> tally = new Ingestion(found.get(), store, input, err)
                    .ingest(ArticleRun.inputs(input, inputs), ArticleRun.totalBytes(inputs));
            if (tally.isEmpty()) {
                return 2;
            }
            out.printf("%s; store %s%n", tally.get().summary(), storeOptions.db);
            out.flush();
            return tally.get().exitCode();
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return 3;
        }
    }
}
