package org.dyad.core.conventions;

import java.util.Locale;
import java.util.Objects;

/**
 * Coding conventions that differ between event datasets, read by the actor stages and the event
 * coder alike.
 *
 * @param name how users choose them: {@code plover} or {@code cameo}
 * @param unrealizedAsIntent PLOVER's rules: cooperation that is only promised or planned is
 *     coded as the agreement (CAMEO 03x), future or conditional conflict as a threat, refused
 *     cooperation as a rejection, each asserted; CAMEO coders such as PETRARCH code the
 *     promised action itself and leave its tense to the reader
 * @param negationAsOpposite PETRARCH's rule: a verb negated by its own "not" or "never" whose
 *     code has a negation in the ontology is that code, asserted ("did not clash over" 110 is
 *     050); without it a negated event stays negated
 * @param agentlessPassiveSourceInPhrase PETRARCH's reading of a passive without a "by" agent:
 *     the actor in its prepositional phrases is the source ("was freed from Barad-dur", "was
 *     criticized over its dispute with Eriador", "was shot dead in Osgiliath"); without it
 *     such a passive has no source, and violence an unnamed perpetrator
 * @param targetlessStatements PETRARCH codes a statement verb's own code when nobody is
 *     addressed ("a senior official said on Saturday": 010 with no target), and never makes
 *     the party its reported clause names its target; without it a statement needs a target,
 *     as one without says nothing about a dyad, and the party it is about is one
 * @param unownedRoles what the actor stages make of a role noun nothing owns: an actor of
 *     unknown country, {@code ---GOV} for "a senior official", or no actor
 * @param genericParties GDELT's and POLECAT's reading of events with a party unnamed or
 *     generic: a role nothing owns ("police arrested"), a person no dictionary lists, the
 *     implicit agent of a passive ("was arrested"), an unnamed perpetrator where no place is
 *     known, each filling a side no named actor fills, at a lower confidence; PETRARCH codes
 *     an unowned role as any actor and no event without a named party
 */
public record Conventions(String name, boolean unrealizedAsIntent, boolean negationAsOpposite,
        boolean agentlessPassiveSourceInPhrase, boolean targetlessStatements, UnownedRoles unownedRoles,
        boolean genericParties) {
    public Conventions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unownedRoles, "unownedRoles");
    }

    /**
     * PLOVER's conventions: Dyad's default. A role nothing owns takes the country of its sentence
     * or article, else is of unknown country, and only fills a side no named actor fills
     * (generic parties).
     */
    public static final Conventions PLOVER = new Conventions("plover", true, false, false, false,
            UnownedRoles.INFERRED_COUNTRY, true);
    /**
     * PETRARCH's CAMEO conventions: a stated future action is coded as that action, a negated
     * one as its opposite when CAMEO has one, an agentless passive's source is found in its
     * phrases, a statement needs no target, and a role of no named country is {@code ---ROLE}.
     */
    public static final Conventions CAMEO = new Conventions("cameo", false, true, true, true,
            UnownedRoles.UNKNOWN_COUNTRY, false);

    /** {@link #PLOVER} or {@link #CAMEO} by name, in any case. */
    public static Conventions named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "plover" -> PLOVER;
            case "cameo" -> CAMEO;
            default -> throw new IllegalArgumentException("unknown conventions '" + name + "': use plover or cameo");
        };
    }
}
