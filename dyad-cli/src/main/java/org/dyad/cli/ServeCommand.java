package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.app.Engine;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.server.ArticleCoder;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerConfig;
import org.dyad.server.ServerException;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad serve}: the REST API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store's events as a JSON API (/api) and a web dashboard (/) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "DYAD_TOKEN";

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Accept POST /api/articles from requests that send"
            + " 'Authorization: Bearer TOKEN' (or set " + TOKEN_VARIABLE + "); without it the API is read-only.")
    String token;

    @Option(names = "--dictionary", paramLabel = "PATH", description = "With --token: a dictionary laid over the"
            + " bundled ones for coding posted articles. Repeatable.")
    List<java.nio.file.Path> dictionaries = List.of();

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "With --token: set aside posted articles longer than N characters (default ${DEFAULT-VALUE}).")
    int maxChars;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> secret = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv(TOKEN_VARIABLE)));
        try {
            ServerConfig config = new ServerConfig(storeOptions.db, host, port, secret, maxChars,
                    ServerConfig.DEFAULT_READERS, ServerConfig.DEFAULT_RELEASE, ServerConfig.DEFAULT_ANSWERS);
            Optional<ArticleCoder> coder = Optional.empty();
            if (secret.isPresent()) {
                try (EventStore created = EventStore.open(storeOptions.db)) {
                    // creates the file, or brings its schema up to date, before readers open it
                }
                coder = Optional.of(coder(Engine.create(dictionaries)));
            } else if (!Files.isRegularFile(storeOptions.db)) {
                err.println("dyad: there is no store at " + storeOptions.db + "; run ./dyad demo or dyad ingest first,"
                        + " or give --db PATH");
                return 2;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            DyadServer server = DyadServer.start(config, coder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "dyad-serve-stop"));
            out.println("Dyad serves " + storeOptions.db + " at " + server.url() + " (API: " + server.url()
                    + "api/openapi.json; " + (secret.isPresent() ? "POST /api/articles needs the token" : "read-only")
                    + "). Ctrl-C stops it.");
            out.flush();
            stopped.await();
            return 0;
        } catch (IllegalArgumentException | StoreException | ServerException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        }
    }

    /** Codes posted articles with the engine, one at a time, as {@code dyad ingest} does. */
    static ArticleCoder coder(Engine engine) {
        CodingProvenance provenance = new CodingProvenance(Ingestion.DYAD_VERSION, engine.provenance());
        return article -> {
            synchronized (engine) {
                Document doc = engine.process(article);
                return IngestItem.of(article, doc.events(), provenance).withPlaces(doc.has(LayerKind.PLACES) ? doc.places() : List.of());
            }
        };
    }
}
