package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.store.EventFilter;
import org.dyad.store.EventSort;
import org.dyad.store.Interval;

/** The handlers of the read-side endpoints under {@code /api}. */
final class Api {
    /** The page size when none is asked for. */
    static final int DEFAULT_PAGE = 100;

    private final StoreAccess store;
    private final ReadModels models;
    private final AnswerCache answers;
    private final ObjectMapper json;
    private final JsonViews views;
    private volatile PageJson pages;
    /** Whether answers go through Javalin's compression; when not, their bytes are written as they are. */
    private final boolean compress;

    Api(StoreAccess store, ObjectMapper json, int answers, boolean compress) {
        this.compress = compress;
        this.store = store;
        this.models = new ReadModels(store);
        this.answers = new AnswerCache(answers, 64L << 20);
        this.json = json;
        this.views = new JsonViews(json);
    }

    /** The answer of {@code endpoint} for this query: kept from before for the same store state, or computed. */
    private void answer(Context ctx, String endpoint, List<Object> query, Function<ReadModel, ObjectNode> compute) {
        answerBytes(ctx, endpoint, query, model -> write(compute.apply(model)));
    }

    private void answerBytes(Context ctx, String endpoint, List<Object> query, Function<ReadModel, byte[]> compute) {
        ReadModel model = models.current();
        ctx.contentType(endpoint.endsWith(".geojson") ? "application/geo+json" : "application/json");
        byte[] body = answers.answer(new AnswerCache.Key(model.generation(), endpoint, query), () -> compute.apply(model));
        if (compress) {
            ctx.result(body);
            return;
        }
        // Straight to the response, with its length: no copy through a stream, no chunked encoding.
        ctx.res().setContentLength(body.length);
        try {
            ctx.res().getOutputStream().write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not send the answer: " + e.getMessage(), e);
        }
    }

    /** The page writer of {@code model}, made again when the model changes. */
    private PageJson pages(ReadModel model) {
        PageJson p = pages;
        if (p == null || p.model() != model) {
            p = new PageJson(model, views, json);
            pages = p;
        }
        return p;
    }

    void events(Context ctx) {
        ApiParams p = new ApiParams(ctx.queryParamMap(), Set.of("sort", "size", "cursor"));
        EventFilter filter = p.filter();
        EventSort sort = sort(p);
        int size = p.integer("size", DEFAULT_PAGE, 1, org.dyad.store.Browser.MAX_PAGE);
        Optional<String> cursor = p.get("cursor");
        answerBytes(ctx, "events", List.of(filter, sort, size, cursor), model -> {
            try {
                return pages(model).write(model.rows(filter, sort, cursor, size));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(e.getMessage());
            }
        });
    }

    private static EventSort sort(ApiParams p) {
        try {
            return p.get("sort").map(EventSort::fromName).orElse(EventSort.NEWEST);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage());
        }
    }

    void event(Context ctx) {
        new ApiParams(ctx.queryParamMap(), Set.of());
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("event id '" + raw + "' is not a number");
        }
        answer(ctx, "event", List.of(id), model -> views.event(store.browse(b -> b.event(id))
                .orElseThrow(() -> ApiException.notFound("no event " + id + " in this store"))));
    }

    void article(Context ctx) {
        new ApiParams(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        answer(ctx, "article", List.of(id), model -> views.article(store.browse(b -> b.article(id))
                .orElseThrow(() -> ApiException.notFound("no article '" + id + "' in this store"))));
    }

    /** Counts and Goldstein sums per period between two actors: source and target are required. */
    void dyads(Context ctx) {
        ApiParams p = new ApiParams(ctx.queryParamMap(), Set.of("interval"));
        p.required("source", "CHN");
        p.required("target", "RUS");
        series(ctx, p);
    }

    /** The same series over any filter: the dashboard's timeline. */
    void timeline(Context ctx) {
        series(ctx, new ApiParams(ctx.queryParamMap(), Set.of("interval")));
    }

    private void series(Context ctx, ApiParams p) {
        EventFilter filter = p.filter();
        Interval interval;
        try {
            interval = p.get("interval").map(Interval::fromName).orElse(Interval.DAY);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage());
        }
        answer(ctx, "series", List.of(filter, interval), model -> {
            ObjectNode out = views.series(interval.name().toLowerCase(java.util.Locale.ROOT),
                    model.series(filter, interval));
            out.put("source", filter.source().orElse(null));
            out.put("target", filter.target().orElse(null));
            return out;
        });
    }

    void actors(Context ctx) {
        ApiParams p = new ApiParams(ctx.queryParamMap(), Set.of("limit"));
        EventFilter filter = p.filter();
        int limit = p.integer("limit", 100, 1, org.dyad.store.Browser.MAX_PAGE);
        answer(ctx, "actors", List.of(filter, limit), model -> views.actors(store.browse(b -> b.actors(filter, limit))));
    }

    void places(Context ctx) {
        EventFilter filter = new ApiParams(ctx.queryParamMap(), Set.of()).filter();
        answer(ctx, "places.geojson", List.of(filter), model -> views.places(model.places(filter)));
    }

    /** The filtered events as CSV ({@code events.csv}) or GDELT 2.0 TSV ({@code events.tsv}). */
    void export(Context ctx, boolean gdelt) {
        EventFilter filter = new ApiParams(ctx.queryParamMap(), Set.of()).filter();
        ctx.contentType(gdelt ? "text/tab-separated-values; charset=utf-8" : "text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"dyad-events." + (gdelt ? "tsv" : "csv") + "\"");
        store.browse(b -> {
            Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            long n = gdelt ? b.exportGdelt(filter, w) : b.exportCsv(filter, w);
            w.flush();
            return n;
        });
    }

    void send(Context ctx, ObjectNode body) {
        ctx.contentType("application/json");
        ctx.result(write(body));
    }

    byte[] write(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
    }

    JsonViews views() {
        return views;
    }
}
