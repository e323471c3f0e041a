package org.dyad.core.event;

import java.util.List;

/**
 * The sources and targets a reading found, and how: a target from an unrelated phrase is weak, a
 * passive's parties come from its agent and subject, an unnamed perpetrator stands for no one named.
 */
record Parties(List<Party> sources, List<Party> targets, boolean weakTarget, boolean passive, boolean unnamedSource) {
    static final Parties NONE = new Parties(List.of(), List.of(), false, false, false);

    Parties {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
