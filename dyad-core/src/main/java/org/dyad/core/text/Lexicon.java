package org.dyad.core.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A vocabulary the repair stages consult: is this a known word or name? Lookups ignore case.
 * Implementations are immutable and thread-safe.
 *
 * <p>Example: {@code Lexicon.of(List.of("Taliban")).or(englishWords).contains("taliban")} is true.
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
     * A lexicon of the given words and names, matched ignoring case (Locale.ROOT).
     *
     * @throws IllegalArgumentException if a word is null
     */
    static Lexicon of(Collection<String> words) {
        Set<String> folded = new HashSet<>(words.size() * 2);
        for (String w : words) {
            if (w == null) {
                throw new IllegalArgumentException("a lexicon cannot hold a null word");
            }
            folded.add(w.toLowerCase(Locale.ROOT));
        }
        Set<String> frozen = Set.copyOf(folded);
        return word -> frozen.contains(word.toLowerCase(Locale.ROOT));
    }
}
