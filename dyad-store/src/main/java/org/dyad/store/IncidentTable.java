package org.dyad.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The {@code incidents} table as the writer uses it: reads a span of days with the key of their
 * first event and the counts of their stored events, adds new incidents with their counts, writes the counts of incidents that new
 * events joined, and recounts incidents that lost events from their events.
 */
final class IncidentTable implements OpenIncidents.Loader {
    private final Connection conn;
    private final DuckDBConnection duck;

    IncidentTable(Connection conn) throws SQLException {
        this.conn = conn;
        this.duck = conn.unwrap(DuckDBConnection.class);
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id BIGINT)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS incident_counts (id BIGINT, num_events INTEGER,"
                    + " num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_date DATE,"
                    + " last_date DATE)");
        }
    }

    /** The statement that empties this table's scratch tables at the start of a batch. */
    static String clearScratch() {
        return "DELETE FROM touched; DELETE FROM incident_counts";
    }

    @Override
    public Optional<Long> latestAnchorDay() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT max(anchor_date) FROM incidents")) {
            r.next();
            LocalDate d = r.getObject(1, LocalDate.class);
            return d == null ? Optional.empty() : Optional.of(d.toEpochDay());
        }
    }

    /**
     * The key is the first event's; counts come from the events, not the row: in a batch that
     * replaces articles, the rows of the incidents that lost events are recounted only at its end.
     * An incident that has lost all its events there has no key and is left out: it is dropped at
     * the end of the batch, and an event of its key opens a new one.
     */
    @Override
    public List<Incident> anchoredBetween(long firstDay, long lastDay) throws SQLException {
        String sql = "WITH i AS (SELECT id, anchor_date, first_event_id FROM incidents WHERE anchor_date BETWEEN ? AND ?),"
                + " c AS (SELECT e.incident_id, count(*) AS n, sum(e.mention_count) AS m,"
                + " count(DISTINCT e.article_id) AS na, list(DISTINCT ar.source) FILTER (ar.source IS NOT NULL) AS outlets,"
                + " min(e.event_date) AS fd, max(e.event_date) AS ld, min(e.id) AS fe"
                + " FROM events e JOIN articles ar ON ar.id = e.article_id"
                // No event of an incident precedes its first: the bound lets DuckDB skip older row groups.
                + " WHERE e.id >= (SELECT min(first_event_id) FROM i) AND e.incident_id IN (SELECT id FROM i)"
                + " GROUP BY e.incident_id)"
                + " SELECT i.id, f.source_code, f.target_code, f.cameo, f.geonameid, i.anchor_date, c.fe, c.n, c.m,"
                + " c.na, c.outlets, c.fd, c.ld FROM i JOIN c ON c.incident_id = i.id JOIN events f ON f.id = c.fe";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, LocalDate.ofEpochDay(firstDay));
            ps.setObject(2, LocalDate.ofEpochDay(lastDay));
            List<Incident> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String target = r.getString(3);
                    long place = r.getLong(5);
                    IncidentKey key = new IncidentKey(r.getString(2), target == null ? "" : target, r.getString(4),
                            r.wasNull() ? 0 : place);
                    Array outlets = r.getArray(11);
                    List<String> names = outlets == null ? List.of()
                            : Arrays.stream((Object[]) outlets.getArray()).map(String.class::cast).toList();
                    out.add(Incident.stored(r.getLong(1), key, r.getObject(6, LocalDate.class), r.getLong(7),
                            r.getInt(8), r.getInt(9), r.getInt(10), names, r.getObject(12, LocalDate.class),
                            r.getObject(13, LocalDate.class)));
                }
            }
            return out;
        }
    }

    /** Appends the batch's new incidents with their counts. */
    void add(List<Incident> created) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (DuckDBAppender in = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "incidents")) {
            for (Incident n : created) {
                in.beginRow().append(n.id);
                date(in, n.anchor);
                date(in, n.first);
                date(in, n.last);
                in.append(n.firstEventId).append(n.events).append(n.mentions).append(n.articles)
                        .append(n.sourceCount()).endRow();
            }
        }
    }

    /**
     * Writes the counts of stored incidents that new events joined. Their first event stays: the
     * new events have higher ids.
     */
    void updateCounts(Collection<Incident> joined) throws SQLException {
        if (joined.isEmpty()) {
            return;
        }
        try (DuckDBAppender ap = duck.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "incident_counts")) {
            for (Incident i : joined) {
                ap.beginRow().append(i.id).append(i.events).append(i.mentions).append(i.articles)
                        .append(i.sourceCount());
                date(ap, i.first);
                date(ap, i.last);
                ap.endRow();
            }
        }
        try (Statement s = conn.createStatement()) {
            s.execute("UPDATE incidents SET num_events = c.num_events, num_mentions = c.num_mentions,"
                    + " num_articles = c.num_articles, num_sources = c.num_sources, first_date = c.first_date,"
                    + " last_date = c.last_date FROM incident_counts c WHERE incidents.id = c.id");
        }
    }

    /** Recounts the incidents noted in {@code touched} from their events; drops those left without any. */
    void recountTouched() throws SQLException {
        try (Statement s = conn.createStatement()) {
            String touchedEvents = " WHERE e.id >= (SELECT min(first_event_id) FROM incidents"
                    + " WHERE id IN (SELECT id FROM touched)) AND e.incident_id IN (SELECT id FROM touched)";
            s.execute("UPDATE incidents SET num_events = a.n, num_mentions = a.m, num_articles = a.na,"
                    + " num_sources = a.ns, first_date = a.fd, last_date = a.ld, first_event_id = a.fe"
                    + " FROM (SELECT e.incident_id, count(*) AS n, sum(e.mention_count) AS m,"
                    + " count(DISTINCT e.article_id) AS na, count(DISTINCT ar.source) AS ns,"
                    + " min(e.event_date) AS fd, max(e.event_date) AS ld, min(e.id) AS fe"
                    + " FROM events e JOIN articles ar ON ar.id = e.article_id" + touchedEvents
                    + " GROUP BY e.incident_id) a WHERE incidents.id = a.incident_id");
            s.execute("DELETE FROM incidents WHERE id IN (SELECT id FROM touched)"
                    + " AND id NOT IN (SELECT e.incident_id FROM events e" + touchedEvents + ")");
        }
    }

    private static void date(DuckDBAppender ap, LocalDate d) throws SQLException {
        if (d == null) {
            ap.appendNull();
        } else {
            ap.append(d);
        }
    }
}
