package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.EventActor;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Prepositions;
import org.dyad.core.syntax.Rel;

/**
 * The parties of an event noun standing on its own, read from the noun's own dependents
 * (docs/coding.md, "Nominal events"): its possessor, compound or adjective ("Iran's request",
 * "police shooting", "Iranian attacks") and its "by" phrase are the agent, and so is the subject
 * of a support verb that carries it ("Soleimani approved the attacks"); its "of" phrase is the
 * patient of a transitive act ("the shooting of Jacob Blake") and the agent of an intransitive
 * one ("protests of workers", "a meeting of ministers"); "on", "against", "with", "to" ... name
 * the target ("attacks on the U.S.", "a meeting with Honcharuk"), "between X and Y" both sides.
 * With no agent named, violence has an unnamed perpetrator and the rest the agent the noun
 * implies, as a passive's.
 */
final class NominalParties {
    /** Roots whose "of" phrase names who acts: "protests of workers", "a meeting of ministers", "a mobilization of troops". */
    private static final Set<String> OF_AGENT_ROOTS = Set.of("04", "14", "15");
    /** Roots whose coordinated parties act with each other: "talks between Gondor and Rohan". */
    private static final Set<String> JOINT_ROOTS = Set.of("03", "04", "05", "06");
    /** Violence, coded with an unnamed perpetrator when no one is named for it. */
    static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Protest, which PLOVER codes with no party named ("visitors attended the rally"). */
    private static final String PROTEST_ROOT = "14";
    private static final Prepositions BY = Prepositions.of("by");
    private static final Prepositions OF = Prepositions.of("of");
    private static final Prepositions BETWEEN = Prepositions.of("between", "among");
    /** Support verbs whose subject acts the event of their phrase: "took part in protests", "participated in talks". */
    private static final Set<String> IN_SUPPORT = Set.of("participate", "take", "join", "engage");
    private static final String UNIDENTIFIED_FORCE = "UAF";
    /** Participles whose "by" agent holds the event they modify: "a rally called by", "talks hosted by". */
    private static final Set<String> HOSTING = Set.of("host", "call", "sponsor", "convene", "arrange", "plan", "make");

    /**
     * The sources and targets of the event {@code noun} names under {@code governor}; no source
     * when no party is named and the event needs one (anything but violence and protest with no
     * party at all).
     */
    Parties find(CodingContext ctx, Token noun, Token governor, String root) {
        List<Token> agents = new ArrayList<>();
        for (Token c : noun.children()) {
            String r = c.relation();
            if (r.equals(Rel.NMOD_POSS) || r.equals(Rel.COMPOUND) || r.equals(Rel.AMOD)) {
                agents.addAll(Phrases.conjuncts(c));
            }
        }
        agents.addAll(Phrases.prepositional(noun, -1, BY));
        List<Token> patients = new ArrayList<>(Phrases.prepositional(noun, -1, PhraseParties.TARGET));
        for (Token participle : Phrases.participlesOn(noun)) {
            // "a rally organized by Women for America First", "a phone call made by Trump to Zelensky"
            Token by = Clauses.byAgent(participle);
            if (by != null && (NominalFactuality.SUPPORT_VERBS.contains(lower(participle.lemma()))
                    || HOSTING.contains(lower(participle.lemma())))) {
                agents.addAll(Phrases.conjuncts(by));
                patients.addAll(Phrases.prepositional(participle, -1, PhraseParties.TARGET));
            }
        }
        if (OF_AGENT_ROOTS.contains(root)) {
            agents.addAll(Phrases.prepositional(noun, -1, OF));
        }
        agents.addAll(supportAgents(noun, governor));
        List<Party> sources = parties(ctx, agents, true);
        if (!OF_AGENT_ROOTS.contains(root)) {
            patients.addAll(Phrases.prepositional(noun, -1, OF));
        }
        List<Party> targets = others(parties(ctx, patients, false), sources);
        if (targets.isEmpty()) {
            // "attacks on a Russian convoy": the actor inside the target's phrase.
            targets = others(PhraseParties.inside(ctx, patients, PhraseParties.OBJECT_PHRASE).stream()
                    .map(Party::of).toList(), sources);
        }
        List<Party> pair = parties(ctx, Phrases.prepositional(noun, -1, BETWEEN), false);
        if (sources.isEmpty() && pair.size() >= 2) {
            // "talks between Gondor and Rohan" are each with the other; "clashes between A and B" A on B.
            sources = JOINT_ROOTS.contains(root) ? pair : pair.subList(0, 1);
            targets = JOINT_ROOTS.contains(root) ? List.of() : pair.subList(1, pair.size());
        }
        boolean unnamed = false;
        if (sources.isEmpty() && targets.isEmpty() && hasAbstractPatient(noun)) {
            return Parties.NONE; // "an abuse of power", "the destruction of evidence": no act on a party
        }
        if (sources.isEmpty()) {
            if (VIOLENT_ROOTS.contains(root)) {
                sources = List.of(new Party(new EventActor(ActorCode.ofUnknownCountry(UNIDENTIFIED_FORCE), noun.word(),
                        noun.rawSpan(), Optional.empty(), ActorBasis.UNNAMED_PERPETRATOR), noun.index()));
                unnamed = true;
            } else if (root.equals(PROTEST_ROOT) || !targets.isEmpty()) {
                sources = List.of(new Party(EventActor.implicitAgent(noun.rawSpan()), noun.index()));
            }
        }
        return new Parties(sources, targets, false, false, unnamed);
    }

    /**
     * The agent a support verb gives its event noun: its subject ("visitors attended the rally",
     * "Soleimani approved the attacks"), a passive's "by" agent ("the attacks were approved by
     * Soleimani"); none for a noun in a phrase of cause or result ("led to protests").
     */
    private static List<Token> supportAgents(Token noun, Token governor) {
        if (!carries(noun, governor)) {
            return List.of();
        }
        if (noun.relation().equals(Rel.NSUBJ_PASS)) {
            Token by = Clauses.byAgent(governor);
            return by == null ? List.of() : Phrases.conjuncts(by);
        }
        List<Token> out = new ArrayList<>();
        Clauses.subjects(governor).forEach(s -> out.addAll(Phrases.conjuncts(s)));
        return out;
    }

    /**
     * True when the governor is a support verb whose object, passive subject or "in" phrase
     * ("took part in protests") the noun is: the verb carries the noun's event.
     */
    static boolean carries(Token noun, Token governor) {
        if (noun.head() == null || noun.head().index() != governor.index()
                || !NominalFactuality.SUPPORT_VERBS.contains(lower(governor.lemma()))) {
            return false;
        }
        String r = noun.relation();
        return r.equals(Rel.OBJ) || r.equals(Rel.NSUBJ_PASS) || (Rel.is(r, Rel.OBL) && Phrases.caseOf(noun).equals("in")
                && IN_SUPPORT.contains(lower(governor.lemma())));
    }

    /** An "of" phrase that is a bare singular common noun: "abuse of power", "use of force". */
    private static boolean hasAbstractPatient(Token noun) {
        for (Token p : Phrases.prepositional(noun, -1, OF)) {
            if (p.pos().equals("NN") && p.children().stream().noneMatch(c -> c.relation().equals(Rel.DET)
                    || c.relation().equals(Rel.NMOD_POSS) || c.relation().equals(Rel.COMPOUND))) {
                return true;
            }
        }
        return false;
    }

    /** The named actors at these heads (modifier-only names too, for agents), else the generic parties there. */
    private static List<Party> parties(CodingContext ctx, List<Token> heads, boolean modifiers) {
        List<ActorMention> named = ctx.actorsOf(heads, modifiers);
        return named.isEmpty() ? GenericParties.at(ctx, heads) : named.stream().map(Party::of).toList();
    }

    /** The parties that are not one of the sources. */
    private static List<Party> others(List<Party> parties, List<Party> sources) {
        return parties.stream().filter(p -> sources.stream().noneMatch(s -> s.headToken() == p.headToken()
                || (s.code().knowsCountry() && s.code().equals(p.code())))).toList();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
