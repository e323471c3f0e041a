package org.dyad.core.geo;

import java.util.List;
import java.util.Locale;
import org.dyad.core.doc.TokenLayer;
import org.dyad.core.facts.Resolution;

/**
 * A direction word before a country or region is a part of it, also when the gazetteer knows a
 * small town by the whole phrase: {@code North Wales} is the north of Wales, not the borough of
 * 3,000 people in Pennsylvania; {@code Mid Wales} likewise. A large place named by the phrase keeps
 * it ({@code South Africa}, {@code North Carolina}, {@code West Palm Beach}: the rest is no region).
 */
final class Directions {
    /** Towns of this many people or more named with a direction word keep their name. */
    private static final long SMALL_TOWN = 100_000;

    private Directions() {
    }

    /**
     * The countries and first-level regions that the words after a direction word name, when the
     * whole match {@code [first, end)} is only small towns; else null.
     */
    static List<Candidate> regionAfter(Gazetteer gazetteer, String text, TokenLayer tokens, int first, int end,
            List<Candidate> whole) {
        if (end - first < 2 || !PlaceRecognizer.DIRECTIONS.contains(tokens.word(first).toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Candidate c : whole) {
            Resolution r = c.place().resolution();
            if (!(r == Resolution.CITY || r == Resolution.ADMIN2) || c.place().population() >= SMALL_TOWN) {
                return null;
            }
        }
        List<Candidate> rest = gazetteer.candidates(PlaceNames.normalize(text.substring(tokens.start(first + 1),
                tokens.end(end - 1)))).stream().filter(c -> c.kind() == NameKind.NAME).toList();
        List<Candidate> regions = rest.stream().filter(c -> c.place().resolution() == Resolution.COUNTRY
                || c.place().resolution() == Resolution.ADMIN1).toList();
        return regions.isEmpty() ? null : rest;
    }
}
