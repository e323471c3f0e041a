package org.dyad.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PlaceMention;

/**
 * One document's lookups for the coder: the actor mentions standing at and covering each token,
 * the tokens inside resolved places (the places layer), and the phrase matcher over actor tokens.
 * With generic parties set aside (PLOVER's conventions), roles nothing owns are not among the
 * actors but only offered, with the people no dictionary lists, to fill an empty side
 * ({@link GenericParties}).
 */
final class CodingContext {
    final Document doc;
    final PhraseMatcher phrases;
    private final Map<Integer, List<ActorMention>> byHead = new HashMap<>();
    private final Map<Integer, List<ActorMention>> covering = new HashMap<>();
    private final Map<Integer, ActorMention> genericAt = new HashMap<>();
    private final boolean[] place;
    /** Nouns naming people, for the parties no actor resolves; none unless generic parties are set aside. */
    final PersonNouns persons;
    private final boolean openParties;

    CodingContext(Document doc) {
        this(doc, false);
    }

    /** {@code genericAside}: roles nothing owns are generic parties, not actors (PLOVER's conventions). */
    CodingContext(Document doc, boolean genericAside) {
        this(doc, genericAside, PersonNouns.none());
    }

    /**
     * With generic parties set aside, also the phrases and pronouns no actor resolves are parties
     * ({@link OpenParties}), a phrase when its head is one of {@code persons}.
     */
    CodingContext(Document doc, boolean genericAside, PersonNouns persons) {
        this.doc = doc;
        this.persons = persons;
        this.openParties = genericAside;
        for (ActorMention m : doc.actors()) {
            if (genericAside && m.basis().isUnownedRole()) {
                genericAt.putIfAbsent(m.headToken(), m);
                continue;
            }
            byHead.computeIfAbsent(m.headToken(), k -> new ArrayList<>()).add(m);
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                covering.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
            }
        }
        byHead.values().forEach(CodingContext::keepWidest);
        phrases = new PhraseMatcher(covering::containsKey);
        place = placeTokens(doc);
    }

    private static boolean[] placeTokens(Document doc) {
        boolean[] out = new boolean[doc.tokens().size()];
        if (!doc.has(LayerKind.PLACES)) {
            return out;
        }
        for (PlaceMention p : doc.places()) {
            for (int t = 0; t < out.length; t++) {
                Token token = doc.token(t);
                if (p.start() <= token.rawSpan().start() && token.rawSpan().end() <= p.end()) {
                    out[t] = true;
                }
            }
        }
        return out;
    }

    /**
     * Of the mentions sharing a head, a name inside a wider mention of its own country is that
     * mention's part ("Romendacil" in "Bree President Romendacil"), not a second party.
     */
    private static void keepWidest(List<ActorMention> atHead) {
        atHead.removeIf(inner -> atHead.stream().anyMatch(outer -> outer != inner
                && outer.firstToken() <= inner.firstToken() && inner.endToken() <= outer.endToken()
                && outer.endToken() - outer.firstToken() > inner.endToken() - inner.firstToken()
                && outer.code().country().equals(inner.code().country())));
    }

    /** The role nothing owns standing at this token ("police", "protesters"), when generic parties are set aside. */
    Optional<ActorMention> genericRoleAt(int token) {
        return Optional.ofNullable(genericAt.get(token));
    }

    /**
     * The PERSON entity covering this token when no actor covers any of its words: a person the
     * dictionaries do not list ("Fernández said").
     */
    Optional<EntityMention> unlistedPersonAt(int token) {
        if (!doc.has(LayerKind.ENTITIES)) {
            return Optional.empty();
        }
        for (EntityMention e : doc.entities()) {
            if (e.type().equals("PERSON") && e.firstToken() <= token && token < e.endToken()) {
                for (int t = e.firstToken(); t < e.endToken(); t++) {
                    if (covering.containsKey(t)) {
                        return Optional.empty();
                    }
                }
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether phrases and pronouns no actor resolves are parties ({@link OpenParties}). */
    boolean openParties() {
        return openParties;
    }

    /** True when the token lies inside a place the places layer resolved. */
    boolean isPlace(int token) {
        return place[token];
    }

    /** The actors whose words include this token. */
    List<ActorMention> actorsCovering(int token) {
        return List.copyOf(covering.getOrDefault(token, List.of()));
    }

    /** Actors standing at these tokens; modifier-only names count when {@code modifiers} is set. */
    List<ActorMention> actorsOf(List<Token> tokens, boolean modifiers) {
        List<ActorMention> out = new ArrayList<>();
        for (Token t : tokens) {
            for (ActorMention m : byHead.getOrDefault(t.index(), List.of())) {
                if ((modifiers || !m.isModifierOnly()) && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
