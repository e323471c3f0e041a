package org.dyad.store;

/**
 * An actor code with the number of events it is the source and the target of, and the text it
 * was most often found as.
 */
public record ActorCount(String code, long asSource, long asTarget, String text) {
    public ActorCount {
        if (code == null || code.isBlank() || asSource < 0 || asTarget < 0 || asSource + asTarget == 0) {
            throw new IllegalArgumentException("an actor count needs a code and at least one event");
        }
        text = text == null ? "" : text;
    }

    public long events() {
        return asSource + asTarget;
    }
}
