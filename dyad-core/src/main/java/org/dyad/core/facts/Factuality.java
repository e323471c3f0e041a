package org.dyad.core.facts;

/** Whether the text says an event happened. Only {@link #ASSERTED} events are reported by default. */
public enum Factuality {
    ASSERTED,
    NEGATED,
    HYPOTHETICAL,
    FUTURE,
    REPORTED_INTENT,
    QUESTION,
    DENIED,
    /** Embedded under an accusation: "accused the rebels of violating the ceasefire". */
    ALLEGED,
    /**
     * Tried and not said to have succeeded: "tried to negotiate", "attempted to detain". Neither done
     * nor only intended; an attempt at violence is the act itself, asserted (docs/coding.md).
     */
    ATTEMPTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
