package org.dyad.core.text;

/**
 * A vocabulary the repair stages consult: is this a known word or name? Lookups ignore case.
 * Implementations are immutable and thread-safe.
 */
public interface Lexicon {

    /** True when {@code word} (any case) is a known word or name. */
    boolean contains(String word);

    /** A lexicon that knows a word when either lexicon does. */
    default Lexicon or(Lexicon other) {
        Lexicon self = this;
        return word -> self.contains(word) || other.contains(word);
    }
}
