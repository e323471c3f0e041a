package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The word index behind text search: {@code events.sentence_words} holds the keys of the words
 * and of the pairs of adjacent words of each event's sentence ({@link Words#indexKeys}). A text
 * query keeps the events whose list has the key of its word, or of each of its word pairs, then
 * checks the phrase against the sentence itself.
 */
final class WordIndex {
    private static final int BACKFILL_CHUNK = 100_000;

    private WordIndex() {}

    /**
     * The SQL condition that an event's sentence may hold {@code phrase} (word hashes): its word's
     * key, or the key of each pair of adjacent words. Only a shared key (or, for three words or
     * more, pairs found apart) lets a sentence without the phrase through; the caller verifies.
     */
    static String condition(long[] phrase) {
        if (phrase.length == 1) {
            return "list_contains(sentence_words, " + Words.key(phrase[0]) + ")";
        }
        // One list_contains per key: DuckDB's list_has_all was a hundred times slower here.
        return Arrays.stream(keys(phrase)).mapToObj(k -> "list_contains(sentence_words, " + k + ")")
                .collect(Collectors.joining(" AND ", "(", ")"));
    }

    /** The keys {@link #condition} requires: the word's, or the distinct keys of the word pairs. */
    static int[] keys(long[] phrase) {
        if (phrase.length == 1) {
            return new int[] {Words.key(phrase[0])};
        }
        int[] pairs = new int[phrase.length - 1];
        for (int i = 1; i < phrase.length; i++) {
            pairs[i - 1] = Words.pairKey(phrase[i - 1], phrase[i]);
        }
        return Arrays.stream(pairs).distinct().toArray();
    }

    /**
     * Fills {@code sentence_words} for events stored before schema version 2, in the migration's
     * transaction: keys are computed here (the same code as at ingest) and written in one update.
     */
    static void backfill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE word_backfill (id BIGINT, words INTEGER[])");
            long first;
            long last;
            try (ResultSet r = s.executeQuery("SELECT coalesce(min(id), 0), coalesce(max(id), -1) FROM events")) {
                r.next();
                first = r.getLong(1);
                last = r.getLong(2);
            }
            DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, sentence_text FROM events WHERE id BETWEEN ? AND ?")) {
                for (long from = first; from <= last; from += BACKFILL_CHUNK) {
                    p.setLong(1, from);
                    p.setLong(2, from + BACKFILL_CHUNK - 1);
                    List<Long> ids = new ArrayList<>();
                    List<int[]> keys = new ArrayList<>();
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            ids.add(r.getLong(1));
                            keys.add(Words.indexKeys(r.getString(2)));
                        }
                    }
                    try (DuckDBAppender ap = duck.createAppender("temp", "main", "word_backfill")) {
                        for (int i = 0; i < ids.size(); i++) {
                            ap.beginRow().append((long) ids.get(i)).append(keys.get(i)).endRow();
                        }
                    }
                }
            }
            s.execute("UPDATE events SET sentence_words = w.words FROM word_backfill w WHERE events.id = w.id");
            s.execute("DROP TABLE word_backfill");
        }
    }
}
