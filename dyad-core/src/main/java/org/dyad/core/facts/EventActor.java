package org.dyad.core.facts;

import java.util.Optional;
import org.dyad.core.text.Span;

/**
 * The source or target of an event, as it stands in the raw text.
 *
 * @param basis what the party rests on: a name, a role, a pronoun ... or, for violence no one is
 *     named for, {@link ActorBasis#UNNAMED_PERPETRATOR}
 */
public record EventActor(ActorCode code, String text, Span rawSpan, Optional<ActorMention.Antecedent> antecedent,
        ActorBasis basis) {
    public EventActor {
        if (code == null || text == null || rawSpan == null || basis == null) {
            throw new IllegalArgumentException("an event actor needs a code, text, span and basis");
        }
        antecedent = antecedent == null ? Optional.empty() : antecedent;
    }

    /** A named party (basis {@link ActorBasis#NAME}). */
    public EventActor(ActorCode code, String text, Span rawSpan, Optional<ActorMention.Antecedent> antecedent) {
        this(code, text, rawSpan, antecedent, ActorBasis.NAME);
    }

    public static EventActor of(ActorMention mention) {
        return new EventActor(mention.code(), mention.text(), mention.rawSpan(), mention.antecedent(), mention.basis());
    }

    /** A person the text names but no dictionary lists: code {@code ---}, the name as written. */
    public static EventActor unlistedPerson(String text, Span rawSpan) {
        return new EventActor(ActorCode.UNKNOWN, text, rawSpan, Optional.empty(), ActorBasis.UNLISTED_PERSON);
    }

    /** The agent a passive implies ("was arrested"): code {@code ---}, empty text, an empty span at the verb. */
    public static EventActor implicitAgent(Span verb) {
        return new EventActor(ActorCode.UNKNOWN, "", new Span(verb.start(), verb.start()), Optional.empty(),
                ActorBasis.IMPLICIT_AGENT);
    }

    /** An unnamed or generic party ({@link ActorBasis#isGeneric()}). */
    public boolean isGeneric() {
        return basis.isGeneric();
    }
}
