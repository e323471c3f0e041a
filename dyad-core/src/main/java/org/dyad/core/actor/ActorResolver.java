package org.dyad.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Token;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.text.Span;

/**
 * Finds the actors of a document: dictionary names, role nouns combined with the country or
 * group that modifies them ({@code Afghan soldiers} -> AFGMIL, {@code Russia's ambassador} ->
 * RUSGOV), capitals standing for governments, and pronouns and role descriptions resolved to an
 * earlier actor ({@code they}, {@code the militants}).
 */
public final class ActorResolver implements Stage {
    /** Relations by which a name modifies the noun whose actor it specifies. */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "nmod:poss", "det:poss", "nmod:of");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "themselves");
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("it", "its", "itself");
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");
    /** Pronouns that stand for a person: their antecedent is a person's name or a singular role. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself");
    /** How many sentences back a pronoun or description may find its antecedent. */
    private static final int ANTECEDENT_WINDOW = 3;
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    private static final Set<String> NON_STATE_ROLES = Set.of("REB", "INS", "OPP", "UAF", "SEP", "RAD");
    private static final Set<String> NON_STATE_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "WST", "INT");
    /** Nouns that, definite, refer back to the last group, country, or pair of countries. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "organization", "organisation", "movement",
            "militia", "faction", "alliance", "bloc", "outfit", "network");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state", "kingdom", "republic");
    private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "side", "government", "leader",
            "neighbor", "neighbour", "state", "military", "army", "capital");
    /** Rule prefix of names that only modify another noun. */
    public static final String MODIFIER_RULE = "modifier:";

    /**
     * What a role noun becomes when nothing in the text says whose it is ("a senior official
     * said", "police arrested ...").
     */
    public enum UnownedRoles {
        /** No actor: Dyad's default, as an event with a countryless party is rarely usable. */
        LEFT_OUT,
        /** PETRARCH's reading: an actor of unknown country, {@code ---GOV}. */
        UNKNOWN_COUNTRY
    }

    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final UnownedRoles unownedRoles;

    public ActorResolver(ActorDictionary actors, AgentDictionary agents) {
        this(actors, agents, UnownedRoles.LEFT_OUT);
    }

    public ActorResolver(ActorDictionary actors, AgentDictionary agents, UnownedRoles unownedRoles) {
        this.actors = actors;
        this.agents = agents;
        this.unownedRoles = java.util.Objects.requireNonNull(unownedRoles, "unownedRoles");
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.LEMMAS, LayerKind.DEPENDENCIES);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.ACTORS);
    }

    /** A dictionary match over tokens {@code [first, end)}: an actor entry or an agent role. */
    private record Match(int first, int end, int head, ActorEntry actor, AgentEntry agent) {
        boolean isActor() {
            return actor != null;
        }
    }

    /** Whether this pronoun (normalised) is one the resolver gives an antecedent; for sentence triage. */
    public static boolean resolvesPronoun(String word) {
        return PLURAL_PRONOUNS.contains(word) || SINGULAR_PRONOUNS.contains(word) || PERSONAL_PRONOUNS.contains(word);
    }

    /** Whether a noun lemma (normalised) may refer back to a group, country or pair; for sentence triage. */
    public static boolean refersBack(String lemma) {
        return GROUP_NOUNS.contains(lemma) || COUNTRY_NOUNS.contains(lemma) || PAIR_NOUNS.contains(lemma);
    }

    @Override
    public Document apply(Document doc) {
        LocalDate date = doc.article().published().orElse(null);
        int n = doc.tokens().size();
        List<String> words = new ArrayList<>(n);
        List<String> lemmas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(Phrase.normalize(doc.tokens().word(i)));
            lemmas.add(Phrase.normalize(doc.lemmas().get(i)));
        }
        List<Match> matches = findMatches(doc, words, lemmas, date);
        Map<Integer, Match> byHead = new HashMap<>();
        for (Match m : matches) {
            byHead.put(m.head(), m);
        }
        List<ActorMention> mentions = new ArrayList<>();
        Map<Integer, Boolean> consumed = new HashMap<>();
        // Role nouns first: they absorb the names that modify them.
        for (Match m : matches) {
            if (m.isActor() || (m.agent().prefix() && isModifierRelation(doc, m.head()))) {
                continue; // a prefix role on a name goes in front of its code, below
            }
            int head = nounHeadOf(doc, m);
            List<Match> owners = modifiersOf(doc, head, byHead);
            for (int t = m.first(); t < m.end(); t++) {
                // "British Defence Secretary Tom King": the owner may modify any word of the role.
                for (Match owner : t == head ? List.<Match>of() : modifiersOf(doc, t, byHead)) {
                    if (!owners.contains(owner)) {
                        owners.add(owner);
                    }
                }
            }
            if (owners.isEmpty()) {
                continue; // bare descriptions are resolved after names are known
            }
            for (Match owner : owners) {
                consumed.put(owner.head(), true);
                int first = Math.min(owner.first(), Math.min(m.first(), head));
                int end = Math.max(owner.end(), Math.max(m.end(), head + 1));
                Optional<Match> home = residence(doc, head, owner, byHead);
                ActorCode code = m.agent().of(home.map(ActorResolver::ownerCode).orElse(ownerCode(owner)));
                mentions.add(mention(doc, first, end, head, code, "agent:" + String.join(" ", m.agent().words())
                        + "+" + String.join(" ", owner.actor().words())
                        + home.map(h -> " in " + String.join(" ", h.actor().words())).orElse(""), Optional.empty()));
            }
            consumed.put(m.head(), true);
        }
        Set<Integer> persons = new java.util.HashSet<>();
        for (Match m : matches) {
            if (!m.isActor() || consumed.containsKey(m.head())) {
                continue;
            }
            if (m.actor().kind() == ActorKind.PERSON) {
                persons.add(m.head());
            }
            // A name that only modifies another noun ("Western sanctions") is kept, marked, for
            // nominal events; it is never an antecedent.
            String rule = (isModifier(doc, m.head()) ? MODIFIER_RULE : "dictionary:") + m.actor().source();
            Optional<Match> home = residence(doc, m.head(), m, byHead);
            if (home.isPresent()) {
                mentions.add(mention(doc, m.first(), m.end(), m.head(), ownerCode(home.get()),
                        "resident:" + String.join(" ", m.actor().words()) + " in "
                                + String.join(" ", home.get().actor().words()), Optional.empty()));
                continue;
            }
            mentions.add(mention(doc, m.first(), m.end(), m.head(), ownerCode(m), rule, Optional.empty()));
        }
        mentions.replaceAll(m -> persons.contains(m.headToken()) ? officeInApposition(doc, m, mentions) : m);
        // Role nouns whose owner follows in a "from"/"of" phrase: "troops from the Chinese military".
        for (Match m : matches) {
            if (m.isActor() || consumed.containsKey(m.head())) {
                continue;
            }
            List<ActorMention> owners = followingOwners(doc, m.head(), mentions);
            Token role = doc.token(m.head());
            if (owners.isEmpty() && role.relation().equals("conj") && role.head() != null && role.head().isNoun()) {
                // "lawmakers and officials in Arnor": coordinated roles share the phrase after them.
                owners = followingOwners(doc, role.head().index(), mentions);
            }
            for (ActorMention owner : owners) {
                ActorCode code = m.agent().of(owner.code());
                int end = Math.max(owner.endToken(), m.end());
                mentions.add(mention(doc, m.first(), end, m.head(), code, "agent:" + String.join(" ", m.agent().words())
                        + "+from " + owner.text(), Optional.empty()));
            }
            if (!owners.isEmpty()) {
                consumed.put(m.head(), true);
            }
        }
        prefixRoles(doc, matches, consumed, mentions);
        mentions.sort(Comparator.comparingInt(ActorMention::firstToken));
        List<ActorMention> resolved = resolveReferences(doc, matches, consumed, mentions);
        return doc.withActors(resolved);
    }

    private List<Match> findMatches(Document doc, List<String> words, List<String> lemmas, LocalDate date) {
        List<Match> out = new ArrayList<>();
        int n = words.size();
        int[] personEnd = personEntityEnds(doc);
        // "Albanians", "Israelis": a plural demonym names its country's people.
        List<String> singulars = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            String w = words.get(t);
            boolean plural = doc.pos().get(t).endsWith("S") && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss");
            singulars.add(plural ? w.substring(0, w.length() - 1) : w);
        }
        int next = 0;
        while (next < n) {
            final int i = next;
            Optional<ActorDictionary.Match> a = actors.longestMatch(words, singulars, i, date);
            Optional<AgentDictionary.Match> g = agents.longestMatch(words, lemmas, i);
            int aLen = a.filter(x -> looksLikeName(doc, i, x.length()))
                    .filter(x -> !insidePersonName(x, i, personEnd))
                    .map(ActorDictionary.Match::length).orElse(0);
            int gLen = g.filter(x -> isNounish(doc, i + x.length() - 1)).map(AgentDictionary.Match::length).orElse(0);
            if (aLen == 0 && gLen == 0) {
                next++;
                continue;
            }
            int end = i + Math.max(aLen, gLen);
            if (doc.sentences().sentenceOf(i) != doc.sentences().sentenceOf(end - 1)) {
                next++;
                continue;
            }
            int head = spanHead(doc, i, end);
            if (aLen >= gLen) {
                out.add(new Match(i, end, head, a.get().entry(), null));
            } else {
                out.add(new Match(i, end, head, null, g.get().entry()));
            }
            next = end;
        }
        return out;
    }

    /** For each token inside a PERSON entity, the entity's [start, end); -1 elsewhere. */
    private static int[] personEntityEnds(Document doc) {
        int[] span = new int[doc.tokens().size() * 2];
        java.util.Arrays.fill(span, -1);
        for (org.dyad.core.doc.EntityMention e : doc.entities()) {
            if (e.type().equals("PERSON")) {
                int first = e.firstToken();
                while (first < e.endToken() && doc.pos().get(first).equals("DT")) {
                    first++; // NER takes a sentence's capitalised "An" into a name: "An Eriadorian was shot"
                }
                for (int t = first; t < e.endToken(); t++) {
                    span[2 * t] = first;
                    span[2 * t + 1] = e.endToken();
                }
            }
        }
        return span;
    }

    /**
     * Inside a person's name only an entry covering the whole name, or a person's entry ending it
     * (a surname), counts: "Un" in "Kim Jong Un" is not the UN. A relative sharing a leader's
     * surname ("Melania Trump") needs an entry of their own.
     */
    private static boolean insidePersonName(ActorDictionary.Match m, int first, int[] personSpan) {
        int entityStart = personSpan[2 * first];
        if (entityStart < 0) {
            return false;
        }
        int entityEnd = personSpan[2 * first + 1];
        // A name that is the whole entity is taken: NER often calls a country it does not know a person.
        if (first == entityStart && first + m.length() >= entityEnd) {
            return false;
        }
        // A person's surname ends the name ("Andreas Papandreou"): news names people that way.
        return !(m.entry().kind() == ActorKind.PERSON && first + m.length() == entityEnd);
    }

    /** Names are capitalised in news text; this keeps "china" the dishes and "turkey" the bird out. */
    private static boolean looksLikeName(Document doc, int first, int length) {
        if (length == 1 && isShortWord(doc.tokens().word(first))) {
            // "US", "UN", "IS", "WHO" are names only in capitals: not "Us", "Un", "Is", "Who".
            String w = doc.tokens().word(first);
            return w.equals(w.toUpperCase(java.util.Locale.ROOT));
        }
        for (int t = first; t < first + length; t++) {
            String w = doc.tokens().word(t);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortWord(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isLetter);
    }

    private static boolean isNounish(Document doc, int token) {
        String pos = doc.pos().get(token);
        return pos.startsWith("NN");
    }

    /** The token of {@code [first, end)} whose head lies outside the span. */
    private static int spanHead(Document doc, int first, int end) {
        int best = end - 1;
        for (int t = first; t < end; t++) {
            int h = doc.dependencies().head(t);
            if (h < first || h >= end) {
                best = t;
            }
        }
        return best;
    }

    /** The noun a role phrase names: itself, or the noun it is compounded into ("Air Force plane"). */
    private static int nounHeadOf(Document doc, Match m) {
        int h = m.head();
        String rel = doc.dependencies().relation(h);
        int gov = doc.dependencies().head(h);
        if (gov >= 0 && rel.equals("compound") && isNounish(doc, gov)) {
            return gov;
        }
        return h;
    }

    /** Names that modify {@code head}: possessors, adjectives, compounds, "of" phrases, and their conjuncts. */
    private static List<Match> modifiersOf(Document doc, int head, Map<Integer, Match> byHead) {
        List<Match> out = new ArrayList<>();
        for (Token child : doc.token(head).children()) {
            if (!isModifierRelation(doc, child.index())) {
                continue;
            }
            Match m = byHead.get(child.index());
            if (m != null && m.isActor()) {
                out.add(m);
                for (Token conj : child.children("conj")) {
                    Match c = byHead.get(conj.index());
                    if (c != null && c.isActor()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isModifierRelation(Document doc, int token) {
        String rel = doc.dependencies().relation(token);
        if (MODIFIER_RELATIONS.contains(rel)) {
            return true;
        }
        if (rel.equals("nmod")) {
            for (Token c : doc.token(token).children("case")) {
                if (c.word().equalsIgnoreCase("of")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": a people named by its
     * demonym and placed in another country belongs to the country it lives in, as CAMEO codes
     * ethnic groups. "in" needs "ethnic" (Americans in Iraq are still Americans); an ethnic subject
     * may be placed by its verb ("ethnic Albanians demonstrated in Serbia"), and an ethnic role by
     * its participle ("ethnic Albanian guerrillas operating in Macedonia").
     */
    private static Optional<Match> residence(Document doc, int head, Match demonym, Map<Integer, Match> byHead) {
        boolean people = head == demonym.head();
        boolean ethnic = isEthnic(doc, head) || isEthnic(doc, demonym.head());
        if (demonym.actor().kind() != ActorKind.ADJECTIVE || (people && !doc.pos().get(head).endsWith("S"))
                || (!people && !ethnic)) {
            return Optional.empty(); // a role's nationality moves only when it is called ethnic
        }
        Optional<Match> place = placeNamed(doc, head, ethnic ? Set.of("in", "of") : Set.of("of"), byHead);
        int gov = doc.dependencies().head(head);
        if (place.isEmpty() && ethnic && gov >= 0 && doc.dependencies().relation(head).startsWith("nsubj")) {
            place = placeNamed(doc, gov, Set.of("in"), byHead);
            for (Token when : doc.token(gov).children()) { // "demonstrated on Tuesday in Serbia"
                if (place.isEmpty() && when.relation().startsWith("obl")) {
                    place = placeNamed(doc, when.index(), Set.of("in"), byHead);
                }
            }
        }
        if (place.isEmpty() && ethnic) {
            // "ethnic Albanian guerrillas operating in Macedonia"
            for (Token clause : doc.token(head).children()) {
                if (place.isEmpty() && clause.relation().startsWith("acl") && clause.pos().startsWith("VB")) {
                    place = placeNamed(doc, clause.index(), Set.of("in"), byHead);
                }
            }
        }
        return place.filter(p -> !p.actor().code().equals(demonym.actor().code()));
    }

    private static boolean isEthnic(Document doc, int token) {
        return doc.token(token).children().stream()
                .anyMatch(c -> c.relation().equals("amod") && c.word().equalsIgnoreCase("ethnic"));
    }

    private static Optional<Match> placeNamed(Document doc, int head, Set<String> prepositions,
            Map<Integer, Match> byHead) {
        for (Token child : doc.token(head).children()) {
            String rel = child.relation();
            if (!rel.startsWith("nmod") && !rel.startsWith("obl")) {
                continue;
            }
            boolean placeCase = child.children("case").stream()
                    .anyMatch(c -> prepositions.contains(c.word().toLowerCase(java.util.Locale.ROOT)));
            Match m = byHead.get(child.index());
            if (placeCase && m != null && m.isActor()
                    && (m.actor().kind() == ActorKind.COUNTRY || m.actor().kind() == ActorKind.PLACE)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * "Kenzo Oshima, the United Nations Emergency Relief Coordinator": the office an article gives a
     * person in apposition is current where a dictionary's dated roles may not be, so an office of
     * another country or organisation than the dictionary's replaces its code.
     */
    private static ActorMention officeInApposition(Document doc, ActorMention person, List<ActorMention> mentions) {
        for (Token appos : doc.token(person.headToken()).children("appos")) {
            for (ActorMention office : mentions) {
                boolean atHead = office.headToken() == appos.index() && !office.rule().startsWith(MODIFIER_RULE);
                Token gov = doc.token(office.headToken()).head();
                boolean modifiesHead = office.rule().startsWith(MODIFIER_RULE) && gov != null
                        && gov.index() == appos.index();
                if ((atHead || modifiesHead) && !office.code().country().equals(person.code().country())) {
                    return new ActorMention(person.firstToken(), person.endToken(), person.headToken(),
                            person.rawSpan(), person.text(), office.code(),
                            "apposition:" + office.text() + "+" + person.rule(), person.antecedent());
                }
            }
        }
        return person;
    }

    /** The owners in a "from" or "of" phrase after a role noun, else in an "in" phrase ("security forces in Guinea"). */
    private static List<ActorMention> followingOwners(Document doc, int head, List<ActorMention> mentions) {
        List<ActorMention> owners = prepositionalOwners(doc, head, mentions, Set.of("from", "of"));
        return owners.isEmpty() ? prepositionalOwners(doc, head, mentions, Set.of("in")) : owners;
    }

    /** Actors named in phrases with these prepositions under {@code head}, with their conjuncts. */
    private static List<ActorMention> prepositionalOwners(Document doc, int head, List<ActorMention> mentions,
            Set<String> prepositions) {
        List<ActorMention> out = new ArrayList<>();
        for (Token child : doc.token(head).children()) {
            if (!child.relation().startsWith("nmod")) {
                continue;
            }
            boolean ownerCase = false;
            for (Token c : child.children("case")) {
                String w = c.word().toLowerCase(java.util.Locale.ROOT);
                ownerCase |= prepositions.contains(w);
            }
            if (!ownerCase) {
                continue;
            }
            List<Token> heads = new ArrayList<>();
            heads.add(child);
            heads.addAll(child.children("conj"));
            for (Token h : heads) {
                int before = out.size();
                for (ActorMention m : mentions) {
                    if (m.headToken() == h.index() && !m.rule().startsWith(MODIFIER_RULE)) {
                        out.add(m);
                    }
                }
                if (out.size() == before) {
                    // "soldiers from the Gondor border post": a phrase whose head names no one is
                    // owned by the name modifying it.
                    for (ActorMention m : mentions) {
                        if (m.rule().startsWith(MODIFIER_RULE) && doc.dependencies().head(m.headToken()) == h.index()) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** True when a name only modifies another noun: "Afghan" in "Afghan soldiers". */
    private static boolean isModifier(Document doc, int token) {
        int gov = doc.dependencies().head(token);
        if (gov < 0 || !isNounish(doc, gov)) {
            return false;
        }
        String rel = doc.dependencies().relation(token);
        return rel.equals("amod") || rel.equals("compound");
    }

    private static ActorCode ownerCode(Match m) {
        ActorCode code = m.actor().code();
        return m.actor().kind() == ActorKind.CAPITAL ? code.withSector("GOV") : code;
    }

    private static ActorMention mention(Document doc, int first, int end, int head, ActorCode code, String rule,
            Optional<ActorMention.Antecedent> antecedent) {
        Span raw = doc.text().rawSpan(doc.tokens().start(first), doc.tokens().end(end - 1));
        return new ActorMention(first, end, head, raw, raw.of(doc.text().raw()), code, rule, antecedent);
    }

    /** Pronouns and bare role descriptions ("the militants") take the code of an earlier actor. */
    private List<ActorMention> resolveReferences(Document doc, List<Match> matches, Map<Integer, Boolean> consumed,
            List<ActorMention> named) {
        List<ActorMention> out = new ArrayList<>(named);
        List<ActorMention> sofar = new ArrayList<>(named);
        int[] personSpans = personEntityEnds(doc);
        for (int t = 0; t < doc.tokens().size(); t++) {
            String w = Phrase.normalize(doc.tokens().word(t));
            String pos = doc.pos().get(t);
            ActorMention antecedent = null;
            if (pos.startsWith("PRP") && (PLURAL_PRONOUNS.contains(w) || SINGULAR_PRONOUNS.contains(w)
                    || PERSONAL_PRONOUNS.contains(w))) {
                if (doc.dependencies().relation(t).equals("expl")) {
                    continue;
                }
                antecedent = REFLEXIVES.contains(w) ? clauseSubject(doc, t, sofar) : null;
                if (antecedent == null && PERSONAL_PRONOUNS.contains(w)) {
                    antecedent = nearestBefore(doc, t, sofar, m -> personCompatible(doc, m, personSpans));
                } else if (antecedent == null) {
                    boolean plural = PLURAL_PRONOUNS.contains(w);
                    antecedent = nearestBefore(doc, t, sofar, m -> plural ? pluralCompatible(doc, m) : singularCompatible(doc, m));
                }
            } else {
                List<ActorMention> described = describedActors(doc, t, matches, consumed, sofar);
                if (described.isEmpty() && unownedRoles == UnownedRoles.UNKNOWN_COUNTRY) {
                    described = unownedRole(doc, t, matches, consumed, sofar);
                }
                for (ActorMention ref : described) {
                    out.add(ref);
                    sofar.add(ref);
                }
                sofar.sort(Comparator.comparingInt(ActorMention::firstToken));
                continue;
            }
            if (antecedent == null) {
                continue;
            }
            ActorMention.Antecedent ante = new ActorMention.Antecedent(antecedent.text(), antecedent.rawSpan());
            ActorMention ref = mention(doc, t, t + 1, t, antecedent.code(), "pronoun->" + antecedent.rule(),
                    Optional.of(ante));
            out.add(ref);
            sofar.add(ref);
            sofar.sort(Comparator.comparingInt(ActorMention::firstToken));
        }
        out.sort(Comparator.comparingInt(ActorMention::firstToken));
        return out;
    }

    /**
     * Definite descriptions that refer back: a role noun without an owner ("the militants": the
     * last actor with that role; "the government": the last country's government), "the group",
     * "the country", and pairs ("both countries", "the two sides": the last two countries).
     */
    private List<ActorMention> describedActors(Document doc, int t, List<Match> matches, Map<Integer, Boolean> consumed,
            List<ActorMention> sofar) {
        if (!doc.pos().get(t).startsWith("NN")) {
            return List.of();
        }
        String lemma = Phrase.normalize(doc.lemmas().get(t));
        boolean plural = doc.pos().get(t).endsWith("S");
        Match agent = matches.stream().filter(m -> !m.isActor() && m.head() == t && !consumed.containsKey(t))
                .findFirst().orElse(null);
        int first = firstOfPhrase(doc, agent == null ? t : agent.first());
        int end = agent == null ? t + 1 : Math.max(agent.end(), t + 1);
        if (plural && PAIR_NOUNS.contains(lemma) && hasPairWord(doc, t)) {
            List<ActorMention> pair = lastTwoCountries(doc, t, sofar);
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention a : pair) {
                ActorCode code = new ActorCode(a.code().country());
                if (lemma.equals("government") || lemma.equals("leader")) {
                    code = code.withSector("GOV");
                } else if (lemma.equals("military") || lemma.equals("army")) {
                    code = code.withSector("MIL");
                }
                out.add(mention(doc, first, end, t, code, "description:pair->" + a.rule(),
                        Optional.of(new ActorMention.Antecedent(a.text(), a.rawSpan()))));
            }
            return out.size() == 2 ? out : List.of();
        }
        if (!hasDefiniteDeterminer(doc, t)) {
            return agent == null ? List.of() : contextualActor(doc, t, agent, first, end, sofar);
        }
        ActorMention antecedent = null;
        ActorCode code = null;
        if (agent != null) {
            String role = agent.agent().role().substring(0, 3);
            antecedent = nearestBefore(doc, agent.first(), sofar, m -> m.code().sector().equals(role));
            if (antecedent != null) {
                code = antecedent.code();
            } else if (STATE_ROLES.contains(role)) {
                antecedent = nearestBefore(doc, agent.first(), sofar, ActorResolver::isCountryLevel);
                code = antecedent == null ? null : new ActorCode(antecedent.code().country()).withSector(role);
            }
        } else if (GROUP_NOUNS.contains(lemma) && !plural) {
            antecedent = nearestBefore(doc, t, sofar, m -> isGroup(m) || NON_STATE_ROLES.contains(m.code().sector()));
            code = antecedent == null ? null : antecedent.code();
        } else if (COUNTRY_NOUNS.contains(lemma) && !plural) {
            antecedent = nearestBefore(doc, t, sofar, ActorResolver::isCountryLevel);
            code = antecedent == null ? null : new ActorCode(antecedent.code().country());
        }
        if (antecedent == null) {
            return List.of();
        }
        return List.of(mention(doc, first, end, t, code, "description->" + antecedent.rule(),
                Optional.of(new ActorMention.Antecedent(antecedent.text(), antecedent.rawSpan()))));
    }

    /**
     * A prefix role modifying a named actor goes in front of its code: "MSF Arnor" -> NGOARN, "an
     * MSF Arnor diplomat" -> NGOARNGOV.
     */
    private static void prefixRoles(Document doc, List<Match> matches, Map<Integer, Boolean> consumed,
            List<ActorMention> mentions) {
        for (Match m : matches) {
            if (m.isActor() || !m.agent().prefix() || consumed.containsKey(m.head())
                    || !isModifierRelation(doc, m.head())) {
                continue;
            }
            int modified = doc.dependencies().head(m.head());
            for (int i = 0; i < mentions.size(); i++) {
                ActorMention a = mentions.get(i);
                if (a.covers(modified) && !a.rule().startsWith(MODIFIER_RULE)) {
                    mentions.set(i, mention(doc, Math.min(a.firstToken(), m.first()), Math.max(a.endToken(), m.end()),
                            a.headToken(), m.agent().of(a.code()),
                            a.rule() + " +" + String.join(" ", m.agent().words()), a.antecedent()));
                    consumed.put(m.head(), true);
                }
            }
        }
    }

    /**
     * A role noun heading its phrase that nothing owns, description or context: an actor of unknown
     * country ("a senior official said" -> ---GOV). A role inside another noun ("police station")
     * is no actor; a role adjective on a subject is ("the official news agency said" -> ---GOV).
     */
    private List<ActorMention> unownedRole(Document doc, int t, List<Match> matches, Map<Integer, Boolean> consumed,
            List<ActorMention> sofar) {
        if (!doc.pos().get(t).startsWith("NN") || consumed.containsKey(t)
                || doc.dependencies().relation(t).matches("compound|amod")
                || sofar.stream().anyMatch(m -> m.covers(t))) {
            return List.of();
        }
        for (Match m : matches) {
            if (!m.isActor() && m.head() == t) {
                int first = firstOfPhrase(doc, m.first());
                return List.of(mention(doc, first, Math.max(m.end(), t + 1), t,
                        m.agent().ownerless(),
                        "agent:" + String.join(" ", m.agent().words()) + " (country unknown)", Optional.empty()));
            }
        }
        if (!doc.dependencies().relation(t).startsWith("nsubj")) {
            return List.of();
        }
        for (Token adjective : doc.token(t).children("amod")) {
            int a = adjective.index();
            Optional<AgentDictionary.Match> role = agents.longestMatch(List.of(Phrase.normalize(adjective.word())),
                    List.of(Phrase.normalize(doc.lemmas().get(a))), 0);
            if (role.isPresent() && a < t) {
                return List.of(mention(doc, firstOfPhrase(doc, a), t + 1, t, role.get().entry().ownerless(),
                        "agent:" + String.join(" ", role.get().entry().words()) + " (adjective, country unknown)",
                        Optional.empty()));
            }
        }
        return List.of();
    }

    /**
     * A role named with no country ("Judge Alejandro Rivera opened investigations against Chilean
     * officials", "traditional elders demanded ... the Nigerian Interior Ministry") belongs, as
     * news coders read it, to the country the sentence is about, when the role is a subject and
     * the sentence names one country only. It keeps that country's mention as its antecedent, so
     * events built on it are less sure.
     */
    private static List<ActorMention> contextualActor(Document doc, int t, Match agent, int first, int end,
            List<ActorMention> sofar) {
        int head = t;
        while (doc.dependencies().relation(head).equals("compound") && doc.dependencies().head(head) > head) {
            head = doc.dependencies().head(head); // "Judge Alejandro Rivera": the name is the subject
        }
        if (!doc.dependencies().relation(head).startsWith("nsubj")) {
            return List.of(); // only a clause's subject, the actor an event needs
        }
        int sentence = doc.sentences().sentenceOf(t);
        ActorMention nearest = null;
        Set<String> countries = new java.util.HashSet<>();
        for (ActorMention m : sofar) {
            if (doc.sentences().sentenceOf(m.headToken()) == sentence && !m.covers(t) && m.antecedent().isEmpty()
                    && m.code().knowsCountry()) {
                countries.add(m.code().country());
                if (isCountryLevel(m)) {
                    nearest = m;
                }
            }
        }
        if (nearest == null || countries.size() != 1) {
            return List.of(); // no country, or several: the context does not say whose the role is
        }
        ActorCode code = agent.agent().of(new ActorCode(nearest.code().country()));
        return List.of(mention(doc, first, Math.max(end, head + 1), head, code, "context:"
                + String.join(" ", agent.agent().words()) + "+"
                + nearest.text(), Optional.of(new ActorMention.Antecedent(nearest.text(), nearest.rawSpan()))));
    }

    private static boolean hasPairWord(Document doc, int t) {
        for (Token c : doc.token(t).children()) {
            String w = c.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("both") || w.equals("two")) {
                return true;
            }
        }
        return false;
    }

    /** The two most recent distinct countries before {@code t}, the earlier first. */
    private static List<ActorMention> lastTwoCountries(Document doc, int t, List<ActorMention> sofar) {
        List<ActorMention> out = new ArrayList<>();
        int sentence = doc.sentences().sentenceOf(t);
        for (int i = sofar.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorMention m = sofar.get(i);
            if (m.endToken() > t || !isCountryLevel(m) || m.rule().startsWith(MODIFIER_RULE)
                    || sentence - doc.sentences().sentenceOf(m.headToken()) > ANTECEDENT_WINDOW) {
                continue;
            }
            if (out.isEmpty() || !out.get(0).code().country().equals(m.code().country())) {
                out.add(m);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean isCountryLevel(ActorMention m) {
        return m.code().knowsCountry() && !isGroup(m) && !NON_STATE_PREFIXES.contains(m.code().country())
                && !NON_STATE_ROLES.contains(m.code().sector());
    }

    private static int firstOfPhrase(Document doc, int first) {
        int head = doc.dependencies().head(first);
        for (Token d : doc.token(first).children("det")) {
            if (d.index() < first) {
                return d.index();
            }
        }
        if (head >= 0) {
            for (Token d : doc.token(head).children("det")) {
                if (d.index() < first) {
                    return d.index();
                }
            }
        }
        return first;
    }

    private static boolean hasDefiniteDeterminer(Document doc, int token) {
        for (Token d : doc.token(token).children()) {
            String w = d.word().toLowerCase(java.util.Locale.ROOT);
            if ((d.relation().equals("det") && (w.equals("the") || w.equals("these") || w.equals("those")))
                    || d.relation().equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }

    /** The actor that is the subject of the clause a reflexive pronoun stands in. */
    private static ActorMention clauseSubject(Document doc, int token, List<ActorMention> sofar) {
        int gov = doc.dependencies().head(token);
        while (gov >= 0) {
            for (Token c : doc.token(gov).children()) {
                if (c.relation().startsWith("nsubj") && c.index() < token) {
                    for (ActorMention m : sofar) {
                        if (m.covers(c.index())) {
                            return m;
                        }
                    }
                }
            }
            gov = doc.dependencies().head(gov);
        }
        return null;
    }

    private static ActorMention nearestBefore(Document doc, int token, List<ActorMention> sofar,
            java.util.function.Predicate<ActorMention> fits) {
        int sentence = doc.sentences().sentenceOf(token);
        ActorMention best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ActorMention m : sofar) {
            // An actor of unknown country is no one's antecedent: it would pass the gap on.
            if (m.endToken() > token || m.rule().startsWith(MODIFIER_RULE) || !m.code().knowsCountry()
                    || !fits.test(m)) {
                continue;
            }
            int distance = sentence - doc.sentences().sentenceOf(m.headToken());
            if (distance > ANTECEDENT_WINDOW) {
                continue;
            }
            // Recency first, then grammatical salience: subjects are the usual antecedents.
            int score = -distance * 100 + m.headToken() / 10;
            if (doc.dependencies().relation(m.headToken()).startsWith("nsubj")) {
                score += 50;
            }
            if (doc.dependencies().relation(m.headToken()).equals("nmod:poss")) {
                score -= 30;
            }
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }

    private static boolean pluralCompatible(Document doc, ActorMention m) {
        if (m.rule().startsWith("pronoun")) {
            return PLURAL_PRONOUNS.contains(doc.tokens().word(m.headToken()).toLowerCase(java.util.Locale.ROOT));
        }
        String pos = doc.pos().get(m.headToken());
        if (pos.equals("NNS") || pos.equals("NNPS")) {
            return true;
        }
        if (!doc.token(m.headToken()).children("conj").isEmpty()) {
            return true;
        }
        String sector = m.code().sector();
        return sector.equals("REB") || sector.equals("INS") || sector.equals("OPP") || isGroup(m);
    }

    /**
     * "he", "she": a person's name (as NER marks it), a person in the dictionary, a singular role
     * ("the minister") or another personal pronoun; never a country or an organisation.
     */
    private static boolean personCompatible(Document doc, ActorMention m, int[] personSpans) {
        int head = m.headToken();
        if (m.rule().startsWith("pronoun")) {
            return PERSONAL_PRONOUNS.contains(doc.tokens().word(head).toLowerCase(java.util.Locale.ROOT));
        }
        if (personSpans[2 * head] >= 0) {
            return true;
        }
        String pos = doc.pos().get(head);
        return m.rule().startsWith("agent:") && !pos.equals("NNS") && !pos.equals("NNPS");
    }

    private static boolean isGroup(ActorMention m) {
        return m.rule().contains("nonstate") || m.rule().contains("international");
    }

    private static boolean singularCompatible(Document doc, ActorMention m) {
        String pos = doc.pos().get(m.headToken());
        if (m.rule().startsWith("pronoun")) {
            String w = doc.tokens().word(m.headToken()).toLowerCase(java.util.Locale.ROOT);
            return SINGULAR_PRONOUNS.contains(w);
        }
        return !pos.equals("NNS") && !pos.equals("NNPS");
    }
}
