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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.Plover;
import org.dyad.core.text.Span;

/**
 * Writes batches of articles in one transaction: articles, MinHash bands and duplicate links,
 * places, events, actors, mentions, and incidents with their totals. The incidents new events may
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
    private long nextSeq;
    private long nextEventId;
    private long nextIncidentId;
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
        conn.commit();
        loadCounters();
    }

    private void loadCounters() throws SQLException {
        try (Statement s = conn.createStatement()) {
            nextSeq = one(s, "SELECT coalesce(max(seq), 0) + 1 FROM articles");
            nextEventId = one(s, "SELECT coalesce(max(id), 0) + 1 FROM events");
            nextIncidentId = one(s, "SELECT coalesce(max(id), 0) + 1 FROM incidents");
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

    /**
     * An appender that opens at its first row. Opening one costs about a tenth of a millisecond,
     * and most batches write nothing to some tables (duplicate links, mentions, touched incidents).
     */
    static final class LazyAppender implements AutoCloseable {
        private final DuckDBConnection duck;
        /** The catalog, or null for the store's own: {@code "temp"} for scratch tables. */
        private final String catalog;
        private final String table;
        private DuckDBAppender appender;

        LazyAppender(DuckDBConnection duck, String catalog, String table) {
            this.duck = duck;
            this.catalog = catalog;
            this.table = table;
        }

        DuckDBAppender beginRow() throws SQLException {
            if (appender == null) {
                appender = catalog == null ? duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)
                        : duck.createAppender(catalog, DuckDBConnection.DEFAULT_SCHEMA, table);
            }
            return appender.beginRow();
        }

        @Override
        public void close() throws SQLException {
            if (appender != null) {
                appender.close();
            }
        }
    }

    /** One article to be written, with its computed fields. */
    static final class Pending {
        final IngestItem item;
        final String hash;
        /** The words of the text with their offsets; null for a text that needs the general path. */
        final Words.Located words;
        /** MinHash signature and its LSH band buckets; null for a text without words. */
        final int[] signature;
        final long[] bands;
        final long seq;
        int provenanceId;
        Optional<IngestResult.DuplicateLink> duplicateOf = Optional.empty();
        String duplicateRoot;
        int newIncidents;
        /** Incidents stored before, or opened by earlier articles of the batch, that this one joined. */
        final Set<Long> joinedIncidents = new HashSet<>();
        boolean replaced;

        final LocalDate day;

        Pending(IngestItem item, String hash, long seq, LocalDate today) {
            this.item = item;
            this.hash = hash;
            this.words = Words.located(item.article().text());
            this.signature = words != null ? MinHash.signature(words.hashes())
                    : MinHash.signature(item.article().text());
            this.bands = signature == null ? null : MinHash.bands(signature);
            this.seq = seq;
            this.day = item.article().published().orElse(today);
        }

        boolean near(LocalDate other) {
            return Math.abs(ChronoUnit.DAYS.between(day, other)) <= DUPLICATE_WINDOW_DAYS;
        }

        String id() {
            return item.article().id();
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
        List<Pending> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> replacedIds = new ArrayList<>();
        for (IngestItem it : items) {
            String id = it.article().id();
            String h = hashes.get(id);
            if (!seen.add(id) || h.equals(stored.get(id))) {
                results.add(IngestResult.alreadyStored(id));
                continue;
            }
            Pending p = new Pending(it, h, nextSeq++, ldt(now).toLocalDate());
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
        for (Pending p : pending) {
            p.provenanceId = provenanceId(p.item.provenance(), now);
        }
        duplicates.link(pending, now);
        writeArticles(pending, now);
        writePlaces(pending);
        writeEvents(pending);
        writePlaceMentions(pending);
        if (!replacedIds.isEmpty()) {
            incidents.recountTouched();
            open.clear(); // some incidents may be gone, and counts are in the rows only
        }

        int k = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                Pending p = pending.get(k++);
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

    private void writeArticles(List<Pending> pending, Timestamp now) throws SQLException {
        try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            for (Pending p : pending) {
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

    private void writePlaces(List<Pending> pending) throws SQLException {
        Map<Long, EventPlace> places = new LinkedHashMap<>();
        for (Pending p : pending) {
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
    private void writePlaceMentions(List<Pending> pending) throws SQLException {
        try (LazyAppender ap = new LazyAppender(duck, null, "place_mentions")) {
            for (Pending p : pending) {
                for (PlaceMention m : p.item.places()) {
                    PlaceMentionRows.append(ap.beginRow(), p.id(), m).endRow();
                }
            }
        }
    }

    static Optional<LocalDate> eventDate(IngestItem item, EventFacts f) {
        return f.date().isPresent() ? f.date() : item.article().published();
    }

    /** An event of the batch with its incident key and date, each computed once. */
    private record BatchEvent(Pending article, EventFacts facts, IncidentKey key, LocalDate date) {}

    /**
     * Assigns incidents, then appends events, actors, mentions and new incidents, and writes the
     * counts of the stored incidents that events joined.
     */
    private void writeEvents(List<Pending> pending) throws SQLException {
        List<BatchEvent> events = new ArrayList<>();
        Set<Long> days = new HashSet<>();
        LocalDate lastDate = null;
        for (Pending p : pending) {
            for (EventFacts f : p.item.events()) {
                LocalDate date = eventDate(p.item, f).orElse(null);
                events.add(new BatchEvent(p, f, IncidentKey.of(f), date));
                if (date != null && !date.equals(lastDate)) { // most events share their neighbour's date
                    days.add(date.toEpochDay());
                    lastDate = date;
                }
            }
        }
        open.require(days);
        Set<Incident> joinedStored = new LinkedHashSet<>();
        List<Incident> created = new ArrayList<>();
        long firstCreated = nextIncidentId; // incidents numbered below have a row already
        try (DuckDBAppender ev = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
                LazyAppender me = new LazyAppender(duck, null, "mentions")) {
            Pending current = null;
            // Events of one sentence follow each other: its word-index keys are computed once.
            String sentence = null;
            int[] sentenceKeys = null;
            for (BatchEvent b : events) {
                Pending p = b.article();
                Event e = b.facts().event();
                if (p != current) {
                    requireDistinctEventIds(p);
                    current = p;
                }
                long id = nextEventId++;
                Incident incident = b.date() == null ? null : open.nearest(b.key(), b.date().toEpochDay());
                if (incident == null) {
                    incident = new Incident(nextIncidentId++, b.key(), b.date(), id, p.seq);
                    created.add(incident);
                    if (b.date() != null) {
                        open.add(incident);
                    }
                    p.newIncidents++;
                } else {
                    if (incident.id < firstCreated) {
                        joinedStored.add(incident);
                    }
                    if (incident.openerSeq != p.seq) {
                        p.joinedIncidents.add(incident.id);
                    }
                }
                incident.add(p.seq, p.item.source().orElse(null), 1 + e.mentions().size(), b.date());
                if (!e.sentenceText().equals(sentence)) {
                    sentence = e.sentenceText();
                    sentenceKeys = Words.indexKeys(sentenceWords(p, e));
                }
                appendEvent(ev, e, b.facts(), p, id, b.date(), incident.id, sentenceKeys);
                for (Span m : e.mentions()) {
                    me.beginRow().append(id).append(m.start()).append(m.end()).endRow();
                }
            }
        }
        incidents.add(created);
        incidents.updateCounts(joinedStored);
    }

    /**
     * The words of an event's sentence: cut out of its article's words when the sentence is the
     * article's text at its span, as it is when no text repair touched it; else hashed anew.
     */
    private static long[] sentenceWords(Pending p, Event e) {
        String text = p.item.article().text();
        String sentence = e.sentenceText();
        Span span = e.sentenceSpan();
        if (p.words != null && span.end() <= text.length() && span.length() == sentence.length()
                && text.startsWith(sentence, span.start())) {
            return Words.hashesOfSlice(p.words, text, span.start(), span.end());
        }
        return Words.hashes(sentence);
    }

    /**
     * Refuses an article with two events of one id. Articles have a few events: comparing them
     * pairwise is cheaper than hashing every id into a set, which showed in the writer's profile.
     */
    private static void requireDistinctEventIds(Pending p) {
        List<EventFacts> events = p.item.events();
        Set<String> seen = events.size() > 32 ? new HashSet<>() : null;
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i).event().eventId();
            boolean repeated = false;
            if (seen != null) {
                repeated = !seen.add(id);
            } else {
                for (int j = 0; j < i && !repeated; j++) {
                    repeated = id.equals(events.get(j).event().eventId());
                }
            }
            if (repeated) {
                throw new IllegalArgumentException("article " + p.id() + " has two events with id " + id
                        + "; event ids must be unique within an article");
            }
        }
    }

    private void appendEvent(DuckDBAppender ap, Event e, EventFacts f, Pending p, long id, LocalDate date,
            long incident, int[] wordKeys) throws SQLException {
        ap.beginRow().append(id).append(e.articleId()).append(e.eventId()).append(e.sentenceIndex())
                .append(e.sentenceSpan().start()).append(e.sentenceSpan().end()).append(e.sentenceText());
        appendActor(ap, Optional.of(e.source()));
        appendActor(ap, e.target());
        ap.append(e.cameo()).append((byte) e.quadClass()).append(e.goldstein());
        str(ap, e.plover().map(plover -> plover.type().name()));
        str(ap, e.plover().flatMap(Plover::mode));
        str(ap, e.plover().flatMap(Plover::context));
        ap.append(e.factuality().name()).append(e.confidence()).append(e.triggerSpan().start())
                .append(e.triggerSpan().end()).append(e.triggerText()).append(e.rule())
                .append(1 + e.mentions().size());
        if (date != null) {
            ap.append(date);
        } else {
            ap.appendNull();
        }
        if (f.place().isPresent()) {
            ap.append(f.place().get().geonameId());
        } else {
            ap.appendNull();
        }
        EventQuantities q = f.quantities();
        num(ap, q.dead());
        num(ap, q.injured());
        num(ap, q.arrested());
        num(ap, q.participants());
        ap.append(incident).append(p.provenanceId).append(wordKeys).endRow();
    }

    /** Code, text, span and antecedent of an actor: seven columns. */
    private static void appendActor(DuckDBAppender ap, Optional<EventActor> actor) throws SQLException {
        if (actor.isEmpty()) {
            for (int i = 0; i < 7; i++) {
                ap.appendNull();
            }
            return;
        }
        EventActor a = actor.get();
        ap.append(a.code().code()).append(a.text()).append(a.rawSpan().start()).append(a.rawSpan().end());
        if (a.antecedent().isPresent()) {
            ap.append(a.antecedent().get().text()).append(a.antecedent().get().rawSpan().start())
                    .append(a.antecedent().get().rawSpan().end());
        } else {
            ap.appendNull().appendNull().appendNull();
        }
    }

    private static void str(DuckDBAppender ap, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            ap.append(v.get());
        } else {
            ap.appendNull();
        }
    }

    private static void num(DuckDBAppender ap, OptionalLong v) throws SQLException {
        if (v.isPresent()) {
            ap.append(v.getAsLong());
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
