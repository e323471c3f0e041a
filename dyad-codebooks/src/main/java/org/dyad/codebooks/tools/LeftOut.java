package org.dyad.codebooks.tools;

import java.util.Objects;

/**
 * A word a WordNet derivation left out of its file, and why ("ambiguous: ...", "review: ...").
 * Shared by {@link EventNounDerivation} and {@link RelatedVerbDerivation}.
 */
public record LeftOut(String word, String reason) {
    public LeftOut {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether a coded word's default CAMEO code lends its event to derived words: a code, not a
     * "no event" mark, and not a plain statement (root 01), which names no act between parties.
     */
    static boolean lendsAnEvent(String code) {
        return code.matches("\\d{2,4}") && !code.startsWith("01");
    }
}
