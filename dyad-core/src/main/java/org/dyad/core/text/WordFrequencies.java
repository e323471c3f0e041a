package org.dyad.core.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often words occur in a reference corpus, looked up case-insensitively. The repair steps use
 * it to choose between readings that a word list alone cannot separate ({@code at-tacks} is two
 * words, but {@code attacks} is far more common than {@code tacks}). Immutable and thread-safe.
 *
 * <p>Example: {@code WordFrequencies.of(Map.of("attacks", 578L, "tacks", 26L)).count("Attacks")}
 * returns 578.
 */
public final class WordFrequencies {
    private static final WordFrequencies EMPTY = new WordFrequencies(Map.of());

    private final Map<String, Long> counts;

    private WordFrequencies(Map<String, Long> counts) {
        this.counts = counts;
    }

    /** No frequency evidence: every count is zero. */
    public static WordFrequencies empty() {
        return EMPTY;
    }

    /**
     * Frequencies from word counts; words that differ only in case are added together.
     *
     * @throws IllegalArgumentException if a word is null or empty or a count is negative
     */
    public static WordFrequencies of(Map<String, Long> counts) {
        Map<String, Long> folded = new HashMap<>(counts.size() * 2);
        counts.forEach((word, count) -> {
            if (word == null || word.isEmpty()) {
                throw new IllegalArgumentException("word frequencies contain an empty word");
            }
            if (count == null || count < 0) {
                throw new IllegalArgumentException("word frequency of '" + word + "' is " + count
                        + "; counts must be zero or more");
            }
            folded.merge(word.toLowerCase(Locale.ROOT), count, Long::sum);
        });
        return new WordFrequencies(Map.copyOf(folded));
    }

    /** Occurrences of {@code word} in any case; zero when unknown. */
    public long count(String word) {
        Long c = counts.get(word.toLowerCase(Locale.ROOT));
        return c == null ? 0 : c;
    }

    /** Number of distinct words with a count. */
    public int size() {
        return counts.size();
    }
}
