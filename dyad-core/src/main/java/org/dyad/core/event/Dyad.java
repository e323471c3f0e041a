package org.dyad.core.event;

import java.util.Optional;

/** A source and, unless the event has none, its target. */
record Dyad(Party source, Optional<Party> target) {
    Dyad {
        if (source == null || target == null) {
            throw new IllegalArgumentException("a dyad needs a source and a target (empty for none)");
        }
    }
}
