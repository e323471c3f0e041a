package org.dyad.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** One article of a batch to be written ({@link BatchWriter}), with its computed fields. */
final class PendingArticle {
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

    PendingArticle(IngestItem item, String hash, long seq, LocalDate today) {
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
        return Math.abs(ChronoUnit.DAYS.between(day, other)) <= BatchWriter.DUPLICATE_WINDOW_DAYS;
    }

    String id() {
        return item.article().id();
    }
}
