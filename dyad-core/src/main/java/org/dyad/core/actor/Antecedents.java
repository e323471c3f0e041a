package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;

/**
 * Where a reference finds its antecedent: the nearest earlier actor that fits, within a few
 * sentences, subjects preferred; the subject of a reflexive's clause; the last two countries of a
 * pair. An actor of unknown country or a bare modifier is no one's antecedent.
 */
final class Antecedents {
    /** How many sentences back a pronoun or description may find its antecedent. */
    static final int WINDOW = 3;
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "themselves");
    static final Set<String> SINGULAR_PRONOUNS = Set.of("it", "its", "itself");
    /** Pronouns that stand for a person: their antecedent is a person's name or a singular role. */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    /** Verbs whose subject "it" may stand for the clause after them: "it seems that", "it stands to reason that". */
    private static final Set<String> EXTRAPOSING_VERBS = Set.of("be", "seem", "appear", "stand", "happen", "matter",
            "remain", "become", "turn");
    static final Set<String> NON_STATE_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "WST", "INT");

    private Antecedents() {
    }

    static ActorMention nearestBefore(Document doc, int token, List<ActorMention> sofar, Predicate<ActorMention> fits) {
        int sentence = doc.sentences().sentenceOf(token);
        ActorMention best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ActorMention m : sofar) {
            // An actor of unknown country is no one's antecedent: it would pass the gap on.
            // A role placed by its context alone is no antecedent either: its country is a guess.
            if (m.endToken() > token || m.isModifierOnly() || !m.code().knowsCountry()
                    || m.basis() == ActorBasis.PLACED_ROLE || !fits.test(m)) {
                continue;
            }
            int distance = sentence - doc.sentences().sentenceOf(m.headToken());
            if (distance > WINDOW) {
                continue;
            }
            int score = salience(doc, sentence, m.headToken());
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }

    /**
     * The antecedent of a pronoun that is not reflexive, in a salience order: a possessive takes
     * the subject of its own clause first, through control too ("prompting France to recall its
     * ambassador": France); else the nearest fitting actor before it ({@link #nearestBefore}),
     * never a co-argument ({@link #isCoArgument}: "the Taliban barring them" are not the
     * Taliban). When that co-argument would have been the nearest, an "it" stands for a thing
     * ("the mission criticized it", "gunmen stormed it"), not for an actor further back; people
     * ({@code pastCoArgument}: "he", "they") are looked for further back.
     */
    static ActorMention salient(Document doc, int token, List<ActorMention> sofar, Predicate<ActorMention> fits,
            boolean pastCoArgument) {
        if (doc.pos().get(token).equals(Pos.PRP_POSSESSIVE)) {
            ActorMention subject = ownClauseSubject(doc, token, sofar, fits);
            if (subject != null) {
                return subject;
            }
        }
        ActorMention nearest = nearestBefore(doc, token, sofar, fits);
        if (nearest != null && !pastCoArgument && thingIsNearer(doc, token, nearest, sofar)) {
            return null;
        }
        if (nearest == null || !isCoArgument(doc, token, nearest)) {
            return nearest;
        }
        return pastCoArgument ? nearestBefore(doc, token, sofar, m -> fits.test(m) && !isCoArgument(doc, token, m)) : null;
    }

    /** The fitting actor before {@code token} that is a subject of the first verb above it. */
    private static ActorMention ownClauseSubject(Document doc, int token, List<ActorMention> sofar,
            Predicate<ActorMention> fits) {
        Token clause = doc.token(token).head();
        while (clause != null && !clause.isVerb()) {
            clause = clause.head();
        }
        if (clause == null) {
            return null;
        }
        for (Token subject : Clauses.subjects(clause)) {
            for (ActorMention m : sofar) {
                if (subject.index() < token && m.covers(subject.index()) && !m.isModifierOnly()
                        && m.code().knowsCountry() && fits.test(m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * An "it" that stands for no one: the subject of a copula or of a verb of seeming whose
     * clause comes after ("it was not long ago that ...", "it stands to reason that ...", "it is
     * urgent that ..."), as the parser does not always mark it {@code expl}.
     */
    static boolean isExtraposed(Document doc, int token) {
        Token it = doc.token(token);
        Token predicate = it.head();
        if (!it.word().equalsIgnoreCase("it") || !Rel.is(it.relation(), Rel.NSUBJ) || predicate == null) {
            return false;
        }
        boolean copular = !predicate.children(Rel.COP).isEmpty()
                || EXTRAPOSING_VERBS.contains(predicate.lemma().toLowerCase(Locale.ROOT));
        // not an infinitive: "it was ready to support Kenya" is the UNHCR
        return copular && predicate.children().stream().anyMatch(c -> c.index() > token
                && (Rel.is(c.relation(), Rel.CCOMP) || Rel.is(c.relation(), Rel.CSUBJ)));
    }

    /** Recency first, then grammatical salience: subjects are the usual antecedents. */
    private static int salience(Document doc, int sentence, int head) {
        int score = -(sentence - doc.sentences().sentenceOf(head)) * 100 + head / 10;
        String rel = doc.dependencies().relation(head);
        if (Rel.is(rel, Rel.NSUBJ)) {
            score += 50;
        }
        if (rel.equals(Rel.NMOD_POSS)) {
            score -= 30;
        }
        return score;
    }

    /**
     * Whether a singular noun that names no actor is more salient for the "it" at {@code token}
     * than {@code actor}: a reader takes the nearest fitting phrase, actor or not, and such an "it"
     * stands for a thing ("with an explosion and then gunmen stormed it": the hotel, not the
     * country of the sentence before).
     */
    static boolean thingIsNearer(Document doc, int token, ActorMention actor, List<ActorMention> sofar) {
        int sentence = doc.sentences().sentenceOf(token);
        int actorScore = salience(doc, sentence, actor.headToken());
        for (int t = doc.sentence(doc.sentences().sentenceOf(actor.headToken())).firstToken(); t < token; t++) {
            String pos = doc.pos().get(t);
            int at = t;
            if ((pos.equals("NN") || pos.equals("NNP")) && !doc.dependencies().relation(t).equals(Rel.COMPOUND)
                    && sofar.stream().noneMatch(m -> m.covers(at)) && salience(doc, sentence, t) > actorScore) {
                return true;
            }
        }
        return false;
    }

    /** The actor that is the subject of the clause a reflexive pronoun stands in. */
    static ActorMention clauseSubject(Document doc, int token, List<ActorMention> sofar) {
        for (Token gov = doc.token(token).head(); gov != null; gov = gov.head()) {
            for (Token c : gov.children()) {
                if (Rel.is(c.relation(), Rel.NSUBJ) && c.index() < token) {
                    for (ActorMention m : sofar) {
                        if (m.covers(c.index())) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The two most recent distinct countries before {@code t}, the earlier first. */
    static List<ActorMention> lastTwoCountries(Document doc, int t, List<ActorMention> sofar) {
        List<ActorMention> out = new ArrayList<>();
        int sentence = doc.sentences().sentenceOf(t);
        for (int i = sofar.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorMention m = sofar.get(i);
            if (m.endToken() > t || !isCountryLevel(m) || m.isModifierOnly()
                    || sentence - doc.sentences().sentenceOf(m.headToken()) > WINDOW) {
                continue;
            }
            if (out.isEmpty() || !out.get(0).code().country().equals(m.code().country())) {
                out.add(m);
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** A country or its state: not an organisation, a non-state party, or a party of unknown country. */
    static boolean isCountryLevel(ActorMention m) {
        return m.code().knowsCountry() && !m.kind().isOrganisation() && !NON_STATE_PREFIXES.contains(m.code().country())
                && !PartyKind.isNonStateSector(m.code().sector());
    }

    /** What "the group" can refer back to: an organisation or a non-state party. */
    static boolean isGroupLike(ActorMention m) {
        return m.kind().isOrganisation() || PartyKind.isNonStateSector(m.code().sector());
    }

    /** "they": a plural noun, coordinated names, a non-state party or organisation, or another plural pronoun. */
    static boolean pluralCompatible(Document doc, ActorMention m) {
        if (m.basis() == ActorBasis.PRONOUN) {
            return PLURAL_PRONOUNS.contains(lowerWord(doc, m.headToken()));
        }
        if (Pos.isPluralNoun(doc.pos().get(m.headToken())) || !doc.token(m.headToken()).children(Rel.CONJ).isEmpty()) {
            return true;
        }
        String sector = m.code().sector();
        return sector.equals("REB") || sector.equals("INS") || sector.equals("OPP") || m.kind().isOrganisation();
    }

    /**
     * "it": anything singular but a person (a country, a government, an organisation: "the United
     * Nations said it would help", not "Biden said it would"), or another singular pronoun.
     */
    static boolean singularCompatible(Document doc, ActorMention m, int[] personSpans) {
        if (m.basis() == ActorBasis.PRONOUN) {
            return SINGULAR_PRONOUNS.contains(lowerWord(doc, m.headToken()));
        }
        return !Pos.isPluralNoun(doc.pos().get(m.headToken())) && m.kind() != PartyKind.PERSON
                && personSpans[2 * m.headToken()] < 0;
    }

    /**
     * Whether {@code m} is a co-argument of the pronoun at {@code token}, the subject of the clause
     * it is an object or a phrase of ({@link Clauses#coArgumentSubjects}): a pronoun that is not
     * reflexive is free in its clause, so that subject is never its antecedent.
     */
    static boolean isCoArgument(Document doc, int token, ActorMention m) {
        return Clauses.coArgumentSubjects(doc.token(token)).stream().anyMatch(s -> m.covers(s.index()));
    }

    /**
     * "he", "she": a person's name (as NER marks it), a person in the dictionary, a singular role
     * ("the minister") or another personal pronoun; never a country or an organisation.
     */
    static boolean personCompatible(Document doc, ActorMention m, int[] personSpans) {
        int head = m.headToken();
        if (m.basis() == ActorBasis.PRONOUN) {
            return PERSONAL_PRONOUNS.contains(lowerWord(doc, head));
        }
        if (personSpans[2 * head] >= 0) {
            return true;
        }
        boolean role = m.basis() == ActorBasis.ROLE || m.basis() == ActorBasis.UNOWNED_ROLE;
        return role && !Pos.isPluralNoun(doc.pos().get(head));
    }

    private static String lowerWord(Document doc, int token) {
        return doc.tokens().word(token).toLowerCase(Locale.ROOT);
    }
}
