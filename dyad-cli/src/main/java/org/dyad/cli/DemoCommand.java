package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.ArticleReader;
import org.dyad.app.Engine;
import org.dyad.app.InputFormat;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad demo}: ingests the bundled sample (Voice of America stories, public domain) and,
 * in a source checkout, the specification's seed article into the store, then prints a summary:
 * events by type, top dyads, top places. Running it again adds nothing.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Code the bundled sample news into ./dyad.duckdb and print a summary.")
final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLE = "/org/dyad/app/sample/voa_stories.jsonl";

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter console = spec.commandLine().getOut();
        Path sample = Files.createTempFile("dyad-sample", ".jsonl");
        try {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    err.println("dyad: the bundled sample is missing from the classpath; rebuild with mvn package");
                    return 1;
                }
                Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
            }
            List<Path> inputs = new ArrayList<>(List.of(sample));
            String home = System.getProperty("dyad.home");
            Path seed = home == null ? null : Path.of(home, "testdata", "seed", "article.txt");
            if (seed != null && Files.isRegularFile(seed)) {
                inputs.add(seed);
            }
            Engine engine = Engine.create(List.of());
            RunTally tally = new RunTally(err);
            long started = System.nanoTime();
            try (EventStore store = EventStore.open(storeOptions.db)) {
                Ingestion ingestion = new Ingestion(engine, store, tally, err);
                ingestion.ingest(inputs, f -> f.equals(sample) ? InputFormat.JSONL : InputFormat.TEXT,
                        new ArticleReader(1_000_000));
                console.printf("%d articles coded and stored (%d events), %d already stored, %d set aside, in %.0f s%n%n",
                        ingestion.stored(), ingestion.events(), ingestion.skipped(), tally.setAsideCount(),
                        (System.nanoTime() - started) / 1e9);
                console.println(store.summary().render());
                console.printf("%nStore: %s. Try: ./dyad query --plover ASSAULT; ./dyad export --format gdelt --out events.tsv%n",
                        storeOptions.db);
            } catch (StoreException e) {
                err.println("dyad: " + e.getMessage());
                return 3;
            }
            console.flush();
            return 0;
        } finally {
            Files.deleteIfExists(sample);
        }
    }
}
