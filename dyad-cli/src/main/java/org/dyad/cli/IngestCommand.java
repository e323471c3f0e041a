package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.ArticleReader;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<Engine> found = ArticleRun.engine(input, err);
        if (found.isEmpty()) {
            return 2;
        }
        Engine engine = found.get();
        RunTally tally = new RunTally(err);
        try (EventStore store = EventStore.open(storeOptions.db)) {
            Ingestion ingestion = new Ingestion(engine, store, tally, err);
            ingestion.ingest(files, input::formatFor, new ArticleReader(input.maxChars));
            out.printf("%d articles stored (%d events), %d already stored, %d set aside; store %s%n", ingestion.stored(),
                    ingestion.events(), ingestion.skipped(), tally.setAsideCount(), storeOptions.db);
            out.flush();
            return ingestion.stored() + ingestion.skipped() == 0 ? 1 : 0;
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return 3;
        }
    }
}
