package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL behind {@link EventStore#query} and {@link EventStore#summary}. */
final class Queries {
    private Queries() {}

    /** A WHERE clause over {@code events} and its parameters, in order. */
    record Filter(String where, List<Object> params) {}

    static Filter filter(EventQuery q) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        q.actor().ifPresent(a -> {
            terms.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
            params.add(a);
            params.add(a);
        });
        if (q.dyadSource().isPresent() && q.dyadTarget().isPresent()) {
            terms.add("starts_with(source_code, ?) AND starts_with(target_code, ?)");
            params.add(q.dyadSource().get());
            params.add(q.dyadTarget().get());
        }
        q.cameo().ifPresent(c -> {
            terms.add("cameo = ?");
            params.add(c);
        });
        q.cameoRoot().ifPresent(c -> {
            terms.add("cameo_root = ?");
            params.add(c);
        });
        q.ploverType().ifPresent(t -> {
            terms.add("plover_type = ?");
            params.add(t.name());
        });
        q.country().ifPresent(c -> {
            terms.add("(source_country = ? OR target_country = ?)");
            params.add(c);
            params.add(c);
        });
        q.from().ifPresent(d -> {
            terms.add("event_date >= ?");
            params.add(d);
        });
        q.to().ifPresent(d -> {
            terms.add("event_date <= ?");
            params.add(d);
        });
        if (q.minConfidence() > 0) {
            terms.add("confidence >= ?");
            params.add(q.minConfidence());
        }
        q.text().ifPresent(t -> terms.add(WordIndex.condition(Words.hashes(t))));
        return new Filter(terms.isEmpty() ? "TRUE" : String.join(" AND ", terms), params);
    }

    /**
     * Two steps: the filter picks the newest ids reading only the filtered and ordering columns;
     * then the full rows of those ids are fetched, the id range letting DuckDB skip row groups.
     * One query doing both made DuckDB carry every wide column through the sort. A text query's
     * rows are then checked against their sentences ({@link Words#containsPhrase}); when some fail,
     * the search goes on with more ids.
     */
    static QueryResult query(Connection c, EventQuery q) throws SQLException {
        Filter f = filter(q);
        Optional<long[]> phrase = q.text().map(Words::hashes);
        int fetch = q.limit() + 1;
        while (true) {
            List<Long> ids = newestIds(c, q, f, fetch);
            Map<Long, EventRow> byId = rows(c, ids);
            List<EventRow> kept = new ArrayList<>(ids.size());
            for (long id : ids) {
                EventRow e = byId.get(id);
                if (phrase.isEmpty() || Words.containsPhrase(e.sentenceText(), phrase.get())) {
                    kept.add(e);
                }
            }
            if (kept.size() > q.limit() || ids.size() < fetch) {
                boolean truncated = kept.size() > q.limit();
                return new QueryResult(List.copyOf(truncated ? kept.subList(0, q.limit()) : kept), truncated);
            }
            fetch *= 4;
        }
    }

    /** Days in the first window of {@link #newestIds}. */
    static final int FIRST_WINDOW_DAYS = 8;

    /**
     * The ids of the {@code fetch} newest matching events. Sorting every match costs more than
     * finding it when a filter matches much of the store, so the newest days are searched first:
     * a window that holds {@code fetch} matches holds the answer, since every event outside it is
     * older (or undated, and those sort last). A window with too few matches is widened as far as
     * their density suggests; one with none, or one reaching the oldest date, gives way to the
     * whole store. DuckDB skips the row groups outside a window when events arrive roughly in date
     * order, and tests the filter only on the window's rows otherwise.
     */
    static List<Long> newestIds(Connection c, EventQuery q, Filter f, int fetch) throws SQLException {
        LocalDate oldest;
        LocalDate newest;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT min(event_date), max(event_date) FROM events")) {
            r.next();
            oldest = r.getObject(1, LocalDate.class);
            newest = r.getObject(2, LocalDate.class);
        }
        if (newest != null && q.to().isPresent() && q.to().get().isBefore(newest)) {
            newest = q.to().get();
        }
        long days = FIRST_WINDOW_DAYS;
        while (newest != null) {
            LocalDate cutoff = newest.minusDays(days - 1);
            if (!cutoff.isAfter(oldest) || (q.from().isPresent() && !cutoff.isAfter(q.from().get()))) {
                break; // the window would hold every date the query can match
            }
            List<Object> params = new ArrayList<>(f.params());
            params.add(cutoff);
            List<Long> ids = ids(c, f.where() + " AND event_date >= ?", params, fetch);
            if (ids.size() == fetch) {
                return ids;
            }
            if (ids.isEmpty()) {
                break;
            }
            days = Math.min(1L << 40, days * Math.max(8, 2L * fetch / ids.size()));
        }
        return ids(c, f.where(), f.params(), fetch);
    }

    private static List<Long> ids(Connection c, String where, List<Object> params, int fetch) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM events WHERE " + where
                + " ORDER BY event_date DESC NULLS LAST, id DESC LIMIT " + fetch)) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The rows of these events, with their article's URL. */
    private static Map<Long, EventRow> rows(Connection c, List<Long> ids) throws SQLException {
        Map<Long, EventRow> byId = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        StringBuilder in = new StringBuilder();
        for (long id : ids) {
            in.append(in.length() == 0 ? "" : ", ").append(id);
        }
        String sql = "SELECT e.id, e.article_id, e.event_date, e.source_code, e.source_text, e.target_code,"
                + " e.target_text, e.cameo, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.plover_context,"
                + " e.factuality, e.confidence, e.sentence_text, e.incident_id, p.name, p.country"
                + " FROM events e LEFT JOIN places p ON p.geonameid = e.geonameid"
                + " WHERE e.id BETWEEN " + java.util.Collections.min(ids) + " AND " + java.util.Collections.max(ids)
                + " AND e.id IN (" + in + ")";
        List<EventRow> found = new ArrayList<>(ids.size());
        try (java.sql.Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                found.add(new EventRow(r.getLong("id"), r.getString("article_id"),
                        Optional.ofNullable(r.getObject("event_date", LocalDate.class)), r.getString("source_code"),
                        r.getString("source_text"), opt(r, "target_code"), opt(r, "target_text"),
                        r.getString("cameo"), r.getInt("quad_class"), r.getDouble("goldstein"),
                        opt(r, "plover_type"), opt(r, "plover_mode"), opt(r, "plover_context"),
                        r.getString("factuality"), r.getDouble("confidence"), r.getString("sentence_text"),
                        Optional.empty(), opt(r, "name"), opt(r, "country"), r.getLong("incident_id")));
            }
        }
        Map<String, String> urls = urls(c, found.stream().map(EventRow::articleId).distinct().toList());
        for (EventRow e : found) {
            byId.put(e.id(), new EventRow(e.id(), e.articleId(), e.date(), e.sourceCode(), e.sourceText(),
                    e.targetCode(), e.targetText(), e.cameo(), e.quadClass(), e.goldstein(), e.ploverType(),
                    e.ploverMode(), e.ploverContext(), e.factuality(), e.confidence(), e.sentenceText(),
                    Optional.ofNullable(urls.get(e.articleId())), e.placeName(), e.placeCountry(), e.incidentId()));
        }
        return byId;
    }

    /** The URLs of these articles, by id; a look-up by key, not a join that reads every article. */
    static Map<String, String> urls(Connection c, List<String> articles) throws SQLException {
        Map<String, String> urls = new java.util.HashMap<>();
        if (articles.isEmpty()) {
            return urls;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id, url FROM articles WHERE id IN ("
                + String.join(", ", java.util.Collections.nCopies(articles.size(), "?")) + ")")) {
            for (int i = 0; i < articles.size(); i++) {
                p.setString(i + 1, articles.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    urls.put(r.getString(1), r.getString(2));
                }
            }
        }
        return urls;
    }

    static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
    }

    private static Optional<String> opt(ResultSet r, String col) throws SQLException {
        return Optional.ofNullable(r.getString(col));
    }

    static Summary summary(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long articles = scalar(s, "SELECT count(*) FROM articles");
            long events = scalar(s, "SELECT count(*) FROM events");
            long incidents = scalar(s, "SELECT count(*) FROM incidents");
            long dups = scalar(s, "SELECT count(*) FROM article_duplicates");
            Map<String, Long> byType = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT coalesce(plover_type, '" + Summary.NO_PLOVER_TYPE + "'),"
                    + " count(*) n FROM events GROUP BY 1 ORDER BY n DESC, 1")) {
                while (r.next()) {
                    byType.put(r.getString(1), r.getLong(2));
                }
            }
            // A dyad is two parties: events without a target count by type, not here.
            List<Summary.Count> dyads = counts(s, "SELECT source_code || '->' || target_code, count(*) n"
                    + " FROM events WHERE target_code IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10");
            List<Summary.Count> places = counts(s, "SELECT p.name || coalesce(' (' || p.country || ')', ''),"
                    + " count(*) n FROM events e JOIN places p ON p.geonameid = e.geonameid GROUP BY 1"
                    + " ORDER BY n DESC, 1 LIMIT 10");
            return new Summary(articles, events, incidents, dups, byType, dyads, places);
        }
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Summary.Count> counts(Statement s, String sql) throws SQLException {
        List<Summary.Count> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(new Summary.Count(r.getString(1), r.getLong(2)));
            }
        }
        return out;
    }
}
