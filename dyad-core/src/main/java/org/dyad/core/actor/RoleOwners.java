package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;

/**
 * Turns dictionary matches into the named actors of a document: role nouns combined with the
 * names that own them ({@code Afghan soldiers} -> AFGMIL, {@code Russia's ambassador} -> RUSGOV,
 * {@code troops from the Chinese military} -> CHNMIL), names standing alone or only modifying
 * a noun, peoples placed where they live, offices in apposition, and prefix roles
 * ({@code MSF Arnor} -> NGOARN). Role nouns nothing owns are left to {@link ReferenceResolver}.
 */
final class RoleOwners {
    /** Relations by which a name modifies the noun whose actor it specifies. */
    /** Nouns for a person's own following, who act and speak for them: "the Biden campaign", "the Trump team". */
    private static final Set<String> FOLLOWERS = Set.of("campaign", "camp", "team");
    private static final Set<String> MODIFIER_RELATIONS = Set.of(Rel.AMOD, Rel.COMPOUND, Rel.NMOD_POSS, Rel.DET_POSS,
            Rel.NMOD_OF);

    List<ActorMention> resolve(Document doc, List<DictionaryMatch> matches) {
        Map<Integer, DictionaryMatch> byHead = new HashMap<>();
        for (DictionaryMatch m : matches) {
            byHead.put(m.head(), m);
        }
        Set<Integer> consumed = new HashSet<>();
        List<ActorMention> mentions = new ArrayList<>(ownedRoles(doc, matches, byHead, consumed));
        Set<Integer> persons = new HashSet<>();
        for (DictionaryMatch m : matches) {
            if (!m.isActor() || consumed.contains(m.head())) {
                continue;
            }
            if (m.actor().kind() == ActorKind.PERSON) {
                persons.add(m.head());
            }
            mentions.add(name(doc, m, byHead));
        }
        mentions.replaceAll(m -> persons.contains(m.headToken()) ? officeInApposition(doc, m, mentions) : m);
        rolesOwnedByPhrase(doc, matches, consumed, mentions);
        CrowdPlaces.place(doc, matches, byHead, consumed, mentions);
        prefixRoles(doc, matches, consumed, mentions);
        mentions.sort(Comparator.comparingInt(ActorMention::firstToken));
        return mentions;
    }

    /** Role nouns first: they absorb the names that modify them. */
    private static List<ActorMention> ownedRoles(Document doc, List<DictionaryMatch> matches,
            Map<Integer, DictionaryMatch> byHead, Set<Integer> consumed) {
        List<ActorMention> out = new ArrayList<>();
        for (DictionaryMatch m : matches) {
            if (m.isActor() || (m.agent().prefix() && isModifierRelation(doc.token(m.head())))) {
                continue; // a prefix role on a name goes in front of its code, below
            }
            int head = nounHeadOf(doc, m);
            List<DictionaryMatch> owners = modifiersOf(doc.token(head), byHead);
            for (int t = m.first(); t < m.end(); t++) {
                // "British Defence Secretary Tom King": the owner may modify any word of the role.
                for (DictionaryMatch owner : t == head ? List.<DictionaryMatch>of() : modifiersOf(doc.token(t), byHead)) {
                    if (!owners.contains(owner)) {
                        owners.add(owner);
                    }
                }
            }
            if (owners.isEmpty()) {
                continue; // bare descriptions are resolved after names are known
            }
            for (DictionaryMatch owner : owners) {
                consumed.add(owner.head());
                int first = Math.min(owner.first(), Math.min(m.first(), head));
                int end = Math.max(owner.end(), Math.max(m.end(), head + 1));
                Optional<DictionaryMatch> home = Residence.of(doc, head, owner, byHead);
                ActorCode code = m.agent().of(home.map(Mentions::ownerCode).orElse(Mentions.ownerCode(owner)));
                out.add(Mentions.of(doc, first, end, head, code, ActorBasis.ROLE, PartyKind.of(code),
                        "agent:" + m.agentWords() + "+" + owner.actorWords()
                                + home.map(h -> " in " + h.actorWords()).orElse(""), Optional.empty()));
            }
            consumed.add(m.head());
        }
        return out;
    }

    /**
     * A name by itself: standing for its actor, living elsewhere ("ethnic Albanians in Serbia"),
     * or only modifying another noun ("Western sanctions"), kept, marked, for nominal events.
     */
    private static ActorMention name(Document doc, DictionaryMatch m, Map<Integer, DictionaryMatch> byHead) {
        Optional<DictionaryMatch> home = Residence.of(doc, m.head(), m, byHead);
        if (home.isPresent()) {
            ActorCode code = Mentions.ownerCode(home.get());
            return Mentions.of(doc, m.first(), m.end(), m.head(), code, ActorBasis.RESIDENT, PartyKind.of(code),
                    "resident:" + m.actorWords() + " in " + home.get().actorWords(), Optional.empty());
        }
        boolean modifier = isModifier(doc.token(m.head()));
        Token gov = doc.token(m.head()).head();
        if (modifier && m.actor().kind() == ActorKind.PERSON && gov != null && gov.index() > m.head()
                && FOLLOWERS.contains(Phrase.normalize(gov.lemma())) && !gov.pos().endsWith("S")) {
            // "The Biden campaign criticized", "the Trump team appears": a person's campaign speaks for them.
            return Mentions.of(doc, m.first(), gov.index() + 1, gov.index(), Mentions.ownerCode(m), ActorBasis.NAME,
                    m.actor().partyKind(), "followers:" + m.actor().source() + "+" + gov.word(), Optional.empty());
        }
        ActorBasis basis = modifier ? ActorBasis.MODIFIER
                : m.actor().kind() == ActorKind.CAPITAL ? ActorBasis.CAPITAL : ActorBasis.NAME;
        return Mentions.of(doc, m.first(), m.end(), m.head(), Mentions.ownerCode(m), basis, m.actor().partyKind(),
                (modifier ? "modifier:" : "dictionary:") + m.actor().source(), Optional.empty());
    }

    /** Role nouns whose owner follows in a "from"/"of" phrase: "troops from the Chinese military". */
    private static void rolesOwnedByPhrase(Document doc, List<DictionaryMatch> matches, Set<Integer> consumed,
            List<ActorMention> mentions) {
        for (DictionaryMatch m : matches) {
            if (m.isActor() || consumed.contains(m.head())) {
                continue;
            }
            List<ActorMention> owners = followingOwners(doc.token(m.head()), mentions);
            Token role = doc.token(m.head());
            if (owners.isEmpty() && role.relation().equals(Rel.CONJ) && role.head() != null && role.head().isNoun()) {
                // "lawmakers and officials in Arnor": coordinated roles share the phrase after them.
                owners = followingOwners(role.head(), mentions);
            }
            for (ActorMention owner : owners) {
                ActorCode code = m.agent().of(owner.code());
                int end = Math.max(owner.endToken(), m.end());
                mentions.add(Mentions.of(doc, m.first(), end, m.head(), code, ActorBasis.ROLE, PartyKind.of(code),
                        "agent:" + m.agentWords() + "+from " + owner.text(), Optional.empty()));
            }
            if (!owners.isEmpty()) {
                consumed.add(m.head());
            }
        }
    }

    /**
     * The owners in a "from" or "of" phrase after a role noun, else in an "in" phrase ("security
     * forces in Guinea"), unless a possessive pronoun owns the role ("Israel has strengthened its
     * forces in Lebanon": Israel's, which the reference stage gives it).
     */
    private static List<ActorMention> followingOwners(Token head, List<ActorMention> mentions) {
        List<ActorMention> owners = prepositionalOwners(head, mentions, Set.of("from", "of"));
        boolean possessed = head.children().stream()
                .anyMatch(c -> Rel.is(c.relation(), Rel.NMOD_POSS) && c.pos().equals(Pos.PRP_POSSESSIVE));
        return owners.isEmpty() && !possessed ? prepositionalOwners(head, mentions, Set.of("in")) : owners;
    }

    /** Actors named in phrases with these prepositions under {@code head}, with their conjuncts. */
    private static List<ActorMention> prepositionalOwners(Token head, List<ActorMention> mentions, Set<String> prepositions) {
        List<ActorMention> out = new ArrayList<>();
        for (Token child : head.children()) {
            if (!Rel.is(child.relation(), Rel.NMOD) || prepositions.stream().noneMatch(p -> Phrases.hasCase(child, p))) {
                continue;
            }
            List<Token> heads = new ArrayList<>();
            heads.add(child);
            heads.addAll(child.children(Rel.CONJ));
            for (Token h : heads) {
                int before = out.size();
                for (ActorMention m : mentions) {
                    if (m.headToken() == h.index() && !m.isModifierOnly()) {
                        out.add(m);
                    }
                }
                if (out.size() == before) {
                    // "soldiers from the Gondor border post": a phrase whose head names no one is
                    // owned by the name modifying it.
                    for (ActorMention m : mentions) {
                        if (m.isModifierOnly() && h.document().dependencies().head(m.headToken()) == h.index()) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Kenzo Oshima, the United Nations Emergency Relief Coordinator": the office an article gives a
     * person in apposition is current where a dictionary's dated roles may not be, so an office of
     * another country or organisation than the dictionary's replaces its code.
     */
    private static ActorMention officeInApposition(Document doc, ActorMention person, List<ActorMention> mentions) {
        for (Token appos : doc.token(person.headToken()).children(Rel.APPOS)) {
            for (ActorMention office : mentions) {
                boolean atHead = office.headToken() == appos.index() && !office.isModifierOnly();
                Token gov = doc.token(office.headToken()).head();
                boolean modifiesHead = office.isModifierOnly() && gov != null && gov.index() == appos.index();
                if ((atHead || modifiesHead) && !office.code().country().equals(person.code().country())) {
                    return person.recoded(office.code(), ActorBasis.APPOSITION,
                            "apposition:" + office.text() + "+" + person.rule());
                }
            }
        }
        return person;
    }

    /**
     * A prefix role modifying a named actor goes in front of its code: "MSF Arnor" -> NGOARN, "an
     * MSF Arnor diplomat" -> NGOARNGOV.
     */
    private static void prefixRoles(Document doc, List<DictionaryMatch> matches, Set<Integer> consumed,
            List<ActorMention> mentions) {
        for (DictionaryMatch m : matches) {
            if (m.isActor() || !m.agent().prefix() || consumed.contains(m.head())
                    || !isModifierRelation(doc.token(m.head()))) {
                continue;
            }
            int modified = doc.dependencies().head(m.head());
            for (int i = 0; i < mentions.size(); i++) {
                ActorMention a = mentions.get(i);
                if (a.covers(modified) && !a.isModifierOnly()) {
                    ActorCode code = m.agent().of(a.code());
                    mentions.set(i, Mentions.of(doc, Math.min(a.firstToken(), m.first()), Math.max(a.endToken(), m.end()),
                            a.headToken(), code, a.basis(), PartyKind.of(code), a.rule() + " +" + m.agentWords(),
                            a.antecedent()));
                    consumed.add(m.head());
                }
            }
        }
    }

    /** The noun a role phrase names: itself, or the noun it is compounded into ("Air Force plane"). */
    private static int nounHeadOf(Document doc, DictionaryMatch m) {
        Token h = doc.token(m.head());
        Token gov = h.head();
        return gov != null && h.relation().equals(Rel.COMPOUND) && gov.isNoun() ? gov.index() : m.head();
    }

    /** Names that modify {@code head}: possessors, adjectives, compounds, "of" phrases, and their conjuncts. */
    private static List<DictionaryMatch> modifiersOf(Token head, Map<Integer, DictionaryMatch> byHead) {
        List<DictionaryMatch> out = new ArrayList<>();
        for (Token child : head.children()) {
            if (!isModifierRelation(child)) {
                continue;
            }
            DictionaryMatch m = byHead.get(leader(child).index());
            if (m != null && m.isActor()) {
                out.add(m);
                for (Token conj : child.children(Rel.CONJ)) {
                    DictionaryMatch c = byHead.get(conj.index());
                    if (c != null && c.isActor()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Who leads a role an "X-led" compound modifies: "Vietnamese-led forces" (PLOVER GSR), "a
     * U.S.-led coalition", "the Washington-led war" (Wikinews, VOA); the modifier itself otherwise.
     * "X-backed" is not X's own: "Iranian-backed militia" stays unowned.
     */
    private static Token leader(Token modifier) {
        boolean hyphenated = modifier.children("punct").stream().anyMatch(p -> p.word().equals("-")
                && p.index() == modifier.index() - 1);
        if (!hyphenated || !modifier.lemma().equalsIgnoreCase("lead")) {
            return modifier;
        }
        for (Token c : modifier.children()) {
            if (c.index() == modifier.index() - 2) {
                return c;
            }
        }
        return modifier;
    }

    private static boolean isModifierRelation(Token t) {
        String rel = t.relation();
        return MODIFIER_RELATIONS.contains(rel) || (rel.equals(Rel.NMOD) && Phrases.hasCase(t, "of"));
    }

    /** True when a name only modifies another noun: "Afghan" in "Afghan soldiers". */
    private static boolean isModifier(Token t) {
        Token gov = t.head();
        return gov != null && Pos.isNoun(gov.pos()) && (t.relation().equals(Rel.AMOD) || t.relation().equals(Rel.COMPOUND));
    }
}
