package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Read-side queries for a dashboard or an API: pages of events with a total and a cursor, one
 * event with its evidence, time series, actors, places and articles, all aggregated in DuckDB.
 * Get one from {@link EventStore#browse()}; it shares the store's connection and thread rule.
 */
public final class Browser {
    /** The largest page. */
    public static final int MAX_PAGE = 1000;

    private static final String ROW_COLUMNS = "e.id, e.article_id, e.event_date, e.source_code, e.source_text,"
            + " e.target_code, e.target_text, e.cameo, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,"
            + " e.plover_context, e.factuality, e.confidence, e.sentence_text, NULL AS url, p.name AS place_name,"
            + " p.country AS place_country, e.incident_id";

    private final Connection conn;

    Browser(Connection conn) {
        this.conn = conn;
    }

    /**
     * The {@code size} events after {@code cursor} (from the start without one) in {@code sort}
     * order. A cursor is the {@code next} of the page before, under the same sort; it holds the
     * last event's sort key and id, so a page never repeats or skips events that were stored
     * before the first page was read.
     *
     * @throws IllegalArgumentException for a size outside 1..1000 or a cursor of another sort
     */
    public EventPage events(EventFilter filter, EventSort sort, Optional<String> cursor, int size) throws SQLException {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("page size " + size + " outside 1.." + MAX_PAGE);
        }
        Queries.Filter f = filter.sql();
        long total = count(f);
        String where = "(" + f.where() + ")";
        List<Object> params = new ArrayList<>(f.params());
        if (cursor.isPresent()) {
            Object[] after = decode(cursor.get(), sort);
            String op = sort.descending() ? "<" : ">";
            where += " AND (" + sort.key() + " " + op + " ? OR (" + sort.key() + " = ? AND id " + op + " ?))";
            params.add(after[0]);
            params.add(after[0]);
            params.add(after[1]);
        }
        String dir = sort.descending() ? " DESC" : " ASC";
        // Two steps, as Queries.query: the ids and keys of the page from the narrow columns, then
        // the rows of those ids; a join of the wide rows made DuckDB read every event.
        List<Long> ids = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        if (sort == EventSort.NEWEST) {
            // The newest days first, widening as needed (Queries.newestIds): no sort of every match.
            ids.addAll(Queries.newestIds(conn, filter.query(), new Queries.Filter(where, params), size + 1));
            keys.addAll(dates(ids));
        } else {
            try (PreparedStatement p = conn.prepareStatement("SELECT id, " + sort.key() + " FROM events WHERE " + where
                    + " ORDER BY " + sort.key() + dir + ", id" + dir + " LIMIT " + (size + 1))) {
                Queries.bind(p, params);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                        keys.add(r.getObject(2));
                    }
                }
            }
        }
        List<EventRow> rows = rows(ids.subList(0, Math.min(size, ids.size())));
        Optional<String> next = ids.size() > size
                ? Optional.of(encode(sort, keys.get(size - 1), ids.get(size - 1))) : Optional.empty();
        return new EventPage(rows, total, next);
    }

    /** How many events the filter matches. */
    public long count(EventFilter filter) throws SQLException {
        return count(filter.sql());
    }

    private long count(Queries.Filter f) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT count(*) FROM events WHERE " + f.where())) {
            Queries.bind(p, f.params());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The rows of these events, in the order of the ids. */
    private List<EventRow> rows(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (long id : ids) {
            in.append(in.length() == 0 ? "" : ", ").append(id);
        }
        String sql = "SELECT " + ROW_COLUMNS + " FROM events e"
                + " LEFT JOIN places p ON p.geonameid = e.geonameid WHERE e.id BETWEEN "
                + java.util.Collections.min(ids) + " AND " + java.util.Collections.max(ids) + " AND e.id IN (" + in + ")";
        java.util.Map<Long, EventRow> byId = new java.util.HashMap<>();
        try (java.sql.Statement st = conn.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                EventRow row = row(r);
                byId.put(row.id(), row);
            }
        }
        java.util.Map<String, String> urls = Queries.urls(conn, byId.values().stream().map(EventRow::articleId).distinct().toList());
        List<EventRow> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            EventRow e = byId.get(id);
            out.add(new EventRow(e.id(), e.articleId(), e.date(), e.sourceCode(), e.sourceText(), e.targetCode(),
                    e.targetText(), e.cameo(), e.quadClass(), e.goldstein(), e.ploverType(), e.ploverMode(),
                    e.ploverContext(), e.factuality(), e.confidence(), e.sentenceText(),
                    Optional.ofNullable(urls.get(e.articleId())), e.placeName(), e.placeCountry(), e.incidentId()));
        }
        return out;
    }

    /** The sort keys of {@link EventSort#NEWEST} for these ids, in their order. */
    private List<Object> dates(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Object> byId = new java.util.HashMap<>();
        String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        try (java.sql.Statement st = conn.createStatement(); ResultSet r = st.executeQuery("SELECT id, "
                + EventSort.NEWEST.key() + " FROM events WHERE id BETWEEN " + java.util.Collections.min(ids) + " AND "
                + java.util.Collections.max(ids) + " AND id IN (" + in + ")")) {
            while (r.next()) {
                byId.put(r.getLong(1), r.getObject(2));
            }
        }
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Every stored event, in no particular order, with the columns a read model outside the store filters on
     * (see {@link ScannedEvent}); one pass over the table. Returns how many.
     */
    public long scan(java.util.function.Consumer<ScannedEvent> sink) throws SQLException {
        // The word keys are computed again from the sentence, as ingest computed them
        // (Words.indexKeys): reading the INTEGER[] column through JDBC took most of the scan.
        String sql = "SELECT " + ROW_COLUMNS.replace("NULL AS url", "a.url AS url") + ", e.geonameid"
                + " FROM events e LEFT JOIN places p ON p.geonameid = e.geonameid"
                + " LEFT JOIN articles a ON a.id = e.article_id";
        long n = 0;
        try (java.sql.Statement st = conn.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                EventRow row = row(r);
                sink.accept(new ScannedEvent(row, optLong(r, "geonameid"), Words.indexKeys(row.sentenceText())));
                n++;
            }
        }
        return n;
    }

    /** Every place the store knows, by GeoNames id. */
    public List<EventPlace> allPlaces() throws SQLException {
        List<EventPlace> out = new ArrayList<>();
        try (java.sql.Statement st = conn.createStatement();
                ResultSet r = st.executeQuery("SELECT geonameid, name, country, admin1, lat, lon FROM places"
                        + " ORDER BY geonameid")) {
            while (r.next()) {
                out.add(new EventPlace(r.getLong(1), r.getString(2), opt(r, "country"), opt(r, "admin1"),
                        r.getDouble(5), r.getDouble(6)));
            }
        }
        return out;
    }

    /**
     * The cursor of a page that ends with the event {@code id} whose sort key is {@code key} (a
     * {@link LocalDate} for the date sorts, with undated events at {@code 0001-01-01} newest first
     * and {@code 9999-12-31} oldest first; a number otherwise): what {@link #events} returns as
     * {@code next}, for a read model that pages the same way.
     */
    public static String encodeCursor(EventSort sort, Object key, long id) {
        return encode(sort, key, id);
    }

    /**
     * The sort key and id a cursor holds (see {@link #encodeCursor}).
     *
     * @throws IllegalArgumentException for a cursor of another sort, or not made here
     */
    public static Object[] decodeCursor(String cursor, EventSort sort) {
        return decode(cursor, sort);
    }

    /**
     * What a text filter asks of an event, for a read model that filters as the store does: the
     * keys its {@code sentence_words} must all hold, and for two words or more the regular
     * expression its lower-cased sentence must match (empty for one word).
     */
    public record TextMatch(int[] keys, Optional<String> phrasePattern) {
        public TextMatch {
            keys = keys.clone();
        }

        @Override
        public int[] keys() {
            return keys.clone();
        }

        /** The match of {@code EventQuery.text}. */
        public static TextMatch of(String text) {
            return new TextMatch(WordIndex.keys(Words.hashes(text)), EventFilter.phrasePattern(text));
        }
    }

    private static String encode(EventSort sort, Object key, long id) {
        String k = key instanceof LocalDate d ? d.toString() : String.valueOf(((Number) key).doubleValue());
        String raw = sort.urlName() + "|" + k + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Object[] decode(String cursor, EventSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals(sort.urlName())) {
                throw new IllegalArgumentException("cursor '" + cursor + "' was made for another sort; take the"
                        + " next of a page of sort " + sort.urlName());
            }
            Object key = sort.key().startsWith("coalesce") ? LocalDate.parse(parts[1]) : Double.parseDouble(parts[1]);
            return new Object[] {key, Long.parseLong(parts[2])};
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cursor")) {
                throw e;
            }
            throw new IllegalArgumentException("cursor '" + cursor + "' is not one this server made; use the next"
                    + " of the page before, or no cursor for the first page", e);
        }
    }

    static EventRow row(ResultSet r) throws SQLException {
        return new EventRow(r.getLong("id"), r.getString("article_id"),
                Optional.ofNullable(r.getObject("event_date", LocalDate.class)), r.getString("source_code"),
                r.getString("source_text"), opt(r, "target_code"), opt(r, "target_text"), r.getString("cameo"),
                r.getInt("quad_class"), r.getDouble("goldstein"), opt(r, "plover_type"), opt(r, "plover_mode"),
                opt(r, "plover_context"), r.getString("factuality"), r.getDouble("confidence"),
                r.getString("sentence_text"), opt(r, "url"), opt(r, "place_name"), opt(r, "place_country"),
                r.getLong("incident_id"));
    }

    static Optional<String> opt(ResultSet r, String col) throws SQLException {
        return Optional.ofNullable(r.getString(col));
    }

    /** One event with its evidence, or empty when no event has this id. */
    public Optional<EventDetail> event(long id) throws SQLException {
        return new EventDetails(conn, this).find(id);
    }

    /** One article, or empty when none has this id. */
    public Optional<ArticleInfo> article(String id) throws SQLException {
        String sql = "SELECT a.id, a.url, a.title, a.published, a.source, a.ingested_at, a.text_chars,"
                + " d.duplicate_of FROM articles a LEFT JOIN article_duplicates d ON d.article_id = a.id WHERE a.id = ?";
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                List<Long> events = new ArrayList<>();
                try (PreparedStatement e = conn.prepareStatement(
                        "SELECT id FROM events WHERE article_id = ? ORDER BY sentence_index, id")) {
                    e.setString(1, id);
                    try (ResultSet er = e.executeQuery()) {
                        while (er.next()) {
                            events.add(er.getLong(1));
                        }
                    }
                }
                return Optional.of(new ArticleInfo(r.getString("id"), opt(r, "url"), opt(r, "title"),
                        Optional.ofNullable(r.getObject("published", LocalDate.class)), opt(r, "source"),
                        r.getObject("ingested_at", LocalDateTime.class), r.getInt("text_chars"),
                        opt(r, "duplicate_of"), events));
            }
        }
    }

    /**
     * Events and Goldstein sums per period and quad class, oldest period first; undated events are
     * left out.
     */
    public List<Period> series(EventFilter filter, Interval interval) throws SQLException {
        Queries.Filter f = filter.sql();
        String sql = "SELECT CAST(date_trunc('" + interval.sqlPart() + "', event_date) AS DATE) AS start, quad_class,"
                + " count(*) AS n, sum(goldstein) AS g FROM events WHERE event_date IS NOT NULL AND (" + f.where()
                + ") GROUP BY 1, 2 ORDER BY 1, 2";
        List<Period> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            Queries.bind(p, f.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Period(r.getObject(1, LocalDate.class), r.getInt(2), r.getLong(3), r.getDouble(4)));
                }
            }
        }
        return out;
    }

    /** The {@code limit} actors with the most matching events, as source or target. */
    public List<ActorCount> actors(EventFilter filter, int limit) throws SQLException {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("actor limit " + limit + " outside 1.." + MAX_PAGE);
        }
        Queries.Filter f = filter.sql();
        String sql = "WITH m AS (SELECT source_code, source_text, target_code, target_text FROM events WHERE "
                + f.where() + "), r AS (SELECT source_code AS code, source_text AS text, 1 AS s, 0 AS t FROM m"
                + " UNION ALL SELECT target_code, target_text, 0, 1 FROM m WHERE target_code IS NOT NULL)"
                + " SELECT code, sum(s) AS src, sum(t) AS tgt, mode(text) AS text FROM r GROUP BY code"
                + " ORDER BY src + tgt DESC, code LIMIT " + limit;
        List<ActorCount> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            Queries.bind(p, f.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ActorCount(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4)));
                }
            }
        }
        return out;
    }

    /** The places of the matching events with their counts, most events first. */
    public List<PlaceCount> places(EventFilter filter) throws SQLException {
        Queries.Filter f = filter.sql();
        String sql = "SELECT p.geonameid, p.name, p.country, p.admin1, p.lat, p.lon, count(*) AS n,"
                + " count(*) FILTER (WHERE quad_class = 0), count(*) FILTER (WHERE quad_class = 1),"
                + " count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3),"
                + " count(*) FILTER (WHERE quad_class = 4)"
                + " FROM (SELECT geonameid, quad_class FROM events WHERE geonameid IS NOT NULL AND (" + f.where()
                + ")) e JOIN places p ON p.geonameid = e.geonameid GROUP BY ALL ORDER BY n DESC, p.geonameid";
        List<PlaceCount> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            Queries.bind(p, f.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    EventPlace place = new EventPlace(r.getLong(1), r.getString(2), opt(r, "country"),
                            opt(r, "admin1"), r.getDouble(5), r.getDouble(6));
                    out.add(new PlaceCount(place, r.getLong(7), List.of(r.getLong(8), r.getLong(9), r.getLong(10),
                            r.getLong(11), r.getLong(12))));
                }
            }
        }
        return out;
    }

    /**
     * Writes the matching events as CSV with a header (the columns of {@code dyad export --format
     * csv}) and returns how many.
     */
    public long exportCsv(EventFilter filter, java.io.Writer out) throws SQLException, java.io.IOException {
        return new FilteredExport(conn).csv(filter, out);
    }

    /**
     * Writes GDELT 2.0 event rows (tab-separated, no header) for the incidents that hold a matching
     * event, as {@code dyad export --format gdelt} does for all, and returns how many.
     */
    public long exportGdelt(EventFilter filter, java.io.Writer out) throws SQLException, java.io.IOException {
        return new FilteredExport(conn).gdelt(filter, out);
    }

    static OptionalLong optLong(ResultSet r, String col) throws SQLException {
        long v = r.getLong(col);
        return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }
}
