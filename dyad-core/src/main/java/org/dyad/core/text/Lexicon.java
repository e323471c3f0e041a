package org.dyad.core.text;

import java.util.Collection;

/**
 * A vocabulary the repair stages consult: is this a known word or name? Lookups ignore case.
 * Implementations are immutable and thread-safe.
 *
 * <p>Example: {@code Lexicon.of(List.of("Hezbollah")).or(englishWords).contains("hezbollah")} is true.
 */
public interface Lexicon {

    /** True when {@code word} (any case) is a known word or name. */
    boolean contains(String word);

    /** A lexicon that knows a word when either lexicon does. */
    default Lexicon or(Lexicon other) {
        Lexicon self = this;
        return word -> self.contains(word) || other.contains(word);
    }

    /** A lexicon that knows no word. */
    static Lexicon empty() {
        return word -> false;
    }

    /**
     * A lexicon of the given words and names, matched ignoring case (character by character).
     *
     * @throws IllegalArgumentException if a word is null
     */
    static Lexicon of(Collection<String> words) {
        String[] all = words.toArray(new String[0]);
        for (String w : all) {
            if (w == null) {
                throw new IllegalArgumentException("a lexicon cannot hold a null word");
            }
        }
        WordTable table = new WordTable(all, new long[all.length]);
        return table::contains;
    }
}
