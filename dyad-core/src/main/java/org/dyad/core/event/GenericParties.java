package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.EventActor;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;
import org.dyad.core.text.Span;

/**
 * Parties unnamed or generic, as GDELT and POLECAT record them, for a side no named actor fills
 * (PLOVER's conventions): a role of the agent dictionary nothing owns ("police arrested",
 * "protesters clashed", "a man was detained": {@code ---COP}, {@code ---OPP}, {@code ---PPL}), a
 * person the text names whom no dictionary lists ("Fernández said": {@code ---}, the name kept),
 * and the agent a passive implies but does not name ("he was arrested": {@code ---}). A quantity
 * stands for what it counts ("dozens of protesters", "some of the protesters").
 */
final class GenericParties {
    /** Nouns that count what their "of" phrase names: "dozens of protesters", "thousands of people". */
    private static final Set<String> COUNT_NOUNS = Set.of("dozen", "dozens", "score", "scores", "hundred", "hundreds",
            "thousand", "thousands", "million", "millions", "ten", "tens", "number", "group", "crowd");
    private GenericParties() {
    }

    /**
     * The generic source of a reading with no named one: the generic parties at an active verb's
     * subject or a passive's agent, a person no dictionary lists only when the event has a target
     * (not "Rhys-Davies broke news") and {@code personMayAct}: a specific pattern, an event noun
     * or a conflict code coded it (not a verb's default cooperation: VOA "Ken Gause ... thinks
     * North Korea could", "Chin JouSen recently founded his real estate business"); for a passive
     * without an agent, its implicit agent, when its subject is itself a party, named or generic
     * ("Navalny was arrested", "protesters were detained"; not "the election was stolen from
     * Trump", whose party only modifies the subject), and the passive does not describe a noun
     * ("the raids in which 20 people were killed"). Such a person, or an open party, with no target
     * is a source only when {@code statedAlone}: the reading is one an unnamed party may make with no
     * recipient ({@link Dyads#statedWithoutRecipient}: "Barr and Ross refused to hand over the documents").
     */
    static List<Party> sources(CodingContext ctx, Token verb, boolean passive, Token byAgent, List<Party> targets,
            boolean personMayAct, boolean statedAlone) {
        if (describesNoun(verb) || (!passive && isBareParticiple(verb))) {
            // "raids in which it said 20 people were killed or wounded", "guerrillas who overran
            // it": what a clause says of a noun, or a participle sharing a passive's subject, is no
            // generic party's act.
            return List.of();
        }
        if (!passive || byAgent != null) {
            List<Party> found = at(ctx, passive ? Phrases.conjuncts(byAgent) : Clauses.subjects(verb));
            return found.stream().filter(p -> !isUnlisted(p) || (personMayAct && (!targets.isEmpty() || statedAlone)))
                    .toList();
        }
        List<Integer> patients = new ArrayList<>();
        for (Token s : Clauses.subjects(verb)) {
            Phrases.conjuncts(s).forEach(c -> patients.add(c.index()));
        }
        if (targets.stream().noneMatch(t -> patients.contains(t.headToken()))) {
            return List.of();
        }
        return List.of(new Party(EventActor.implicitAgent(verb.rawSpan()), verb.index()));
    }

    /**
     * The generic target of a reading with no named one: the generic parties at a passive's
     * subject ("protesters were arrested") or at an active verb's direct objects ("police
     * arrested a man"), never the event noun or a party that is one of the sources.
     */
    static List<Party> targets(CodingContext ctx, Token verb, boolean passive, int noun) {
        List<Token> heads = new ArrayList<>();
        if (passive) {
            heads.addAll(Clauses.subjects(verb));
        } else {
            for (Token o : Clauses.directObjects(verb)) {
                if (o.index() != noun) {
                    heads.addAll(Phrases.conjuncts(o));
                }
            }
        }
        return at(ctx, heads);
    }

    /** A person no dictionary lists, or a phrase or pronoun no actor resolves: they act only on what says so. */
    private static boolean isUnlisted(Party p) {
        return p.actor().basis() == ActorBasis.UNLISTED_PERSON || OpenParties.isOpen(p);
    }

    /** A clause describing a noun, itself or through the clauses and conjuncts above it (three levels). */
    private static boolean describesNoun(Token verb) {
        Token t = verb;
        for (int depth = 0; depth < 3 && t != null; depth++) {
            if (Clauses.inRelativeClause(t)) {
                return true;
            }
            t = t.head();
        }
        return false;
    }

    /**
     * A past participle with no auxiliary of its own coordinated with a passive: "wounded" in
     * "were killed or wounded" shares the passive's subject as its patient, not as its agent.
     */
    private static boolean isBareParticiple(Token verb) {
        return verb.pos().equals(Pos.VBN) && verb.relation().equals(Rel.CONJ) && verb.head() != null
                && Clauses.isPassive(verb.head()) && verb.children().stream().noneMatch(c -> Rel.is(c.relation(), Rel.AUX));
    }

    /**
     * The generic parties standing at these heads, each with its conjuncts; with open parties
     * ({@link OpenParties}), also the phrases and pronouns no actor resolves.
     */
    static List<Party> at(CodingContext ctx, List<Token> heads) {
        List<Party> out = new ArrayList<>();
        List<Token> all = new ArrayList<>();
        for (Token h : heads) {
            for (Token c : Phrases.conjuncts(h)) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
        }
        for (Token h : all) {
            Optional<Party> p = at(ctx, h);
            if (p.isEmpty()) {
                // "dozens of protesters", "some of the protesters": the quantity's "of" noun.
                p = counted(h).flatMap(c -> at(ctx, c));
            }
            p.filter(x -> out.stream().noneMatch(o -> o.headToken() == x.headToken())).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Party> at(CodingContext ctx, Token h) {
        if (h.pos().startsWith("PRP")) {
            // "He was sentenced", "I really urge": a pronoun the actor stage left without antecedent.
            return ctx.openParties() && !h.pos().equals(Pos.PRP_POSSESSIVE) ? OpenParties.pronoun(ctx, h) : Optional.empty();
        }
        Optional<ActorMention> role = ctx.genericRoleAt(h.index());
        if (role.isPresent()) {
            return role.map(Party::of);
        }
        Optional<Party> person = ctx.unlistedPersonAt(h.index()).map(e -> person(ctx.doc, e, h));
        return person.isPresent() || !ctx.openParties() ? person : OpenParties.phrase(ctx, h);
    }

    static Party person(Document doc, EntityMention e, Token head) {
        Span first = doc.token(e.firstToken()).rawSpan();
        Span last = doc.token(e.endToken() - 1).rawSpan();
        Span span = new Span(first.start(), last.end());
        return new Party(EventActor.unlistedPerson(span.of(doc.text().raw()), span), head.index());
    }

    /** The noun a quantity or partitive counts: "dozens of protesters", "some of the protesters". */
    private static Optional<Token> counted(Token h) {
        boolean quantity = h.pos().equals("CD") || h.pos().equals(Pos.DT) || h.pos().equals("JJ")
                || COUNT_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT));
        if (!quantity) {
            return Optional.empty();
        }
        for (Token c : h.children()) {
            if (Rel.is(c.relation(), Rel.NMOD) && Phrases.hasCase(c, "of") && c.index() > h.index()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
