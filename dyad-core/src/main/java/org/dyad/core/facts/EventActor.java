package org.dyad.core.facts;

import java.util.Optional;
import org.dyad.core.text.Span;

/** The source or target of an event, as it stands in the raw text. */
public record EventActor(ActorCode code, String text, Span rawSpan, Optional<ActorMention.Antecedent> antecedent) {
    public EventActor {
        if (code == null || text == null || rawSpan == null) {
            throw new IllegalArgumentException("an event actor needs a code, text and span");
        }
        antecedent = antecedent == null ? Optional.empty() : antecedent;
    }

    public static EventActor of(ActorMention mention) {
        return new EventActor(mention.code(), mention.text(), mention.rawSpan(), mention.antecedent());
    }
}
