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
        q.text().ifPresent(t -> {
            terms.add("contains(lower(sentence_text), ?)");
            params.add(t.toLowerCase(java.util.Locale.ROOT));
        });
        return new Filter(terms.isEmpty() ? "TRUE" : String.join(" AND ", terms), params);
    }

    static QueryResult query(Connection c, EventQuery q) throws SQLException {
        Filter f = filter(q);
        String sql = "WITH hit AS (SELECT id, article_id, event_date, source_code, source_text, target_code,"
                + " target_text, cameo, quad_class, goldstein, plover_type, plover_mode, plover_context, factuality,"
                + " confidence, sentence_text, geonameid, incident_id FROM events WHERE " + f.where()
                + " ORDER BY event_date DESC NULLS LAST, id DESC LIMIT " + (q.limit() + 1) + ")"
                + " SELECT hit.*, a.url, p.name, p.country FROM hit JOIN articles a ON a.id = hit.article_id"
                + " LEFT JOIN places p ON p.geonameid = hit.geonameid"
                + " ORDER BY hit.event_date DESC NULLS LAST, hit.id DESC";
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, f.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new EventRow(r.getLong("id"), r.getString("article_id"),
                            Optional.ofNullable(r.getObject("event_date", LocalDate.class)), r.getString("source_code"),
                            r.getString("source_text"), opt(r, "target_code"), opt(r, "target_text"),
                            r.getString("cameo"), r.getInt("quad_class"), r.getDouble("goldstein"),
                            r.getString("plover_type"), opt(r, "plover_mode"), opt(r, "plover_context"),
                            r.getString("factuality"), r.getDouble("confidence"), r.getString("sentence_text"),
                            opt(r, "url"), opt(r, "name"), opt(r, "country"), r.getLong("incident_id")));
                }
            }
        }
        boolean truncated = rows.size() > q.limit();
        return new QueryResult(truncated ? rows.subList(0, q.limit()) : rows, truncated);
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
            try (ResultSet r = s.executeQuery("SELECT plover_type, count(*) n FROM events GROUP BY 1"
                    + " ORDER BY n DESC, plover_type")) {
                while (r.next()) {
                    byType.put(r.getString(1), r.getLong(2));
                }
            }
            List<Summary.Count> dyads = counts(s, "SELECT source_code || '->' || coalesce(target_code, '-'), count(*) n"
                    + " FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10");
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
