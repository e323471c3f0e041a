package org.dyad.core.geo;

import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * Whether a resolved mention is kept: a capitalised word that may be an ordinary word or part of
 * a person's or an organisation's name survives only as a well-known place or one the article
 * supports (docs/geo.md, "Resolution").
 */
final class KeepRule {
    private KeepRule() {
    }

    /**
     * @param key the mention's normalised name
     * @param supported containment, coherence or the caller's context speak for the place
     * @param byAlternate the key is not the place's own name
     */
    static boolean keep(Recognized r, Place p, String key, boolean supported, boolean byAlternate) {
        if (r.fromNer() || r.directional() || r.address()) {
            return true;
        }
        if (p.resolution() == Resolution.ADMIN2 && PlacePrior.namesAdmin2(key)) {
            return true; // "Scott County", also inside "the Scott County Sheriff's Office"
        }
        if (p.featureClass().equals("S") && r.endToken() - r.firstToken() > 1) {
            return true; // a facility by its full name: "LaGuardia Airport", which no population supports
        }
        boolean local = p.resolution() == Resolution.CITY || p.resolution() == Resolution.ADMIN2;
        boolean major = !local || p.population() >= 100_000 || p.featureCode().equals("PPLC");
        if (r.glued()) {
            return switch (p.resolution()) {
                case COUNTRY, REGION -> true;
                case ADMIN1 -> supported;
                case CITY, ADMIN2 -> p.population() >= 1_000_000 || (supported && p.population() >= 100_000);
            };
        }
        if (r.weak()) {
            if (byAlternate && local) {
                return false; // "Google", once an alternate name of Topeka, at the start of a sentence
            }
            if (r.endToken() - r.firstToken() == 1 && p.name().length() <= 3 && local) {
                return false; // "As", "Most" opening a sentence
            }
            return major || (supported && p.population() >= 5_000);
        }
        if (byAlternate && local && !supported) {
            return false; // "Franklin", an old name of El Paso, needs the article to be about Texas
        }
        return major || supported || p.population() >= 15_000;
    }
}
