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
            // Recency first, then grammatical salience: subjects are the usual antecedents.
            int score = -distance * 100 + m.headToken() / 10;
            String rel = doc.dependencies().relation(m.headToken());
            if (Rel.is(rel, Rel.NSUBJ)) {
                score += 50;
            }
            if (rel.equals(Rel.NMOD_POSS)) {
                score -= 30;
            }
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
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

    /** "it": anything singular, or another singular pronoun. */
    static boolean singularCompatible(Document doc, ActorMention m) {
        if (m.basis() == ActorBasis.PRONOUN) {
            return SINGULAR_PRONOUNS.contains(lowerWord(doc, m.headToken()));
        }
        return !Pos.isPluralNoun(doc.pos().get(m.headToken()));
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
