package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The batch writer's near-duplicate step: links each article of a batch to the root of the most
 * similar stored or earlier article (MinHash over LSH bands, within the dating window), recording
 * the link in {@code article_duplicates} and on the pending article.
 */
final class DuplicateLinker {
    private final Connection conn;
    private final DuckDBConnection duck;

    DuplicateLinker(Connection conn, DuckDBConnection duck) {
        this.conn = conn;
        this.duck = duck;
    }

    /** Finds near-duplicates among stored articles and earlier articles of this batch. */
    void link(List<PendingArticle> pending, Timestamp now) throws SQLException {
        Map<String, Set<String>> candidates = storedCandidates(pending);
        Map<String, Known> known = known(candidates);
        BatchBands inBatch = new BatchBands(pending.size());
        try (LazyAppender ap = new LazyAppender(duck, null, "article_duplicates")) {
            for (int i = 0; i < pending.size(); i++) {
                PendingArticle p = pending.get(i);
                if (p.signature == null) {
                    continue;
                }
                String bestRoot = null;
                double bestSim = -1;
                long bestSeq = Long.MAX_VALUE;
                for (String c : candidates.getOrDefault(p.id(), Set.of())) {
                    Known k = known.get(c);
                    if (k == null) {
                        continue;
                    }
                    double sim = MinHash.similarity(p.signature, k.signature());
                    if (sim > bestSim || (sim == bestSim && k.seq() < bestSeq)) {
                        bestSim = sim;
                        bestRoot = k.root();
                        bestSeq = k.seq();
                    }
                }
                for (int earlier : inBatch.add(i, p.bands)) {
                    PendingArticle e = pending.get(earlier);
                    if (!p.near(e.day)) {
                        continue;
                    }
                    double sim = MinHash.similarity(p.signature, e.signature);
                    if (sim > bestSim || (sim == bestSim && e.seq < bestSeq)) {
                        bestSim = sim;
                        bestRoot = e.duplicateRoot == null ? e.id() : e.duplicateRoot;
                        bestSeq = e.seq;
                    }
                }
                if (bestRoot != null && bestSim >= BatchWriter.DUPLICATE_THRESHOLD && !bestRoot.equals(p.id())) {
                    p.duplicateRoot = bestRoot;
                    p.duplicateOf = Optional.of(new IngestResult.DuplicateLink(bestRoot, bestSim));
                    ap.beginRow().append(p.id()).append(bestRoot).append(bestSim).append(BatchWriter.ldt(now)).endRow();
                }
            }
        }
    }

    /**
     * For each article of the batch, the stored articles that share an LSH bucket with it and are
     * dated near it. Only articles with a current-scheme signature have buckets.
     */
    private Map<String, Set<String>> storedCandidates(List<PendingArticle> pending) throws SQLException {
        try (DuckDBAppender ap = duck.createAppender("temp", "main", "batch_bands")) {
            for (PendingArticle p : pending) {
                if (p.bands != null) {
                    ap.beginRow().append(p.id()).append(p.bands).endRow();
                }
            }
        }
        LocalDate first = pending.stream().map(p -> p.day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = pending.stream().map(p -> p.day).max(LocalDate::compareTo).orElseThrow();
        Map<String, PendingArticle> byId = new HashMap<>();
        pending.forEach(p -> byId.put(p.id(), p));
        Map<String, Set<String>> candidates = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT b.article_id, a.id, a.dedup_day"
                + " FROM (SELECT article_id, unnest(buckets) AS bucket FROM batch_bands) b"
                + " JOIN (SELECT id, dedup_day, unnest(lsh_buckets) AS bucket FROM articles"
                + " WHERE dedup_day BETWEEN ? AND ?) a ON a.bucket = b.bucket")) {
            ps.setObject(1, first.minusDays(BatchWriter.DUPLICATE_WINDOW_DAYS));
            ps.setObject(2, last.plusDays(BatchWriter.DUPLICATE_WINDOW_DAYS));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (byId.get(r.getString(1)).near(r.getObject(3, LocalDate.class))) {
                        candidates.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
                    }
                }
            }
        }
        return candidates;
    }

    /** A stored candidate: its signature, the root of its duplicate cluster and its ingest order. */
    private record Known(int[] signature, String root, long seq) {}

    private Map<String, Known> known(Map<String, Set<String>> candidates) throws SQLException {
        Map<String, Known> known = new HashMap<>();
        Set<String> wanted = new HashSet<>();
        candidates.values().forEach(wanted::addAll);
        List<String> all = new ArrayList<>(wanted);
        for (int from = 0; from < all.size(); from += BatchWriter.IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BatchWriter.IN_CHUNK));
            try (PreparedStatement p = conn.prepareStatement("SELECT a.id, a.minhash, d.duplicate_of, a.seq"
                    + " FROM articles a LEFT JOIN article_duplicates d ON d.article_id = a.id WHERE a.id IN ("
                    + BatchWriter.marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        String root = r.getString(3);
                        known.put(id, new Known(BatchWriter.ints(r.getArray(2)), root == null ? id : root, r.getLong(4)));
                    }
                }
            }
        }
        return known;
    }
}
