package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.doc.TokenLayer;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * A name listed with places is a place: in {@code appliances from Dolgellau, Harlech, Barmouth,
 * Bala, and Blaenau Ffestiniog} each small town stands beside a place read for sure, so a name that
 * was only weak (NER called it a person, or it opens a sentence) is read as firmly as its neighbour.
 * Lists run through {@code ,}, {@code and}, {@code or} and {@code , and}; a name glued to a longer
 * proper name stays as it was. A list also keeps one level: beside a state, a name that can be a
 * state is one.
 */
final class ListMembers {
    private ListMembers() {
    }

    /** The mentions, in text order, with each weak list member next to a firm one made firm. */
    static List<Recognized> strengthen(TokenLayer tokens, List<Recognized> sorted) {
        List<Recognized> out = new ArrayList<>(sorted);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < out.size(); i++) {
                Recognized a = out.get(i);
                Recognized b = out.get(i + 1);
                if (!listed(tokens, a.endToken(), b.firstToken())) {
                    continue;
                }
                if (firm(a) && weakOnly(b)) {
                    out.set(i + 1, firmed(b));
                    changed = true;
                } else if (firm(b) && weakOnly(a)) {
                    out.set(i, firmed(a));
                    changed = true;
                }
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            // two names with only a comma between may be an address ("Washington, D.C."): a list needs a third or "and"
            boolean list = i + 2 < out.size() && listed(tokens, out.get(i + 1).endToken(), out.get(i + 2).firstToken())
                    || i > 0 && listed(tokens, out.get(i - 1).endToken(), out.get(i).firstToken())
                    || !tokens.word(out.get(i).endToken()).equals(",") || out.get(i + 1).firstToken() - out.get(i).endToken() == 2;
            if (list && listed(tokens, out.get(i).endToken(), out.get(i + 1).firstToken())) {
                out.set(i + 1, sameLevel(out.get(i), out.get(i + 1)));
                out.set(i, sameLevel(out.get(i + 1), out.get(i)));
            }
        }
        return out;
    }

    /**
     * A name listed beside a name that can only be a first-level region is read as one too, when it
     * can be: {@code Utah, Washington and Wisconsin} lists states, not the capital.
     */
    private static Recognized sameLevel(Recognized neighbour, Recognized r) {
        boolean regionOnly = neighbour.candidates().stream().allMatch(c -> c.kind() == NameKind.DEMONYM
                || c.place().resolution() == Resolution.ADMIN1);
        List<Candidate> regions = r.candidates().stream().filter(c -> c.place().resolution() == Resolution.ADMIN1).toList();
        if (!regionOnly || regions.isEmpty() || regions.size() == r.candidates().size()) {
            return r;
        }
        return new Recognized(r.firstToken(), r.endToken(), regions, r.directional(), r.fromNer(), r.weak(), r.glued(), r.address());
    }

    private static boolean firm(Recognized r) {
        return r.fromNer() || !r.weak() && !r.glued();
    }

    private static boolean weakOnly(Recognized r) {
        return r.weak() && !r.glued() && !r.fromNer();
    }

    private static Recognized firmed(Recognized r) {
        return new Recognized(r.firstToken(), r.endToken(), r.candidates(), r.directional(), r.fromNer(), false, false,
                r.address());
    }

    /** Only a list separator between tokens {@code end} and {@code next}. */
    private static boolean listed(TokenLayer tokens, int end, int next) {
        int gap = next - end;
        if (gap < 1 || gap > 2) {
            return false;
        }
        String w = tokens.word(end);
        if (gap == 1) {
            return w.equals(",") || w.equals("and") || w.equals("or");
        }
        String v = tokens.word(end + 1);
        return w.equals(",") && (v.equals("and") || v.equals("or"));
    }
}
