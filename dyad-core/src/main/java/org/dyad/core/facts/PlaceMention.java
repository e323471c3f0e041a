package org.dyad.core.facts;

import org.dyad.core.text.Span;

/**
 * A resolved place mention.
 *
 * @param raw the mention's span in the raw article text
 * @param text the raw text of the span
 * @param place the gazetteer entry it resolved to
 * @param score the resolver's confidence in [0, 1]
 * @param resolution how precisely the mention locates: city, second- or first-level region,
 *     country or region
 * @param centroid true when only a country or region is known and the coordinates are its
 *     representative point
 * @param kind a place name or a demonym ({@code Russian}) standing for its country
 * @param evidence the rule that decided and the competing candidates
 */
public record PlaceMention(Span raw, String text, Place place, double score, Resolution resolution, boolean centroid,
        MentionKind kind, PlaceEvidence evidence) {
    public PlaceMention {
        if (raw == null || text == null || place == null || resolution == null || kind == null || evidence == null) {
            throw new IllegalArgumentException("a place mention needs a span, text, place, resolution, kind and evidence");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("place mention '" + text + "' has score " + score + " outside [0, 1]");
        }
    }

    /** A toponym without recorded evidence (a country standing in for an actor, an article's focus). */
    public PlaceMention(Span raw, String text, Place place, double score, Resolution resolution, boolean centroid) {
        this(raw, text, place, score, resolution, centroid, MentionKind.TOPONYM, PlaceEvidence.NONE);
    }

    public int start() {
        return raw.start();
    }

    public int end() {
        return raw.end();
    }

    public boolean isDemonym() {
        return kind == MentionKind.DEMONYM;
    }
}
