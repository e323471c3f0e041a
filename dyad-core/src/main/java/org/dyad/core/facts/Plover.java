package org.dyad.core.facts;

import java.util.Optional;

/** A PLOVER coding: event type, optional mode and context. */
public record Plover(PloverType type, Optional<String> mode, Optional<String> context) {
    public Plover {
        if (type == null) {
            throw new IllegalArgumentException("a PLOVER coding needs a type");
        }
        mode = mode == null ? Optional.empty() : mode.filter(m -> !m.isBlank());
        context = context == null ? Optional.empty() : context.filter(c -> !c.isBlank());
    }
}
