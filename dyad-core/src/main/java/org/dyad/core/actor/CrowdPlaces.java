package org.dyad.core.actor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Rel;

/**
 * A crowd no name owns, placed only by where it is: "protesters in Minsk", "police detained
 * dozens of protesters in Minsk", "thousands of demonstrators rallied in Belgrade". Protesters,
 * demonstrators and rioters are, as news coders read them, people of the country they gather in,
 * so the crowd takes the country (never the government) of the capital, place or country in an
 * "in" phrase on the crowd itself, on the quantity it counts, or on the verb it is the subject or
 * object of. Marked {@link ActorBasis#CONTEXT} with the place as its antecedent, as inferred.
 */
final class CrowdPlaces {
    /** The sectors of a crowd: civilians and the opposition in the street. */
    private static final Set<String> CROWD_SECTORS = Set.of("CVL", "OPP");
    private static final Set<ActorKind> PLACES = Set.of(ActorKind.CAPITAL, ActorKind.PLACE, ActorKind.COUNTRY);

    private CrowdPlaces() {
    }

    static void place(Document doc, List<DictionaryMatch> matches, Map<Integer, DictionaryMatch> byHead,
            Set<Integer> consumed, List<ActorMention> mentions) {
        for (DictionaryMatch m : matches) {
            if (m.isActor() || m.agent().prefix() || consumed.contains(m.head())
                    || !CROWD_SECTORS.contains(m.agent().role().substring(0, 3))
                    || mentions.stream().anyMatch(a -> a.covers(m.head()))) {
                continue;
            }
            Optional<DictionaryMatch> place = placeOf(doc.token(m.head()), byHead);
            if (place.isEmpty()) {
                continue;
            }
            DictionaryMatch p = place.get();
            ActorCode code = m.agent().of(new ActorCode(p.actor().code().country()));
            mentions.add(Mentions.of(doc, m.first(), m.end(), m.head(), code, ActorBasis.CONTEXT, PartyKind.of(code),
                    "crowd:" + m.agentWords() + " in " + p.actorWords(), Mentions.evidence(doc, p.first(), p.end())));
            consumed.add(m.head());
        }
    }

    /** The place in an "in" phrase on the crowd, on the quantity that counts it, or on its verb. */
    private static Optional<DictionaryMatch> placeOf(Token crowd, Map<Integer, DictionaryMatch> byHead) {
        Token t = crowd;
        Optional<DictionaryMatch> place = placeIn(t, byHead);
        if (place.isEmpty() && Phrases.hasCase(t, "of") && t.head() != null && t.head().isNoun()) {
            t = t.head(); // "dozens of protesters in Minsk", "thousands of demonstrators"
            place = placeIn(t, byHead);
        }
        Token verb = t.head();
        boolean argument = Rel.isAnySubject(t.relation()) || t.relation().equals(Rel.OBJ);
        if (place.isEmpty() && argument && verb != null && verb.isVerb()) {
            place = placeIn(verb, byHead);
        }
        return place;
    }

    private static Optional<DictionaryMatch> placeIn(Token head, Map<Integer, DictionaryMatch> byHead) {
        for (Token child : head.children()) {
            DictionaryMatch m = byHead.get(child.index());
            if (Rel.isObliqueOrNominal(child.relation()) && Phrases.hasCase(child, "in") && m != null && m.isActor()
                    && PLACES.contains(m.actor().kind()) && m.actor().code().knowsCountry()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
