package org.dyad.core.calibration;

import java.util.Optional;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.EventActor;

/**
 * How an event's party was found, as confidence is calibrated by it: a name, a generic role or
 * description, a reference back to an earlier actor, the unnamed perpetrator of violence, or no
 * party at all (an event without a target). Every {@link ActorBasis} maps to one class, so a new
 * basis must say here which it is.
 */
public enum PartyClass {
    /** A dictionary name, a capital, a person named with an office, a resident people. */
    NAMED,
    /**
     * A role noun with its owner, a modifier name, a title with a name no dictionary knows:
     * "Afghan soldiers", "President Tinubu".
     */
    GENERIC,
    /** A pronoun, definite description or pair resolved to an earlier actor. */
    REFERRED,
    /**
     * A party of unknown country that the text names: a role nothing owns ("police", "gunmen"), a
     * person no dictionary lists, a phrase or pronoun no actor resolves. Its events are PLOVER's generic-party events, kept apart from
     * owned roles so that their lower reliability shows.
     */
    UNKNOWN_COUNTRY,
    /** The unidentified force behind violence no one is named for, or a passive's implicit agent. */
    UNNAMED,
    /** No party: the event has no target. */
    NONE,
    /**
     * A role nothing owns whose country its sentence or the article's focus gives
     * ({@link ActorBasis#PLACED_ROLE}, issue 15): generic, with an inferred country, kept apart
     * so that the calibration refit measures how often that country is right.
     */
    INFERRED_COUNTRY;

    /** The class of a party's basis. */
    public static PartyClass of(ActorBasis basis) {
        return switch (basis) {
            case NAME, CAPITAL, APPOSITION, RESIDENT -> NAMED;
            case ROLE, CONTEXT, MODIFIER, TITLE -> GENERIC;
            case UNOWNED_ROLE, UNLISTED_PERSON, UNRESOLVED_PHRASE, UNRESOLVED_PRONOUN -> UNKNOWN_COUNTRY;
            case PRONOUN, DESCRIPTION, PAIR -> REFERRED;
            case UNNAMED_PERPETRATOR, IMPLICIT_AGENT -> UNNAMED;
            case PLACED_ROLE -> INFERRED_COUNTRY;
        };
    }

    /** The class of a party that may be missing ({@link #NONE}). */
    public static PartyClass of(Optional<EventActor> party) {
        return party.map(p -> of(p.basis())).orElse(NONE);
    }
}
