package org.dyad.core.actor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Rel;

/**
 * "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": a people named by its
 * demonym and placed in another country belongs to the country it lives in, as CAMEO codes
 * ethnic groups. "in" needs "ethnic" (Americans in Iraq are still Americans); an ethnic subject
 * may be placed by its verb ("ethnic Albanians demonstrated in Serbia"), and an ethnic role by
 * its participle ("ethnic Albanian guerrillas operating in Macedonia").
 */
final class Residence {
    private Residence() {
    }

    /** The country or place the people at {@code head}, named by {@code demonym}, lives in, if the text places it. */
    static Optional<DictionaryMatch> of(Document doc, int head, DictionaryMatch demonym, Map<Integer, DictionaryMatch> byHead) {
        boolean people = head == demonym.head();
        boolean ethnic = isEthnic(doc.token(head)) || isEthnic(doc.token(demonym.head()));
        if (demonym.actor().kind() != ActorKind.ADJECTIVE || (people && !doc.pos().get(head).endsWith("S"))
                || (!people && !ethnic)) {
            return Optional.empty(); // a role's nationality moves only when it is called ethnic
        }
        Optional<DictionaryMatch> place = placeNamed(doc.token(head), ethnic ? Set.of("in", "of") : Set.of("of"), byHead);
        Token gov = doc.token(head).head();
        if (place.isEmpty() && ethnic && gov != null && Rel.is(doc.dependencies().relation(head), Rel.NSUBJ)) {
            place = placeNamed(gov, Set.of("in"), byHead);
            for (Token when : gov.children()) { // "demonstrated on Tuesday in Serbia"
                if (place.isEmpty() && Rel.is(when.relation(), Rel.OBL)) {
                    place = placeNamed(when, Set.of("in"), byHead);
                }
            }
        }
        if (place.isEmpty() && ethnic) {
            // "ethnic Albanian guerrillas operating in Macedonia"
            for (Token clause : doc.token(head).children()) {
                if (place.isEmpty() && Rel.isNounClause(clause.relation()) && clause.isVerb()) {
                    place = placeNamed(clause, Set.of("in"), byHead);
                }
            }
        }
        return place.filter(p -> !p.actor().code().equals(demonym.actor().code()));
    }

    private static boolean isEthnic(Token t) {
        return t.children().stream().anyMatch(c -> c.relation().equals(Rel.AMOD) && c.word().equalsIgnoreCase("ethnic"));
    }

    private static Optional<DictionaryMatch> placeNamed(Token head, Set<String> prepositions,
            Map<Integer, DictionaryMatch> byHead) {
        for (Token child : head.children()) {
            if (!Rel.isObliqueOrNominal(child.relation())) {
                continue;
            }
            boolean placeCase = prepositions.stream().anyMatch(p -> Phrases.hasCase(child, p));
            DictionaryMatch m = byHead.get(child.index());
            if (placeCase && m != null && m.isActor()
                    && (m.actor().kind() == ActorKind.COUNTRY || m.actor().kind() == ActorKind.PLACE)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
