package org.dyad.app.eval;

import java.util.Optional;

/**
 * One event of a gold record: source and target actor codes (country plus roles, e.g.
 * {@code HUNGOV}; an empty target means the gold names none and any target matches), the CAMEO
 * code when the gold has one, and the PLOVER type (2021 names).
 */
public record GoldEvent(String source, String target, Optional<String> cameo, String type) {
    /** The target of a gold event that has none (PETRARCH's {@code ---}): only a prediction without one matches. */
    public static final String NO_TARGET = "---";
    /**
     * A party the gold leaves unnamed and open (the real-news set's {@code ---} country): any
     * predicted party matches it, as the gold does not say who it is.
     */
    public static final String ANY_PARTY = "*";

    public GoldEvent {
        if (source == null || source.isBlank() || target == null || type == null) {
            throw new IllegalArgumentException("a gold event needs a source, a target ('' for none) and a type");
        }
        cameo = cameo == null ? Optional.empty() : cameo;
    }
}
