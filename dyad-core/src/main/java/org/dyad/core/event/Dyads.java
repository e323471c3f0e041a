package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.PloverType;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Rel;

/**
 * Who acts on whom: one dyad per source and target, or for coordinated parties of a joint event
 * with no target ("Beijing and Moscow held exercises", "Gondor and Osgiliath postponed their
 * meeting") each with the other, both ways. Decides too when an event may stand without a target.
 */
final class Dyads {
    /** Roots whose events can be joint: "Beijing and Moscow held exercises" is each with the other. */
    private static final Set<String> JOINT_ROOTS = Set.of("03", "04", "05", "06");
    /**
     * Roots whose events make sense without a target when only a verb's default coded them:
     * demands, disapproval, rejection, threats, protest, force posture, coercion, assault, fighting.
     */
    private static final Set<String> TARGETLESS_ROOTS = Set.of("03", "10", "11", "12", "13", "14", "15", "17", "18",
            "19", "20");
    /** Sectors of armed parties, whose violence or mobilisation may have no recipient named. */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "UAF", "COP", "INS", "SPY", "CRM", "SEP",
            "RAD");
    /** CAMEO's generic intents: "express intent to cooperate", not specified (the default of plan, agree, offer). */
    private static final Set<String> GENERIC_INTENTS = Set.of("03", "030");
    /**
     * Verbs whose intent is a commitment, PLOVER's AGREE without a partner named ("agree to,
     * offer, promise, or otherwise indicate willingness or commitment to cooperate").
     */
    private static final Set<String> COMMITMENTS = Set.of("agree", "offer", "promise", "pledge", "vow", "swear",
            "commit", "consent", "undertake", "guarantee", "assure", "vouch", "volunteer", "accept");
    /** A cap on the pairs of one joint event: a long list of parties is not a web of dyads. */
    private static final int MAX_JOINT_DYADS = 12;

    private final Conventions conventions;

    Dyads(Conventions conventions) {
        this.conventions = conventions;
    }

    /** The reading with its dyads; empty when it has none (no source, or a target it needs and lacks). */
    Optional<Reading> form(Reading r) {
        List<Party> sources = r.parties().sources();
        List<Party> targets = r.parties().targets();
        List<Dyad> dyads = new ArrayList<>();
        boolean joint = false;
        if (targets.isEmpty() && isJoint(sources.size(), r.code(), r.verb(), r.noun())) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = 0; j < sources.size(); j++) {
                    Party a = sources.get(i);
                    Party b = sources.get(j);
                    if (i != j && !a.code().country().equals(b.code().country()) && dyads.size() < MAX_JOINT_DYADS) {
                        dyads.add(new Dyad(a, Optional.of(b)));
                    }
                }
            }
            joint = !dyads.isEmpty();
        }
        if (!joint) {
            for (Party s : sources) {
                int before = dyads.size();
                for (Party t : targets) {
                    if (!isSelf(s, t) && (!conventions.genericParties() || !unresolvedOnBothSides(s, Optional.of(t))
                            || mayStandUnresolved(r))) {
                        dyads.add(new Dyad(s, Optional.of(t)));
                    }
                }
                // A named target that is only the source itself is no target ("settlers in Hebron
                // set fire to the offices of the Palestinian administrators"); a pronoun that
                // resolved to the source is a wrong reading, not a missing target.
                boolean noTarget = targets.isEmpty()
                        || (dyads.size() == before && targets.stream().allMatch(t -> t.antecedent().isEmpty()));
                if (noTarget && mayStandAlone(r) && (!conventions.genericParties() || !s.actor().isGeneric()
                        || genericMayStandAlone(r, s))
                        && (!conventions.genericParties() || !unresolvedOnBothSides(s, Optional.empty())
                                || mayStandUnresolved(r))) {
                    // An event may have no target actor ("rebels rioted", "the army arrested seven"),
                    // but a verb's bare default naming cooperation, aid or yielding needs its partner.
                    dyads.add(new Dyad(s, Optional.empty()));
                }
            }
        }
        return dyads.isEmpty() ? Optional.empty() : Optional.of(r.withDyads(dyads, joint));
    }

    private boolean mayStandAlone(Reading r) {
        if (conventions.unrealizedAsIntent() && GENERIC_INTENTS.contains(r.entry().code())
                && !COMMITMENTS.contains(r.verb().lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return r.coding().specific() || r.hasNoun() || TARGETLESS_ROOTS.contains(r.root())
                || (conventions.targetlessStatements() && r.root().equals(CameoRoots.STATEMENT))
                || (conventions.genericParties() && isResignation(r));
    }

    /**
     * A generic or unnamed actor with no recipient: only the events PLOVER's manual codes without
     * one that say something without a named party ("protesters marched", "gunmen opened fire",
     * "troops massed", "the minister resigned", "the prime minister called for a 100%
     * immunization rate"): PROTEST, an armed party's MOBILIZE and ASSAULT (sections 3.12, 3.14,
     * 3.16), a resignation (3.7) and a request that says what is asked (3.8); not "officials
     * cautioned" or "authorities blame".
     */
    private static boolean genericMayStandAlone(Reading r, Party source) {
        Optional<PloverType> type = r.entry().plover().map(p -> p.type());
        if (type.filter(t -> t == PloverType.ASSAULT || t == PloverType.MOBILIZE).isPresent()) {
            // violence or a show of force with no victim named is an armed party's: "insurgents
            // ambushed a bus", not "women struggle to get jobs"
            return source.actor().basis() == ActorBasis.UNNAMED_PERPETRATOR
                    || ARMED_SECTORS.contains(source.code().sector());
        }
        return isResignation(r) || statedWithoutRecipient(r);
    }

    /**
     * What an unnamed party may do with no recipient because the reading says it plainly: a
     * protest (PLOVER manual 3.12, "all civilian demonstrations"), and a request or a refusal
     * that says what it asks or refuses, in a clause, an object or a "for" phrase (3.8, 3.9: "the
     * prime minister called for a 100% immunization rate", "Barr and Ross refused to hand over
     * the documents"); not "officials cautioned" or "authorities blame".
     */
    static boolean statedWithoutRecipient(Reading r) {
        Optional<PloverType> type = r.entry().plover().map(p -> p.type());
        return type.filter(t -> t == PloverType.PROTEST).isPresent()
                || (type.filter(t -> t == PloverType.REQUEST || t == PloverType.REJECT).isPresent()
                        && asksSomething(r.verb()));
    }

    /**
     * A dyad with a phrase or pronoun no actor resolves ({@link OpenParties}) and no side of known
     * country: "He was sentenced" (a passive's implicit agent on an unresolved "He"), "visitors
     * attended the rally".
     */
    private static boolean unresolvedOnBothSides(Party source, Optional<Party> target) {
        boolean open = OpenParties.isOpen(source) || target.filter(OpenParties::isOpen).isPresent();
        return open && !source.code().knowsCountry() && target.filter(t -> t.code().knowsCountry()).isEmpty();
    }

    /**
     * What may stand with both sides unresolved: the strongly material types (PLOVER's COERCE:
     * arrests, sentences, detentions; ASSAULT: attacks, beatings, killings; PROTEST) and what is
     * clearly stated: an accusation of a crime (CAMEO 112, "charged"), a request or refusal that
     * says what it asks or refuses. Cooperation, consultation, criticism and the like between
     * parties nobody names say too little to be an event (docs/coding.md).
     */
    static boolean mayStandUnresolved(Reading r) {
        Optional<PloverType> type = r.entry().plover().map(p -> p.type());
        return type.filter(t -> t == PloverType.COERCE || t == PloverType.ASSAULT).isPresent()
                || (type.filter(t -> t == PloverType.ACCUSE).isPresent() && r.entry().code().startsWith("112"))
                || statedWithoutRecipient(r);
    }

    /** What a request asks, in a clause, an object or a "for" phrase: "called for a 100% immunization rate". */
    private static boolean asksSomething(Token verb) {
        return verb.children().stream().anyMatch(c -> c.relation().equals(Rel.CCOMP) || c.relation().equals(Rel.XCOMP))
                || !Clauses.objects(verb).isEmpty() || verb.children().stream().anyMatch(c -> Phrases.hasCase(c, "for"));
    }

    /** PLOVER's RETREAT covers "resignations of government officials" (manual, section 3.7), with no recipient. */
    private static boolean isResignation(Reading r) {
        return r.entry().plover().filter(p -> p.type() == PloverType.RETREAT)
                .flatMap(p -> p.mode()).filter(m -> m.equals("resign")).isPresent();
    }

    /**
     * An actor and itself: the same code; with generic parties, two parties of no known country
     * ("police" and "protesters" are both {@code ---} somewhere) are one only at the same words.
     */
    private boolean isSelf(Party s, Party t) {
        if (conventions.genericParties() && (!s.code().knowsCountry() || !t.code().knowsCountry())) {
            return s.headToken() == t.headToken();
        }
        return s.code().equals(t.code());
    }

    /** Coordinated parties of a cooperative or reciprocal event act with each other. */
    boolean isJoint(int sourceCount, String code, Token verb, int noun) {
        if (Rel.isNounClause(verb.relation()) && Clauses.isPassive(verb)) {
            return false; // "a fight joined by Brunei, Malaysia and Vietnam": they join the fight, not each other
        }
        return sourceCount >= 2 && (JOINT_ROOTS.contains(code.substring(0, 2)) || hasReciprocalObject(verb, noun));
    }

    /** "their meeting", "each other": the coordinated subjects act on one another. */
    private static boolean hasReciprocalObject(Token verb, int noun) {
        List<Token> objs = new ArrayList<>(Clauses.objects(verb));
        if (noun >= 0) {
            objs.add(verb.document().token(noun));
        }
        for (Token o : objs) {
            if (o.word().equalsIgnoreCase("other") || o.word().equalsIgnoreCase("another")) {
                return true;
            }
            for (Token c : o.children(Rel.NMOD_POSS)) {
                if (c.word().equalsIgnoreCase("their")) {
                    return true;
                }
            }
        }
        return false;
    }
}
