package org.dyad.core.text;

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
    private static final WordFrequencies EMPTY = new WordFrequencies(new WordTable(new String[0], new long[0]));

    private final WordTable counts;

    private WordFrequencies(WordTable counts) {
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
        String[] words = new String[counts.size()];
        long[] values = new long[counts.size()];
        int k = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) {
                throw new IllegalArgumentException("word frequencies contain an empty word");
            }
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("word frequency of '" + e.getKey() + "' is " + e.getValue()
                        + "; counts must be zero or more");
            }
            words[k] = e.getKey();
            values[k++] = e.getValue();
        }
        return new WordFrequencies(new WordTable(words, values));
    }

    /** Occurrences of {@code word} in any case; zero when unknown. */
    public long count(String word) {
        return counts.value(word);
    }

    /** Number of distinct words with a count. */
    public int size() {
        return counts.size();
    }
}
