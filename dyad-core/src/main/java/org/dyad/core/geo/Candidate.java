package org.dyad.core.geo;


import org.dyad.core.facts.Place;
/** A place a name may refer to, and how the name refers to it. */
public record Candidate(Place place, NameKind kind) {
    public Candidate {
        if (place == null || kind == null) {
            throw new IllegalArgumentException("a candidate needs a place and a name kind");
        }
    }
}
