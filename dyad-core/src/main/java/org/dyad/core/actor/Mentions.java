package org.dyad.core.actor;

import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;
import org.dyad.core.text.Span;

/** Builds actor mentions over token ranges, with their raw spans, and the codes and kinds of dictionary names. */
final class Mentions {
    private Mentions() {
    }

    static ActorMention of(Document doc, int first, int end, int head, ActorCode code, ActorBasis basis, PartyKind kind,
            String rule, Optional<ActorMention.Antecedent> antecedent) {
        Span raw = doc.text().rawSpan(doc.tokens().start(first), doc.tokens().end(end - 1));
        return new ActorMention(first, end, head, raw, raw.of(doc.text().raw()), code, basis, kind, rule, antecedent);
    }

    /** A reference to {@code antecedent}: its text and span. */
    static Optional<ActorMention.Antecedent> antecedent(ActorMention antecedent) {
        return Optional.of(new ActorMention.Antecedent(antecedent.text(), antecedent.rawSpan()));
    }

    /** The words {@code [first, end)} that gave an inferred actor its country, as its antecedent. */
    static Optional<ActorMention.Antecedent> evidence(Document doc, int first, int end) {
        Span raw = doc.text().rawSpan(doc.tokens().start(first), doc.tokens().end(end - 1));
        return Optional.of(new ActorMention.Antecedent(raw.of(doc.text().raw()), raw));
    }

    /** The code a name stands for: a capital stands for its government. */
    static ActorCode ownerCode(DictionaryMatch m) {
        ActorCode code = m.actor().code();
        return m.actor().kind() == ActorKind.CAPITAL ? code.withSector("GOV") : code;
    }
}
