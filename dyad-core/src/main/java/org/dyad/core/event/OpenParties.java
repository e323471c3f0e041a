package org.dyad.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.EventActor;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;
import org.dyad.core.text.Span;

/**
 * Parties no actor resolves (PLOVER's conventions): a phrase that names people but matches no
 * actor ("visitors", "my siblings", an organisation NER marks that no dictionary lists), code
 * {@code ---} with its words kept ({@link ActorBasis#UNRESOLVED_PHRASE}); and a pronoun the
 * actor stage left without antecedent ({@link ActorBasis#UNRESOLVED_PRONOUN}): "he", "she", "they" take the nearest fitting party no dictionary names
 * (a person NER marks, a role nothing owns) earlier in the sentence or the sentence before;
 * else the pronoun stays {@code ---}; "it" is a party only when an organisation NER marks is its
 * antecedent. First and second persons are no parties: inside a quotation
 * they are mostly opinion ("we need a surge", "I suspect"), not an event (docs/coding.md).
 */
final class OpenParties {
    private static final Set<String> SINGULAR = Set.of("he", "him", "she", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    /** Pronouns of a thing: a party only with an organisation as antecedent ("the committee says it has found"). */
    private static final Set<String> NEUTER = Set.of("it");
    /** Modifiers before a noun that belong to its phrase: "my siblings", "around 18,250 to 63,000 visitors". */
    private static final Set<String> PHRASE_MODIFIERS = Set.of(Rel.DET, Rel.DET_POSS, Rel.AMOD, Rel.COMPOUND,
            Rel.NMOD_POSS, Rel.NUMMOD, Rel.ADVMOD, "nmod:npmod");

    private OpenParties() {
    }

    /** The open party a pronoun stands for, if it stands for one. */
    static Optional<Party> pronoun(CodingContext ctx, Token h) {
        String w = h.word().toLowerCase(Locale.ROOT);
        if (NEUTER.contains(w) && !h.relation().equals(Rel.EXPL)) {
            // "it" mostly stands for a thing or for nothing ("it said", "it is urgent"): a party
            // only when an organisation no dictionary names is its antecedent.
            return antecedent(ctx, h, Antecedent.ORGANISATION).map(p -> referring(h, p));
        }
        if (!SINGULAR.contains(w) && !PLURAL.contains(w)) {
            return Optional.empty();
        }
        Optional<Party> antecedent = antecedent(ctx, h, PLURAL.contains(w) ? Antecedent.PEOPLE : Antecedent.PERSON);
        return Optional.of(antecedent.map(p -> referring(h, p))
                .orElseGet(() -> new Party(unresolved(h.word(), h.rawSpan(), Optional.empty(), ActorCode.UNKNOWN,
                        ActorBasis.UNRESOLVED_PRONOUN), h.index())));
    }

    /**
     * The open party a noun phrase names: its head names people ({@link PersonNouns}), or it is an
     * organisation NER marks that no actor covers; its words from its first modifier to its head.
     */
    static Optional<Party> phrase(CodingContext ctx, Token h) {
        if (!Pos.isNoun(h.pos())) {
            return Optional.empty();
        }
        Optional<EntityMention> org = entityAt(ctx, h.index(), "ORGANIZATION");
        Span span;
        if (org.isPresent()) {
            span = new Span(ctx.doc.token(org.get().firstToken()).rawSpan().start(),
                    ctx.doc.token(org.get().endToken() - 1).rawSpan().end());
        } else if (ctx.persons.namesPeople(h.lemma())) {
            span = new Span(ctx.doc.token(firstOfPhrase(h)).rawSpan().start(), h.rawSpan().end());
        } else {
            return Optional.empty();
        }
        return Optional.of(new Party(unresolved(span.of(ctx.doc.text().raw()), span, Optional.empty(),
                ActorCode.UNKNOWN, ActorBasis.UNRESOLVED_PHRASE), h.index()));
    }

    /** True for the parties this class makes: a phrase or a pronoun no actor resolves. */
    static boolean isOpen(Party p) {
        ActorBasis b = p.actor().basis();
        return b == ActorBasis.UNRESOLVED_PHRASE || b == ActorBasis.UNRESOLVED_PRONOUN;
    }

    /** What a pronoun may refer to: a person ("he", "she"), people ("they"), an organisation ("it"). */
    private enum Antecedent { PERSON, PEOPLE, ORGANISATION }

    /**
     * "he", "she": a person NER marks or a singular role nothing owns; "they": a plural role nothing
     * owns or a plural noun naming people; "it": an organisation NER marks that no actor covers;
     * the nearest before the pronoun, in its sentence or the one before, subjects first, never the
     * subject of the pronoun's own clause when the pronoun is its object or phrase ("the
     * protesters said police beat them": the protesters, not police).
     */
    private static Optional<Party> antecedent(CodingContext ctx, Token pronoun, Antecedent kind) {
        Document doc = ctx.doc;
        int sentence = doc.sentences().sentenceOf(pronoun.index());
        int from = doc.sentence(Math.max(0, sentence - 1)).firstToken();
        List<Token> coArguments = Clauses.coArgumentSubjects(pronoun);
        boolean plural = kind == Antecedent.PEOPLE;
        Party best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int t = from; t < pronoun.index(); t++) {
            Token c = doc.token(t);
            if (!Pos.isNoun(c.pos()) || Pos.isPluralNoun(c.pos()) != plural || c.relation().equals(Rel.COMPOUND)
                    || coArguments.contains(c)) {
                continue;
            }
            int at = t;
            Optional<Party> p = switch (kind) {
                case PERSON -> ctx.genericRoleAt(t).map(Party::of).or(() -> ctx.unlistedPersonAt(at)
                        .filter(e -> e.endToken() - 1 == c.index()).map(e -> GenericParties.person(doc, e, c)));
                case PEOPLE -> ctx.genericRoleAt(t).map(Party::of).or(() -> phrase(ctx, c));
                case ORGANISATION -> entityAt(ctx, at, "ORGANIZATION").filter(e -> e.endToken() - 1 == c.index())
                        .flatMap(e -> phrase(ctx, c));
            };
            if (p.isPresent()) {
                int score = t + (c.relation().startsWith(Rel.NSUBJ) ? 1000 : 0)
                        + (doc.sentences().sentenceOf(t) == sentence ? 2000 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = p.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The pronoun at {@code h} standing for {@code p}: p's code, the pronoun's words, p as its antecedent. */
    private static Party referring(Token h, Party p) {
        EventActor a = p.actor();
        boolean named = a.code().knowsCountry() && !a.isGeneric();
        return new Party(unresolved(h.word(), h.rawSpan(), Optional.of(new ActorMention.Antecedent(a.text(), a.rawSpan())),
                a.code(), named ? ActorBasis.PRONOUN : ActorBasis.UNRESOLVED_PRONOUN), h.index());
    }

    private static EventActor unresolved(String text, Span span, Optional<ActorMention.Antecedent> antecedent,
            ActorCode code, ActorBasis basis) {
        return new EventActor(code, text, span, antecedent, basis);
    }

    /** The first token of a noun's phrase: its determiners, possessors, numbers and adjectives before it. */
    private static int firstOfPhrase(Token h) {
        int first = h.index();
        for (Token c : h.children()) {
            if (c.index() < first && PHRASE_MODIFIERS.contains(c.relation())) {
                first = Math.min(first, firstOfPhrase(c));
            }
        }
        return first;
    }

    private static Optional<EntityMention> entityAt(CodingContext ctx, int token, String type) {
        if (!ctx.doc.has(LayerKind.ENTITIES) || !ctx.actorsCovering(token).isEmpty()) {
            return Optional.empty();
        }
        for (EntityMention e : ctx.doc.entities()) {
            if (e.type().equals(type) && e.firstToken() <= token && token < e.endToken()) {
                for (int t = e.firstToken(); t < e.endToken(); t++) {
                    if (!ctx.actorsCovering(t).isEmpty()) {
                        return Optional.empty();
                    }
                }
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
