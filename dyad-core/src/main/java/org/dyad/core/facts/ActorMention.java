package org.dyad.core.facts;

import java.util.Optional;
import org.dyad.core.text.Span;

/**
 * An actor found in a document: the tokens {@code [firstToken, endToken)} it covers, its head
 * token, its raw-text span, its code, what it rests on ({@link ActorBasis}), what kind of party
 * it is ({@link PartyKind}), and, for pronouns and descriptions, the earlier mention it refers to.
 *
 * @param rule how the actor stage found it, for people reading the output; no stage branches on it
 */
public record ActorMention(int firstToken, int endToken, int headToken, Span rawSpan, String text,
        ActorCode code, ActorBasis basis, PartyKind kind, String rule, Optional<Antecedent> antecedent) {

    public ActorMention {
        if (firstToken < 0 || endToken <= firstToken || headToken < firstToken || headToken >= endToken) {
            throw new IllegalArgumentException("bad actor token range [" + firstToken + ", " + endToken
                    + ") with head " + headToken);
        }
        if (rawSpan == null || text == null || code == null || basis == null || kind == null || rule == null) {
            throw new IllegalArgumentException("an actor mention needs a span, text, code, basis, kind and rule");
        }
        antecedent = antecedent == null ? Optional.empty() : antecedent;
        if (basis.refersBack() != antecedent.isPresent() && basis != ActorBasis.CONTEXT
                && basis != ActorBasis.TITLE && basis != ActorBasis.PLACED_ROLE) {
            throw new IllegalArgumentException("actor '" + text + "' (" + basis + ") "
                    + (antecedent.isPresent() ? "is no reference but has an antecedent" : "refers back but has no antecedent"));
        }
    }

    public boolean covers(int token) {
        return token >= firstToken && token < endToken;
    }

    /** A name that only modifies another noun ("Afghan" in "Afghan refugees"): never a party by itself. */
    public boolean isModifierOnly() {
        return basis == ActorBasis.MODIFIER;
    }

    /** The same mention under another code, basis and rule (an office in apposition, a prefix role). */
    public ActorMention recoded(ActorCode newCode, ActorBasis newBasis, String newRule) {
        return new ActorMention(firstToken, endToken, headToken, rawSpan, text, newCode, newBasis, kind, newRule,
                antecedent);
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
