package org.dyad.core.actor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Rel;

/**
 * The country a reader gives a description or a title whose own words name none ("police
 * arrested two men", "Interior Minister X said"): the one country its sentence names, other than
 * as the object or destination of its event, else, when the sentence names none, the article's
 * focus country (the country the actors of its other sentences name most, the earliest on a
 * tie). A sentence naming two countries gives none: it does not say whose the role is, and
 * neither does the article. The phrase's own modifier ("Kenyan police") comes first, but that is
 * an owner, found by {@link RoleOwners}; this class answers only for what nothing owns. Every
 * caller that infers a country this way (titles, roles nothing owns, phrases no actor resolves)
 * asks here, so they all read the text alike.
 */
public final class CountryContext {
    /** Where an inferred country came from. */
    public enum Level {
        /** The one country the phrase's sentence names. */
        SENTENCE,
        /** The article's focus country, its sentence naming none. */
        ARTICLE
    }

    /**
     * An inferred country with the mention that gave it (kept as the inferred actor's
     * antecedent) and where it came from.
     */
    public record Inference(String country, ActorMention evidence, Level level) {
        public Inference {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(level, "level");
            if (country == null || country.length() != 3) {
                throw new IllegalArgumentException("an inferred country is a three-letter code, found " + country);
            }
        }
    }

    private final Document doc;
    private final List<ActorMention> named;
    private final Map<Integer, Optional<ActorMention>> focusBySentence = new HashMap<>();

    private CountryContext(Document doc, List<ActorMention> named) {
        this.doc = doc;
        this.named = List.copyOf(named);
    }

    /** The context of a document whose named actors are {@code named} (the actor stage's, or the actors layer). */
    public static CountryContext of(Document doc, List<ActorMention> named) {
        return new CountryContext(Objects.requireNonNull(doc, "doc"), Objects.requireNonNull(named, "named"));
    }

    /** The country a reader gives the phrase headed at {@code token}, if its sentence or article gives one. */
    public Optional<Inference> countryAt(int token) {
        int sentence = doc.sentences().sentenceOf(token);
        Map<String, ActorMention> inSentence = sentenceCountries(sentence, token);
        if (inSentence.size() == 1) {
            ActorMention m = inSentence.values().iterator().next();
            return Optional.of(new Inference(m.code().country(), m, Level.SENTENCE));
        }
        if (!inSentence.isEmpty() || namesBody(sentence)) {
            // Two countries, or an organisation or region whose members the role may be ("EU
            // officials told national governments"): the sentence does not say, nor does the article.
            return Optional.empty();
        }
        return focusBySentence.computeIfAbsent(sentence, this::focus)
                .map(m -> new Inference(m.code().country(), m, Level.ARTICLE));
    }

    /** The countries a sentence names, each by its mention nearest {@code token}. */
    private Map<String, ActorMention> sentenceCountries(int sentence, int token) {
        Map<String, ActorMention> nearest = new HashMap<>();
        for (ActorMention a : named) {
            if (doc.sentences().sentenceOf(a.headToken()) != sentence || !namesCountry(a) || a.covers(token)
                    || isOtherParty(a)) {
                continue;
            }
            ActorMention before = nearest.get(a.code().country());
            if (before == null || Math.abs(a.headToken() - token) < Math.abs(before.headToken() - token)) {
                nearest.put(a.code().country(), a);
            }
        }
        return nearest;
    }

    /**
     * A country named as an object or a destination ("President X visited Rohan", "accused Rohan
     * of", "police arrested two Rohan citizens"): the other party of the event, not whose the role
     * is. A place "in" it still counts ("police in Rohan").
     */
    private boolean isOtherParty(ActorMention a) {
        int head = a.headToken();
        String own = doc.dependencies().relation(head);
        if ((own.equals(Rel.AMOD) || own.equals(Rel.COMPOUND)) && doc.dependencies().head(head) > head) {
            head = doc.dependencies().head(head); // "near the Cameroon border": the phrase the name modifies
        }
        while (doc.dependencies().relation(head).equals(Rel.CONJ) && doc.dependencies().head(head) >= 0) {
            head = doc.dependencies().head(head); // "met Gondor and Rohan": both are met
        }
        String rel = doc.dependencies().relation(head);
        if (rel.equals("obj") || rel.equals("iobj") || rel.equals("dobj")) {
            return true;
        }
        return (rel.startsWith("obl") || rel.startsWith("nmod")) && !Phrases.hasCase(doc.token(head), "in")
                && !rel.equals(Rel.NMOD_POSS);
    }

    /**
     * The first mention of the country the article's other sentences name most often (the
     * earliest on a tie).
     */
    private Optional<ActorMention> focus(int sentence) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, ActorMention> firsts = new LinkedHashMap<>();
        for (ActorMention a : named) {
            if (namesCountry(a) && doc.sentences().sentenceOf(a.headToken()) != sentence) {
                counts.merge(a.code().country(), 1, Integer::sum);
                firsts.putIfAbsent(a.code().country(), a);
            }
        }
        ActorMention best = null;
        for (Map.Entry<String, ActorMention> e : firsts.entrySet()) {
            if (best == null || counts.get(e.getKey()) > counts.get(best.code().country())) {
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the sentence names an international body or a region: "EU officials", "NATO", "the West". */
    private boolean namesBody(int sentence) {
        for (ActorMention a : named) {
            if (doc.sentences().sentenceOf(a.headToken()) == sentence && a.code().knowsCountry()
                    && (a.kind() == PartyKind.IGO || a.kind() == PartyKind.REGION
                            || Antecedents.NON_STATE_PREFIXES.contains(a.code().country()))) {
                return true;
            }
        }
        return false;
    }

    /** A mention that names a state: a country, its institutions, its people or its adjective, or one of its people. */
    static boolean namesCountry(ActorMention a) {
        return a.code().knowsCountry() && (a.kind() == PartyKind.STATE || a.kind() == PartyKind.PERSON)
                && !Antecedents.NON_STATE_PREFIXES.contains(a.code().country()) && !a.basis().refersBack()
                && a.basis() != ActorBasis.PLACED_ROLE;
    }
}
