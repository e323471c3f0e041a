package org.dyad.store;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One stored event as {@link Browser#scan} gives it to a read model kept outside the store: the
 * row a page shows, with the columns its filters read that the row does not carry.
 *
 * @param geonameId the event's place ({@code places.geonameid}), empty when it has none
 * @param sentenceWords the word-index keys of its sentence ({@code events.sentence_words}), as a
 *     text filter looks them up; a copy is kept
 */
public record ScannedEvent(EventRow row, OptionalLong geonameId, int[] sentenceWords) {
    public ScannedEvent {
        if (row == null) {
            throw new IllegalArgumentException("a scanned event needs its row");
        }
        geonameId = geonameId == null ? OptionalLong.empty() : geonameId;
        sentenceWords = sentenceWords == null ? new int[0] : sentenceWords.clone();
    }

    /** The keys of the sentence's words and word pairs (a copy). */
    @Override
    public int[] sentenceWords() {
        return sentenceWords.clone();
    }

    /** The source's country, as the store's generated column {@code source_country} cuts it. */
    public Optional<String> sourceCountry() {
        return country(Optional.ofNullable(row.sourceCode()));
    }

    /** The target's country, as the store's generated column {@code target_country} cuts it. */
    public Optional<String> targetCountry() {
        return country(row.targetCode());
    }

    private static Optional<String> country(Optional<String> code) {
        return code.map(c -> c.substring(0, Math.min(3, c.length())));
    }
}
