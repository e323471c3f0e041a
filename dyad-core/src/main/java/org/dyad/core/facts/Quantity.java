package org.dyad.core.facts;

import java.util.Optional;
import org.dyad.core.text.Span;

/**
 * A number the text binds to an event: {@code more than 10,000 troops} is what "troops", value
 * 10000, qualifier "more than". The span is the raw text of the number phrase.
 */
public record Quantity(String what, long value, Optional<String> qualifier, Span rawSpan) {
    public Quantity {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("a quantity needs to say what it counts");
        }
        if (value < 0) {
            throw new IllegalArgumentException("a quantity cannot be negative: " + value);
        }
        qualifier = qualifier == null ? Optional.empty() : qualifier.filter(q -> !q.isBlank());
        if (rawSpan == null) {
            throw new IllegalArgumentException("a quantity needs its span");
        }
    }
}
