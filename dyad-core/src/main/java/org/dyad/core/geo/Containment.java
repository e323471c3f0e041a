package org.dyad.core.geo;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * {@code X, Y} (also {@code X in Y}, {@code X located in Y}): when Y names a country or a region
 * that contains a candidate of X, that X
 * candidate and the Y candidate containing it gain ({@code Kabul, Afghanistan},
 * {@code Paris, Texas}, {@code Charleston, W.Va.}, {@code Scott County, Indiana}).
 */
final class Containment {
    /** The score an inner place gains from a container named after it. */
    static final double INNER = 1.2;
    /** ... from a region abbreviation in an address, which never starts a list. */
    static final double ADDRESS = 1.2;
    static final double OUTER = 0.4;

    private Containment() {
    }

    /** Bonus per mention and candidate, and whether it came from an address pattern. */
    record Scores(double[][] bonus, boolean[] address) {
    }

    static Scores of(Document doc, List<Recognized> recs) {
        double[][] out = new double[recs.size()][];
        boolean[] address = new boolean[recs.size()];
        for (int i = 0; i < recs.size(); i++) {
            out[i] = new double[recs.get(i).candidates().size()];
        }
        for (int i = 0; i + 1 < recs.size(); i++) {
            Recognized a = recs.get(i);
            Recognized b = recs.get(i + 1);
            int comma = a.endToken();
            boolean listed = b.firstToken() == comma + 1 && doc.tokens().word(comma).equals(",");
            if (!listed && !locatedIn(doc, comma, b.firstToken())
                    || a.address() && places(b).containsAll(places(a))) {
                continue; // a street or site before its town took the town's places: it chooses none of them
            }
            // "Washington, D.C.", "Charleston, W.Va.": a written abbreviation is a container, not a list item.
            boolean abbreviated = b.address() || doc.tokens().word(b.endToken() - 1).contains(".");
            List<Candidate> inner = a.candidates();
            List<Candidate> outer = b.candidates();
            for (int y = 0; y < outer.size(); y++) {
                if (listed && !abbreviated && sibling(inner, outer.get(y).place())) {
                    continue;
                }
                for (int x = 0; x < inner.size(); x++) {
                    if (contains(outer.get(y).place(), inner.get(x).place())) {
                        out[i][x] = Math.max(out[i][x], abbreviated ? ADDRESS : INNER);
                        out[i + 1][y] = Math.max(out[i + 1][y], OUTER);
                        address[i] |= b.address();
                    }
                }
            }
        }
        return new Scores(out, address);
    }

    private static List<Place> places(Recognized r) {
        return r.candidates().stream().map(Candidate::place).toList();
    }

    /** {@code X in Y}, {@code X, in Y}, {@code X located in Y}: the words between are only these. */
    private static boolean locatedIn(Document doc, int from, int to) {
        List<String> between = new java.util.ArrayList<>();
        for (int t = from; t < to; t++) {
            between.add(doc.tokens().word(t).toLowerCase(java.util.Locale.ROOT));
        }
        return between.equals(List.of("in")) || between.equals(List.of(",", "in")) || between.equals(List.of("located", "in"))
                || between.equals(List.of(",", "located", "in"));
    }

    /**
     * Whether X can be read as a place of the same kind beside Y: another country beside a
     * country, another first-level region of the same country beside a region. Then {@code X, Y}
     * is as likely a list ({@code Iraq, Iran}; {@code Oklahoma, Pennsylvania}) as a place and
     * its container, and containment decides nothing.
     */
    private static boolean sibling(List<Candidate> inner, Place outer) {
        for (Candidate c : inner) {
            Place p = c.place();
            if (!p.equals(outer) && p.resolution() == outer.resolution()
                    && (p.resolution() == Resolution.COUNTRY
                            || p.resolution() == Resolution.ADMIN1 && p.country().equals(outer.country()))) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(Place outer, Place inner) {
        if (outer.equals(inner) || outer.country().isEmpty() || !outer.country().equals(inner.country())) {
            return false;
        }
        return switch (outer.resolution()) {
            case COUNTRY -> inner.resolution() != Resolution.COUNTRY;
            case ADMIN1 -> (inner.resolution() == Resolution.CITY || inner.resolution() == Resolution.ADMIN2)
                    && outer.name().equals(inner.admin1());
            case CITY, ADMIN2, REGION -> false;
        };
    }
}
