package org.dyad.core.facts;

import org.dyad.core.text.Span;

/**
 * A resolved place mention.
 *
 * @param raw the mention's span in the raw article text
 * @param text the raw text of the span
 * @param place the gazetteer entry it resolved to
 * @param score the resolver's confidence in [0, 1]
 * @param resolution how precisely the mention locates: city, first-level region, country or region
 * @param centroid true when only a country or region is known and the coordinates are its
 *     representative point
 */
public record PlaceMention(Span raw, String text, Place place, double score, Resolution resolution, boolean centroid) {
    public PlaceMention {
        if (raw == null || text == null || place == null || resolution == null) {
            throw new IllegalArgumentException("a place mention needs a span, text, place and resolution");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("place mention '" + text + "' has score " + score + " outside [0, 1]");
        }
    }

    public int start() {
        return raw.start();
    }

    public int end() {
        return raw.end();
    }
}
