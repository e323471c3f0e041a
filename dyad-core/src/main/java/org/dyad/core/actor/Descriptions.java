package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;

/**
 * Noun phrases that name an actor by what it is rather than by name: definite descriptions that
 * refer back ("the militants", "the government", "the group", "both countries"), a role owned by
 * the one country its sentence names, and, under CAMEO's conventions, a role of unknown country.
 */
final class Descriptions {
    /** Nouns that, definite, refer back to the last group, country, or pair of countries. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "organization", "organisation", "movement",
            "militia", "faction", "alliance", "bloc", "outfit", "network");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state", "kingdom", "republic");
    private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "side", "government", "leader",
            "neighbor", "neighbour", "state", "military", "army", "capital");
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    private final AgentDictionary agents;

    /** Whether a noun lemma can refer back to a group, a country or a pair. */
    static boolean refersBack(String lemma) {
        return GROUP_NOUNS.contains(lemma) || COUNTRY_NOUNS.contains(lemma) || PAIR_NOUNS.contains(lemma);
    }

    Descriptions(AgentDictionary agents) {
        this.agents = agents;
    }

    /**
     * Definite descriptions that refer back: a role noun without an owner ("the militants": the
     * last actor with that role; "the government": the last country's government), "the group",
     * "the country", and pairs ("both countries", "the two sides": the last two countries).
     * {@code unowned} is the role match at {@code t} that no name owns, if any.
     */
    List<ActorMention> described(Document doc, int t, DictionaryMatch unowned, List<ActorMention> sofar) {
        Token noun = doc.token(t);
        if (!noun.isNoun()) {
            return List.of();
        }
        String lemma = Phrase.normalize(noun.lemma());
        boolean plural = noun.pos().endsWith("S");
        int first = firstOfPhrase(doc, unowned == null ? t : unowned.first());
        int end = unowned == null ? t + 1 : Math.max(unowned.end(), t + 1);
        if (plural && PAIR_NOUNS.contains(lemma) && hasPairWord(noun)) {
            return pair(doc, t, lemma, first, end, sofar);
        }
        if (!Phrases.isDefinite(noun)) {
            return unowned == null ? List.of() : contextual(doc, t, unowned, first, end, sofar);
        }
        ActorMention antecedent = null;
        ActorCode code = null;
        ActorMention possessor = unowned == null ? null : possessor(noun, sofar);
        if (possessor != null) {
            // "the Taliban said their fighters", "Israel has strengthened its forces": the possessor's own
            String role = unowned.agent().role().substring(0, 3);
            antecedent = possessor;
            code = Antecedents.isCountryLevel(possessor) ? new ActorCode(possessor.code().country()).withSector(role)
                    : possessor.code();
        } else if (unowned != null) {
            String role = unowned.agent().role().substring(0, 3);
            antecedent = Antecedents.nearestBefore(doc, unowned.first(), sofar, m -> m.code().sector().equals(role));
            if (antecedent != null) {
                code = antecedent.code();
            } else if (STATE_ROLES.contains(role)) {
                antecedent = Antecedents.nearestBefore(doc, unowned.first(), sofar, Antecedents::isCountryLevel);
                code = antecedent == null ? null : new ActorCode(antecedent.code().country()).withSector(role);
            }
        } else if (GROUP_NOUNS.contains(lemma) && !plural) {
            antecedent = Antecedents.nearestBefore(doc, t, sofar, Antecedents::isGroupLike);
            code = antecedent == null ? null : antecedent.code();
        } else if (COUNTRY_NOUNS.contains(lemma) && !plural) {
            antecedent = Antecedents.nearestBefore(doc, t, sofar, Antecedents::isCountryLevel);
            code = antecedent == null ? null : new ActorCode(antecedent.code().country());
        }
        if (antecedent == null) {
            return List.of();
        }
        return List.of(Mentions.of(doc, first, end, t, code, ActorBasis.DESCRIPTION, antecedent.kind(),
                "description->" + antecedent.rule(), Mentions.antecedent(antecedent)));
    }

    /** The resolved possessive pronoun of a role noun ("their" in "their forces"), if any. */
    private static ActorMention possessor(Token noun, List<ActorMention> sofar) {
        for (Token c : noun.children()) {
            if (Rel.is(c.relation(), Rel.NMOD_POSS) && c.pos().equals(Pos.PRP_POSSESSIVE)) {
                for (ActorMention m : sofar) {
                    if (m.headToken() == c.index() && m.basis() == ActorBasis.PRONOUN) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    private static List<ActorMention> pair(Document doc, int t, String lemma, int first, int end,
            List<ActorMention> sofar) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention a : Antecedents.lastTwoCountries(doc, t, sofar)) {
            ActorCode code = new ActorCode(a.code().country());
            if (lemma.equals("government") || lemma.equals("leader")) {
                code = code.withSector("GOV");
            } else if (lemma.equals("military") || lemma.equals("army")) {
                code = code.withSector("MIL");
            }
            out.add(Mentions.of(doc, first, end, t, code, ActorBasis.PAIR, a.kind(), "description:pair->" + a.rule(),
                    Mentions.antecedent(a)));
        }
        return out.size() == 2 ? out : List.of();
    }

    /**
     * A role noun heading its phrase that nothing owns, description or context: an actor of unknown
     * country ("a senior official said" -> ---GOV). A role inside another noun ("police station")
     * is no actor; a role adjective on a subject is ("the official news agency said" -> ---GOV).
     */
    List<ActorMention> unownedRole(Document doc, int t, DictionaryMatch unowned, List<ActorMention> sofar) {
        Token noun = doc.token(t);
        Optional<ActorMention> title = unownedTitle(doc, noun, unowned, sofar);
        if (title.isPresent()) {
            return List.of(title.get());
        }
        // A role a name owns lies inside that name's actor, which the coverage test finds.
        if (!noun.isNoun() || noun.relation().matches("compound|amod")
                || sofar.stream().anyMatch(m -> m.covers(t))) {
            return List.of();
        }
        if (unowned != null) {
            int first = firstOfPhrase(doc, unowned.first());
            return List.of(Mentions.of(doc, first, Math.max(unowned.end(), t + 1), t, unowned.agent().ownerless(),
                    ActorBasis.UNOWNED_ROLE, PartyKind.of(unowned.agent().ownerless()),
                    "agent:" + unowned.agentWords() + " (country unknown)", Optional.empty()));
        }
        if (!Rel.is(noun.relation(), Rel.NSUBJ)) {
            return List.of();
        }
        for (Token adjective : noun.children(Rel.AMOD)) {
            int a = adjective.index();
            Optional<AgentDictionary.Match> role = agents.longestMatch(List.of(Phrase.normalize(adjective.word())),
                    List.of(Phrase.normalize(adjective.lemma())), 0);
            if (role.isPresent() && a < t) {
                ActorCode code = role.get().entry().ownerless();
                return List.of(Mentions.of(doc, firstOfPhrase(doc, a), t + 1, t, code, ActorBasis.UNOWNED_ROLE,
                        PartyKind.of(code), "agent:" + String.join(" ", role.get().entry().words())
                                + " (adjective, country unknown)", Optional.empty()));
            }
        }
        return List.of();
    }

    /**
     * A role nothing owns placed as a reader places it: "police arrested two men" in a sentence
     * or story about Kenya is {@code KENCOP} ({@link ActorBasis#PLACED_ROLE}, the words that gave
     * the country kept as its antecedent). Any other mention, or one its context gives no country,
     * is returned as it is; so is a prefix role ("peacekeepers" IGO), a body of no country.
     */
    static ActorMention placed(Document doc, ActorMention m, CountryContext context) {
        if (m.basis() != ActorBasis.UNOWNED_ROLE || m.code().knowsCountry()) {
            return m;
        }
        Optional<CountryContext.Inference> country = context.countryAt(m.headToken());
        if (country.isEmpty()) {
            return m;
        }
        ActorCode code = new ActorCode(country.get().country() + m.code().code().substring(3));
        return Mentions.of(doc, m.firstToken(), m.endToken(), m.headToken(), code,
                ActorBasis.PLACED_ROLE, PartyKind.of(code),
                m.rule().replace("(country unknown)", "(country of the " + country.get().level().name()
                        .toLowerCase(java.util.Locale.ROOT) + ": " + country.get().evidence().text() + ")"),
                Mentions.antecedent(country.get().evidence()));
    }

    /**
     * A title on a person's name no dictionary knows, of no country the text gives ("Interior
     * Minister Fred Matiangi said", alone): under CAMEO's conventions an actor of unknown country
     * ({@code ---GOV}), a title like those {@link Titles} places.
     */
    private static Optional<ActorMention> unownedTitle(Document doc, Token noun, DictionaryMatch unowned,
            List<ActorMention> sofar) {
        Token name = noun.head();
        if (unowned == null || unowned.agent().prefix() || !noun.relation().equals(Rel.COMPOUND) || name == null
                || name.index() < unowned.end() || sofar.stream().anyMatch(m -> m.covers(name.index()))) {
            return Optional.empty();
        }
        int[] persons = DictionaryMatcher.personEntitySpans(doc);
        if (persons[2 * name.index()] < 0) {
            return Optional.empty();
        }
        int end = persons[2 * name.index() + 1];
        ActorCode code = unowned.agent().ownerless();
        return Optional.of(Mentions.of(doc, unowned.first(), end, end - 1, code, ActorBasis.TITLE, PartyKind.of(code),
                "title:" + unowned.agentWords() + " (country unknown)", Optional.empty()));
    }

    /**
     * A role named with no country ("Judge Alejandro Rivera opened investigations against Chilean
     * officials", "traditional elders demanded ... the Nigerian Interior Ministry") belongs, as
     * news coders read it, to the country the sentence is about, when the role is a subject and
     * the sentence names one country only. It keeps that country's mention as its antecedent, so
     * events built on it are less sure.
     */
    private static List<ActorMention> contextual(Document doc, int t, DictionaryMatch agent, int first, int end,
            List<ActorMention> sofar) {
        int head = t;
        while (doc.dependencies().relation(head).equals(Rel.COMPOUND) && doc.dependencies().head(head) > head) {
            head = doc.dependencies().head(head); // "Judge Alejandro Rivera": the name is the subject
        }
        if (!Rel.is(doc.dependencies().relation(head), Rel.NSUBJ)) {
            return List.of(); // only a clause's subject, the actor an event needs
        }
        int sentence = doc.sentences().sentenceOf(t);
        ActorMention nearest = null;
        Set<String> countries = new HashSet<>();
        for (ActorMention m : sofar) {
            if (doc.sentences().sentenceOf(m.headToken()) == sentence && !m.covers(t) && m.antecedent().isEmpty()
                    && m.code().knowsCountry()) {
                countries.add(m.code().country());
                if (Antecedents.isCountryLevel(m)) {
                    nearest = m;
                }
            }
        }
        if (nearest == null || countries.size() != 1) {
            return List.of(); // no country, or several: the context does not say whose the role is
        }
        ActorCode code = agent.agent().of(new ActorCode(nearest.code().country()));
        return List.of(Mentions.of(doc, first, Math.max(end, head + 1), head, code, ActorBasis.CONTEXT,
                PartyKind.of(code), "context:" + agent.agentWords() + "+" + nearest.text(), Mentions.antecedent(nearest)));
    }

    private static boolean hasPairWord(Token noun) {
        for (Token c : noun.children()) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (w.equals("both") || w.equals("two")) {
                return true;
            }
        }
        return false;
    }

    private static int firstOfPhrase(Document doc, int first) {
        for (Token d : doc.token(first).children(Rel.DET)) {
            if (d.index() < first) {
                return d.index();
            }
        }
        Token head = doc.token(first).head();
        if (head != null) {
            for (Token d : head.children(Rel.DET)) {
                if (d.index() < first) {
                    return d.index();
                }
            }
        }
        return first;
    }
}
