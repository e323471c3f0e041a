package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dyad.app.Engine;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.InputFormat;
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
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter console = spec.commandLine().getOut();
        if (DemoCommand.class.getResource(SAMPLE) == null) {
            err.println("dyad: the bundled sample is missing from the classpath; rebuild with mvn package");
            return 1;
        }
        String home = System.getProperty("dyad.home");
        Path seed = home == null ? null : Path.of(home, "testdata", "seed", "article.txt");
        InputOptions input = new InputOptions();
        ArticleReader reader = ArticleRun.reader(input);
        Consumer<ArticleSink> feed = sink -> {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
                reader.read(in, "voa_stories.jsonl", Optional.of(InputFormat.JSONL), sink);
            } catch (IOException e) {
                sink.setAside(BadArticle.of("voa_stories.jsonl", "", "cannot read the bundled sample: " + e.getMessage()));
            }
            if (seed != null && Files.isRegularFile(seed)) {
                reader.read(seed, Optional.of(InputFormat.TEXT), sink);
            }
        };
        Engine engine = Engine.create(List.of());
        long started = System.nanoTime();
        try (EventStore store = EventStore.open(storeOptions.db)) {
            Optional<RunTally> tally = new Ingestion(engine, store, input, err).ingest(feed, -1);
            if (tally.isEmpty()) {
                return 2;
            }
            console.printf("%s, in %.0f s%n%n", tally.get().summary(), (System.nanoTime() - started) / 1e9);
            console.println(store.summary().render());
            console.printf("%nStore: %s. Try: ./dyad query --plover ASSAULT; ./dyad export --format gdelt --out events.tsv%n",
                    storeOptions.db);
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return 3;
        }
        console.flush();
        return 0;
    }
}
