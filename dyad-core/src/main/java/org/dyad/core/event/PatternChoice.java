package org.dyad.core.event;

/** What the verb dictionary says of a predicate: no pattern fits, a pattern says it is no event, or a coding. */
sealed interface PatternChoice {
    /** No pattern of the verb fits its clause. */
    record NoPattern() implements PatternChoice {
    }

    /** A fitting pattern says the reading is not an event ("take office"). */
    record NotAnEvent(String rule) implements PatternChoice {
    }

    /** A fitting pattern coded it. */
    record Coded(Coding coding) implements PatternChoice {
    }

    static PatternChoice of(VerbPattern p, int slotToken, boolean specific, String rule) {
        return p.code().isEmpty() ? new NotAnEvent(rule) : new Coded(Coding.of(p, slotToken, specific, rule));
    }
}
