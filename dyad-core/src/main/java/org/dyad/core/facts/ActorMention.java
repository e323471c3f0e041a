package org.dyad.core.facts;

import java.util.Optional;
import org.dyad.core.text.Span;

/**
 * An actor found in a document: the tokens {@code [firstToken, endToken)} it covers, its head
 * token, its raw-text span, its code, and, for pronouns and descriptions, the earlier mention it
 * refers to.
 */
public record ActorMention(int firstToken, int endToken, int headToken, Span rawSpan, String text,
        ActorCode code, String rule, Optional<Antecedent> antecedent) {

    public ActorMention {
        if (firstToken < 0 || endToken <= firstToken || headToken < firstToken || headToken >= endToken) {
            throw new IllegalArgumentException("bad actor token range [" + firstToken + ", " + endToken
                    + ") with head " + headToken);
        }
        if (rawSpan == null || text == null || code == null || rule == null) {
            throw new IllegalArgumentException("an actor mention needs a span, text, code and rule");
        }
        antecedent = antecedent == null ? Optional.empty() : antecedent;
    }

    public boolean covers(int token) {
        return token >= firstToken && token < endToken;
    }

    /** The earlier mention a pronoun or description was resolved to. */
    public record Antecedent(String text, Span rawSpan) {
        public Antecedent {
            if (text == null || rawSpan == null) {
                throw new IllegalArgumentException("an antecedent needs text and span");
            }
        }
    }
}
