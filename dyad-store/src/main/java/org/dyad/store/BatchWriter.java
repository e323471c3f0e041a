package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.PlaceMention;

/**
 * Writes batches of articles in one transaction: articles, MinHash bands and duplicate links
 * ({@link DuplicateLinker}), places, events, actors, mentions, and incidents with their totals
 * ({@link EventWriter}). The incidents new events may
 * join are kept in memory ({@link OpenIncidents}): this writer holds the file alone.
 */
final class BatchWriter {
    /** Estimated Jaccard similarity of word 3-shingles at or above which two articles are linked. */
    static final double DUPLICATE_THRESHOLD = 0.6;
    /**
     * Near-duplicates are looked for among articles dated at most this many days apart (the
     * publication date, else the day the article was stored). Bounding the search keeps its cost
     * flat as the store grows: DuckDB's zone maps skip the older band rows.
     */
    static final int DUPLICATE_WINDOW_DAYS = 7;
    static final int IN_CHUNK = 1000;
    /**
     * About how many dated incidents the writer keeps in memory for new events to join (a few
     * hundred bytes each); whole days are dropped, least recently needed first, beyond it.
     */
    static final int OPEN_INCIDENTS_HELD = 200_000;
    /**
     * DuckDB settings of a writing store. Fold the write-ahead log into the file rarely: every
     * checkpoint rewrites the tables' last row groups, which dominated ingest time at DuckDB's
     * 16 MB default.
     */
    static final List<String> WRITE_SETTINGS = List.of("SET checkpoint_threshold = '1GB'");

    private final Connection conn;
    private final DuckDBConnection duck;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Integer> provenanceIds = new HashMap<>();
    /** Places this writer has stored or found stored: the common case needs no INSERT at all. */
    private final Set<Long> storedPlaces = new HashSet<>();
    private final IncidentTable incidents;
    /** The incidents that new events may join; the writer holds the file alone, so it can keep them. */
    private final OpenIncidents open;
    private final DuplicateLinker duplicates;
    private final EventWriter events;
    private long nextSeq;
    private int nextProvenanceId;
    /** The provenance of the last article and its id: the common case needs no fingerprint. */
    private CodingProvenance lastProvenance;
    private int lastProvenanceId;

    BatchWriter(Connection conn) throws SQLException {
        this.conn = conn;
        this.duck = conn.unwrap(DuckDBConnection.class);
        try (Statement s = conn.createStatement()) {
            for (String setting : WRITE_SETTINGS) {
                s.execute(setting);
            }
            s.execute("CREATE TEMP TABLE IF NOT EXISTS batch_ids (id VARCHAR)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS batch_bands (article_id VARCHAR, buckets BIGINT[" + MinHash.BANDS
                    + "])");
        }
        this.incidents = new IncidentTable(conn);
        this.open = new OpenIncidents(incidents, OPEN_INCIDENTS_HELD);
        this.duplicates = new DuplicateLinker(conn, duck);
        this.events = new EventWriter(duck, incidents, open);
        conn.commit();
        loadCounters();
    }

    private void loadCounters() throws SQLException {
        try (Statement s = conn.createStatement()) {
            nextSeq = one(s, "SELECT coalesce(max(seq), 0) + 1 FROM articles");
            events.resume(one(s, "SELECT coalesce(max(id), 0) + 1 FROM events"),
                    one(s, "SELECT coalesce(max(id), 0) + 1 FROM incidents"));
            nextProvenanceId = (int) one(s, "SELECT coalesce(max(id), 0) + 1 FROM provenance");
            provenanceIds.clear();
            lastProvenance = null;
            storedPlaces.clear();
            try (ResultSet r = s.executeQuery("SELECT fingerprint, id FROM provenance")) {
                while (r.next()) {
                    provenanceIds.put(r.getString(1), r.getInt(2));
                }
            }
        }
        conn.commit();
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Writes the batch in one transaction. The JDBC driver opens a transaction at the first
     * statement and DuckDB's appenders only join an open one (otherwise they commit on their own),
     * so every batch starts by emptying the scratch tables before any append.
     */
    List<IngestResult> write(List<IngestItem> items) throws SQLException {
        try {
            List<IngestResult> out = writeInTransaction(items);
            conn.commit();
            open.trim();
            return out;
        } catch (SQLException | RuntimeException e) {
            open.clear(); // it may hold incidents, and counts, of the batch rolled back
            try {
                conn.rollback();
            } finally {
                loadCounters();
            }
            throw e;
        }
    }

    private List<IngestResult> writeInTransaction(List<IngestItem> items) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        // 1. Which ids are known, and with which content?
        Map<String, String> hashes = new LinkedHashMap<>();
        for (IngestItem it : items) {
            String h = EventStore.contentHash(it.article());
            String before = hashes.putIfAbsent(it.article().id(), h);
            if (before != null && !before.equals(h)) {
                throw new IllegalArgumentException("article " + it.article().id()
                        + " appears twice in one batch with different text; store the versions in separate calls");
            }
        }
        clearScratch();
        Map<String, String> stored = storedHashes(hashes.keySet());

        List<IngestResult> results = new ArrayList<>(items.size());
        List<PendingArticle> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> replacedIds = new ArrayList<>();
        for (IngestItem it : items) {
            String id = it.article().id();
            String h = hashes.get(id);
            if (!seen.add(id) || h.equals(stored.get(id))) {
                results.add(IngestResult.alreadyStored(id));
                continue;
            }
            PendingArticle p = new PendingArticle(it, h, nextSeq++, ldt(now).toLocalDate());
            p.replaced = stored.containsKey(id);
            if (p.replaced) {
                replacedIds.add(id);
            }
            pending.add(p);
            results.add(null);
        }
        if (pending.isEmpty()) {
            return results;
        }
        if (!replacedIds.isEmpty()) {
            deleteArticles(replacedIds);
            open.clear(); // the incidents that lost events are read again, counted from their events
        }
        for (PendingArticle p : pending) {
            p.provenanceId = provenanceId(p.item.provenance(), now);
        }
        duplicates.link(pending, now);
        writeArticles(pending, now);
        writePlaces(pending);
        events.write(pending);
        writePlaceMentions(pending);
        if (!replacedIds.isEmpty()) {
            incidents.recountTouched();
            open.clear(); // some incidents may be gone, and counts are in the rows only
        }

        int k = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                PendingArticle p = pending.get(k++);
                results.set(i, new IngestResult(p.id(),
                        p.replaced ? IngestResult.Status.REPLACED : IngestResult.Status.STORED,
                        p.item.events().size(), p.newIncidents, p.joinedIncidents.size(), p.duplicateOf));
            }
        }
        return results;
    }

    private void clearScratch() throws SQLException {
        try (Statement s = conn.createStatement()) {
            // One call for the four: a third cheaper than four round trips.
            s.execute("DELETE FROM batch_ids; DELETE FROM batch_bands; " + IncidentTable.clearScratch());
        }
    }

    /**
     * The content hash of each id of the batch that is stored. The ids go through a scratch table:
     * on 50,000 stored articles that took a fifth of the time of a thousand-value {@code IN} list.
     */
    private Map<String, String> storedHashes(Set<String> ids) throws SQLException {
        try (DuckDBAppender ap = duck.createAppender("temp", "main", "batch_ids")) {
            for (String id : ids) {
                ap.beginRow().append(id).endRow();
            }
        }
        Map<String, String> out = new HashMap<>();
        try (Statement s = conn.createStatement();
                ResultSet r = s.executeQuery("SELECT id, content_hash FROM articles WHERE id IN (SELECT id FROM batch_ids)")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    /** Removes old versions of re-submitted articles; their incidents are recounted later. */
    private void deleteArticles(List<String> ids) throws SQLException {
        String in = "(" + marks(ids.size()) + ")";
        String events = "SELECT id FROM events WHERE article_id IN " + in;
        String[] sql = {
            "INSERT INTO touched SELECT DISTINCT incident_id FROM events WHERE article_id IN " + in,
            "DELETE FROM mentions WHERE event_id IN (" + events + ")",
            "DELETE FROM events WHERE article_id IN " + in,
            "DELETE FROM place_mentions WHERE article_id IN " + in,
            "DELETE FROM article_duplicates WHERE article_id IN " + in,
            "DELETE FROM articles WHERE id IN " + in,
        };
        for (String q : sql) {
            try (PreparedStatement p = conn.prepareStatement(q)) {
                for (int i = 0; i < ids.size(); i++) {
                    p.setString(i + 1, ids.get(i));
                }
                p.executeUpdate();
            }
        }
    }

    private int provenanceId(CodingProvenance prov, Timestamp now) throws SQLException {
        if (prov == lastProvenance) { // a bulk import codes every article alike; skip the fingerprint's hashing
            return lastProvenanceId;
        }
        int id = provenanceIdByFingerprint(prov, now);
        lastProvenance = prov;
        lastProvenanceId = id;
        return id;
    }

    private int provenanceIdByFingerprint(CodingProvenance prov, Timestamp now) throws SQLException {
        String fp = prov.fingerprint();
        Integer id = provenanceIds.get(fp);
        if (id != null) {
            return id;
        }
        int newId = nextProvenanceId++;
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO provenance VALUES (?, ?, ?, ?, ?)")) {
            p.setInt(1, newId);
            p.setString(2, fp);
            p.setString(3, prov.dyadVersion());
            p.setString(4, json.writeValueAsString(new TreeMap<>(prov.dictionaryHashes())));
            p.setTimestamp(5, now);
            p.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode dictionary hashes", e);
        }
        provenanceIds.put(fp, newId);
        return newId;
    }

    private void writeArticles(List<PendingArticle> pending, Timestamp now) throws SQLException {
        try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            for (PendingArticle p : pending) {
                Article a = p.item.article();
                ap.beginRow().append(a.id()).append(p.seq);
                str(ap, a.url());
                str(ap, a.title());
                if (a.published().isPresent()) {
                    ap.append(a.published().get());
                } else {
                    ap.appendNull();
                }
                str(ap, p.item.source());
                ap.append(p.hash).append(a.text().length());
                if (p.signature == null) {
                    ap.appendNull().append(ldt(now)).appendNull().appendNull().appendNull();
                } else {
                    ap.append(p.signature).append(ldt(now)).append(MinHash.SCHEME).append(p.day).append(p.bands);
                }
                ap.endRow();
            }
        }
    }

    private void writePlaces(List<PendingArticle> pending) throws SQLException {
        Map<Long, EventPlace> places = new LinkedHashMap<>();
        for (PendingArticle p : pending) {
            for (EventFacts f : p.item.events()) {
                f.place().filter(pl -> !storedPlaces.contains(pl.geonameId()))
                        .ifPresent(pl -> places.putIfAbsent(pl.geonameId(), pl));
            }
            for (PlaceMention m : p.item.places()) {
                if (!storedPlaces.contains(m.place().geonameid())) {
                    places.putIfAbsent(m.place().geonameid(), EventPlace.of(m.place()));
                }
            }
        }
        if (places.isEmpty()) {
            return;
        }
        storedPlaces.addAll(places.keySet());
        try (PreparedStatement ps = conn.prepareStatement("INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?)")) {
            for (EventPlace pl : places.values()) {
                ps.setLong(1, pl.geonameId());
                ps.setString(2, pl.name());
                ps.setString(3, pl.countryCode().orElse(null));
                ps.setString(4, pl.admin1().orElse(null));
                ps.setDouble(5, pl.lat());
                ps.setDouble(6, pl.lon());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The articles' place mentions, with their kind, after their places are stored. */
    private void writePlaceMentions(List<PendingArticle> pending) throws SQLException {
        try (LazyAppender ap = new LazyAppender(duck, null, "place_mentions")) {
            for (PendingArticle p : pending) {
                for (PlaceMention m : p.item.places()) {
                    PlaceMentionRows.append(ap.beginRow(), p.id(), m).endRow();
                }
            }
        }
    }

    static void str(DuckDBAppender ap, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            ap.append(v.get());
        } else {
            ap.appendNull();
        }
    }

    static LocalDateTime ldt(Timestamp t) {
        return LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC);
    }

    static int[] ints(java.sql.Array a) throws SQLException {
        Object[] values = (Object[]) a.getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).intValue();
        }
        return out;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
