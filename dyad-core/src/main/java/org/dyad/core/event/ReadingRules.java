package org.dyad.core.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.Factuality;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Rel;

/**
 * A reading's factuality and what the conventions make of it: an attempt at violence is the act;
 * under CAMEO's conventions a verb that negates itself is its opposite; under PLOVER's, promised
 * cooperation is the agreement, announced conflict a threat and refused cooperation a rejection,
 * each asserted (docs/coding.md).
 */
final class ReadingRules {
    /**
     * Roots whose attempt is the act: CAMEO counts an attempted assassination or assault as one
     * (186 "kill or attempt to kill"), while tried cooperation or coercion has not happened.
     */
    private static final Set<String> ATTEMPT_ROOTS = Set.of("18", "19", "20");
    /**
     * Cooperation that is only promised or planned becomes the intent code of its root (CAMEO 03x),
     * and so does a concession (08) to a named party ("the rebels will release the prime
     * minister"); a concession without a partner ("will resign") stays a future.
     */
    private static final Map<String, String> INTENT_CODES = Map.of("04", "036", "05", "032", "06", "031", "07", "033",
            "08", "035");

    private final FactualityClassifier factuality;
    private final CameoOntology ontology;
    private final Conventions conventions;

    ReadingRules(FactualityClassifier factuality, CameoOntology ontology, Conventions conventions) {
        this.factuality = factuality;
        this.ontology = ontology;
        this.conventions = conventions;
    }

    Reading apply(Document doc, Reading r) {
        Token verb = r.verb();
        FactualityClassifier.Assessment assessed = factuality.assess(doc, verb.index());
        Factuality fact = assessed.factuality();
        String root = r.root();
        Reading out = r.withFactuality(fact);
        if (fact == Factuality.ATTEMPTED && ATTEMPT_ROOTS.contains(root)) {
            // "said they attempted to assassinate"
            out = out.rewritten(out.entry(), Factuality.ASSERTED, CodingTrace.Mechanism.ATTEMPT_AS_ACT, "attempted");
            fact = Factuality.ASSERTED;
        }
        if (conventions.negationAsOpposite() && fact == Factuality.NEGATED && assessed.negatesItself()) {
            Optional<CameoEntry> opposite = ontology.negation(out.entry().code());
            if (opposite.isPresent()) {
                out = out.rewritten(opposite.get(), Factuality.ASSERTED, CodingTrace.Mechanism.NEGATION_AS_OPPOSITE,
                        "negated " + out.entry().code() + " -> " + opposite.get().code());
                fact = Factuality.ASSERTED;
            }
        }
        boolean hasPartner = out.hasPartner();
        if (conventions.unrealizedAsIntent() && hasPartner && INTENT_CODES.containsKey(root)
                && (fact == Factuality.FUTURE || (fact == Factuality.REPORTED_INTENT && isOwnIntention(verb)))) {
            // PLOVER: cooperation promised or planned is an agreement, and that is asserted.
            Optional<CameoEntry> intent = ontology.get(INTENT_CODES.get(root));
            if (intent.isPresent() && intent.get().plover().isPresent()) {
                out = out.rewritten(intent.get(), Factuality.ASSERTED, CodingTrace.Mechanism.PROMISE_AS_AGREE,
                        fact.label() + " " + r.code() + " -> " + intent.get().code());
                fact = Factuality.ASSERTED;
            }
        }
        if (conventions.unrealizedAsIntent()) {
            Optional<CameoEntry> reading = unrealized(verb, r.code(), fact, assessed, hasPartner || r.hasNoun())
                    .flatMap(ontology::nearest).filter(e -> e.plover().isPresent());
            if (reading.isPresent()) {
                out = out.rewritten(reading.get(), Factuality.ASSERTED,
                        CodingTrace.Mechanism.UNREALIZED_AS_THREAT_OR_REFUSAL,
                        fact.label() + " " + r.code() + " -> " + reading.get().code());
            }
        }
        return out;
    }

    /**
     * PLOVER codes what is announced or refused as the threat or rejection it is: conflict that is
     * future, intended or conditional, against a named target or as an event noun, is a threat
     * ("will extend the curfew in Abidjan", "may halt mediation if ..."); cooperation refused for
     * the future is a rejection ("will not accept refugees").
     */
    private static Optional<String> unrealized(Token verb, String code, Factuality fact,
            FactualityClassifier.Assessment assessed, boolean hasPartner) {
        if (hasPartner && (fact == Factuality.FUTURE || (fact == Factuality.REPORTED_INTENT && isOwnIntention(verb)))) {
            return ThreatsAndRefusals.threat(code);
        }
        if (hasPartner && fact == Factuality.HYPOTHETICAL && Clauses.isConditional(verb)) {
            return ThreatsAndRefusals.threat(code); // "may halt mediation efforts if cooperation founders"
        }
        if (fact == Factuality.NEGATED && assessed.refusal()) {
            return ThreatsAndRefusals.refusal(code);
        }
        return Optional.empty();
    }

    /**
     * An intention is the subject's own when the verb is the subject-controlled complement of the
     * intent predicate ("plans to impose"); what a party demands or urges of another ("demanded
     * that the US match", "urged the EC to support", "demanded a UN presence to protect them") is
     * not that party's promise or threat.
     */
    private static boolean isOwnIntention(Token verb) {
        return verb.relation().equals(Rel.XCOMP) && verb.head() != null && Clauses.directObjects(verb.head()).isEmpty();
    }
}
