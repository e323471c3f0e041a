package org.dyad.core.conventions;

/**
 * What the actor stage makes of a role noun when nothing in the text says whose it is ("a senior
 * official said", "police arrested ...").
 */
public enum UnownedRoles {
    /** No actor: Dyad's default, as an event with a countryless party is rarely usable. */
    LEFT_OUT,
    /** PETRARCH's reading: an actor of unknown country, {@code ---GOV}. */
    UNKNOWN_COUNTRY,
    /**
     * As a reader takes it (issue 15): the country of its sentence, else of the article's focus
     * ({@code ActorBasis.PLACED_ROLE}), else, when neither gives one, of unknown country.
     */
    INFERRED_COUNTRY
}
