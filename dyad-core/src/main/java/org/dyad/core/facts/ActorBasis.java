package org.dyad.core.facts;

/**
 * What in the text an actor mention rests on. Stages decide by this, never by a mention's
 * {@code rule}, which is an audit trail for people.
 */
public enum ActorBasis {
    /** A dictionary name standing for its actor: "Uzbekistan", "the Taliban", "Karimov". */
    NAME,
    /** A capital or seat of government standing for its government: "Beijing", "the Kremlin". */
    CAPITAL,
    /**
     * A name that only modifies another noun ("Afghan" in "Afghan refugees", "Western" in
     * "Western sanctions"): kept for nominal events, never a party or an antecedent by itself.
     */
    MODIFIER,
    /** A role noun with its owner: "Afghan soldiers", "Russia's ambassador", "troops from the Chinese military". */
    ROLE,
    /** A people placed in the country it lives in: "ethnic Albanians in southern Serbia". */
    RESIDENT,
    /** A person whose office in apposition gives the code: "Kenzo Oshima, the UN relief coordinator". */
    APPOSITION,
    /** A role owned by the one country its sentence names: "Judge Rivera opened investigations against Chilean officials". */
    CONTEXT,
    /**
     * A title with a name no dictionary knows ("President Tinubu", "Interior Minister Fred
     * Matiangi", "Lt. Gen. Ahmed Sharif Chaudhry"): the sector from the title, the country from the
     * title's own modifier, else the one country of its sentence, else the article's focus
     * country. Inferred: the mention keeps the name that gave its country as its antecedent, so
     * events on it are less sure.
     */
    TITLE,
    /** A role noun nothing owns, of unknown country: "a senior official said" -> {@code ---GOV}, "police arrested" -> {@code ---COP}. */
    UNOWNED_ROLE,
    /** A pronoun resolved to an earlier actor: "they", "its". */
    PRONOUN,
    /** A definite description resolved to an earlier actor: "the militants", "the country", "the group". */
    DESCRIPTION,
    /** One of a pair resolved to the last two countries: "both countries", "the two sides". */
    PAIR,
    /** The unidentified force behind violence no one is named for, where it happened (an event's party only). */
    UNNAMED_PERPETRATOR,
    /**
     * A person the text names (a PERSON entity) whom no dictionary lists: "Fernández said", code
     * {@code ---}, the name kept as the party's text (an event's party only).
     */
    UNLISTED_PERSON,
    /**
     * The agent a passive implies but does not name: who arrested in "he was arrested", code
     * {@code ---}, with an empty text at the verb (an event's party only).
     */
    IMPLICIT_AGENT,
    /**
     * A phrase that names people or an organisation but matches no actor: "visitors attended the
     * rally", "my siblings being beaten", code {@code ---}, the phrase kept (an event's party
     * only, PLOVER's conventions).
     */
    UNRESOLVED_PHRASE,
    /**
     * A pronoun no dictionary actor resolves: "He was sentenced", code {@code ---}, or the code of
     * the party no dictionary names that it refers to (a quotation's speaker, a person NER marks),
     * which is then its antecedent (an event's party only, PLOVER's conventions).
     */
    UNRESOLVED_PRONOUN,
    /**
     * A role nothing owns that takes the country a reader gives it (issue 15): the one country
     * its sentence names, else the article's focus country ("Police arrested two men" in a story
     * about Kenya -> {@code KENCOP}; {@code org.dyad.core.actor.CountryContext}). Inferred: the
     * mention keeps the words that gave its country as its antecedent, and it stays a generic
     * party, as {@link #UNOWNED_ROLE} is, that only fills a side no named actor fills.
     */
    PLACED_ROLE;

    /** True for mentions that stand for an earlier one: pronouns, descriptions and pairs. */
    public boolean refersBack() {
        return this == PRONOUN || this == DESCRIPTION || this == PAIR;
    }

    /**
     * True for a party that is unnamed or generic: a role nothing owns ("police", "protesters"),
     * a person no dictionary lists, a passive's implicit agent, an unnamed perpetrator. Events
     * with such a party get a lower confidence (docs/coding.md, "Unnamed and generic parties").
     */
    public boolean isGeneric() {
        return this == UNOWNED_ROLE || this == UNLISTED_PERSON || this == IMPLICIT_AGENT || this == UNNAMED_PERPETRATOR
                || this == UNRESOLVED_PHRASE || this == UNRESOLVED_PRONOUN || this == PLACED_ROLE;
    }

    /**
     * True for a role nothing owns, of unknown country or placed by its sentence or article
     * ({@link #UNOWNED_ROLE}, {@link #PLACED_ROLE}): a generic party under PLOVER's conventions.
     */
    public boolean isUnownedRole() {
        return this == UNOWNED_ROLE || this == PLACED_ROLE;
    }
}
