package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.dyad.store.StoreException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Dyad web server: the JSON API under {@code /api} and the dashboard at {@code /}, both over
 * one DuckDB store (see {@link StoreAccess} for reading while {@code dyad ingest} writes).
 *
 * <pre>{@code
 * try (DyadServer server = DyadServer.start(ServerConfig.readOnly(Path.of("dyad.duckdb"), 8080), Optional.empty())) {
 *     server.awaitStop();
 * }
 * }</pre>
 */
public final class DyadServer implements AutoCloseable {
    private static final String WEB = "/org/dyad/server/web";

    private final Javalin app;
    private final ServerConfig config;
    private final StoreAccess store;

    private DyadServer(Javalin app, ServerConfig config, StoreAccess store) {
        this.app = app;
        this.config = config;
        this.store = store;
    }

    /**
     * Starts serving {@code config.db()}. Posting articles needs both a token in the config and a
     * coder; without either the API is read-only.
     *
     * @throws ServerException when the port cannot be bound
     */
    public static DyadServer start(ServerConfig config, Optional<ArticleCoder> coder) {
        ObjectMapper json = new ObjectMapper();
        StoreAccess store = new StoreAccess(config.db(), config.readers(), config.release());
        Api api = new Api(store, json, config.answers(), !loopback(config.host()));
        Optional<ArticlePost> post = config.token().isPresent() && coder.isPresent()
                ? Optional.of(new ArticlePost(json, coder.get(), store, config.maxChars())) : Optional.empty();
        String openapi = resource(WEB + "/openapi.json");
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.threadPool = threadPool();
            if (loopback(config.host())) {
                c.http.compressionStrategy = CompressionStrategy.NONE; // on loopback gzip costs CPU and saves nothing
            }
            c.staticFiles.add(WEB, Location.CLASSPATH);
            c.staticFiles.enableWebjars();
            c.routes.get("/api/events", api::events);
            c.routes.get("/api/events.csv", ctx -> api.export(ctx, false));
            c.routes.get("/api/events.tsv", ctx -> api.export(ctx, true));
            c.routes.get("/api/events/{id}", api::event);
            c.routes.get("/api/dyads", api::dyads);
            c.routes.get("/api/timeline", api::timeline);
            c.routes.get("/api/actors", api::actors);
            c.routes.get("/api/articles/{id}", api::article);
            c.routes.get("/api/places.geojson", api::places);
            c.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            c.routes.post("/api/articles", ctx -> {
                authorize(ctx, config.token());
                if (post.isEmpty()) {
                    throw new ApiException(405, "read_only", "this server is read-only; start it with --token"
                            + " (or DYAD_TOKEN) to accept articles");
                }
                api.send(ctx, post.get().handle(ctx.body()));
            });
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, api, e.status(), e.code(), e.getMessage()));
            c.routes.exception(StoreBusyException.class, (e, ctx) -> {
                ctx.header("Retry-After", "5");
                error(ctx, api, 503, "store_busy", e.getMessage());
            });
            c.routes.exception(StoreException.class, (e, ctx) -> error(ctx, api, 503, "store_unavailable",
                    e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> error(ctx, api, 500, "internal",
                    "the server failed on this request (" + e.getClass().getSimpleName() + "); the request may be"
                            + " retried, and the server's log says more"));
            c.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && !ctx.result().startsWith("{")) {
                    error(ctx, api, 404, "not_found", "no endpoint " + ctx.method() + " " + ctx.path()
                            + "; GET /api/openapi.json lists them");
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            store.close();
            throw new ServerException("could not start the server on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage() + "; is the port in use? choose another with --port", e);
        }
        return new DyadServer(app, config, store);
    }

    /**
     * Request threads bounded by the cores: answers from memory are CPU work, so more threads than
     * cores only queue for them; a few more cover Jetty's acceptor and selectors and the requests
     * that wait for DuckDB (one event, an article, actors, exports).
     */
    private static QueuedThreadPool threadPool() {
        int cores = Runtime.getRuntime().availableProcessors();
        QueuedThreadPool pool = new QueuedThreadPool(2 * cores + 8, Math.min(4, 2 * cores + 8), 60_000);
        pool.setName("dyad-http");
        return pool;
    }

    static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static void authorize(Context ctx, Optional<String> token) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (token.isEmpty()) {
            return; // read-only: refused below with 405
        }
        byte[] given = header.startsWith("Bearer ") ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "posting articles needs the server's token:"
                    + " send Authorization: Bearer TOKEN");
        }
    }

    private static void error(Context ctx, Api api, int status, String code, String message) {
        ctx.status(status);
        api.send(ctx, api.views().error(code, message));
    }

    private static String resource(String name) {
        try (InputStream in = DyadServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ServerException(name + " is missing from the classpath; rebuild dyad-server", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServerException("could not read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The port bound (the one chosen when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        return "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + port()
                + "/";
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
