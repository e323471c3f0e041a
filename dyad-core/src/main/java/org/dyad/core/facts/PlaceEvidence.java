package org.dyad.core.facts;

import java.util.List;

/**
 * Why a mention resolved as it did: the rule (the scoring term that set the winner apart) and the
 * competing candidates with their scores, best first, so that a user can see what else the name
 * could have meant.
 *
 * @param rule the deciding rule: {@code only candidate}, {@code demonym}, {@code containment},
 *     {@code address}, {@code context}, {@code focus}, {@code coherence}, {@code nearby},
 *     {@code prior}, {@code largest population}, or {@code none} where nothing was recorded
 * @param alternatives the other candidates, best first, at most {@link #MAX_ALTERNATIVES}
 */
public record PlaceEvidence(String rule, List<Alternative> alternatives) {
    /** How many competing candidates a mention keeps. */
    public static final int MAX_ALTERNATIVES = 3;

    /** No evidence recorded (a mention made outside the resolver, such as a target's country). */
    public static final PlaceEvidence NONE = new PlaceEvidence("none", List.of());

    public PlaceEvidence {
        if (rule == null || rule.isBlank() || alternatives == null) {
            throw new IllegalArgumentException("place evidence needs a rule and a (possibly empty) list of alternatives");
        }
        if (alternatives.size() > MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("place evidence keeps at most " + MAX_ALTERNATIVES + " alternatives, got "
                    + alternatives.size());
        }
        alternatives = List.copyOf(alternatives);
    }

    /** A candidate that lost, with its total score. */
    public record Alternative(Place place, double score) {
        public Alternative {
            if (place == null || !Double.isFinite(score)) {
                throw new IllegalArgumentException("an alternative needs a place and a finite score");
            }
        }
    }
}
