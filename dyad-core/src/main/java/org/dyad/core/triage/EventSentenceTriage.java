package org.dyad.core.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.AgentDictionary;
import org.dyad.core.actor.Phrase;
import org.dyad.core.actor.ReferenceResolver;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.event.NounEventDictionary;
import org.dyad.core.event.PersonNouns;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.event.VerbPattern;
import org.dyad.core.pipeline.SentenceTriage;

/**
 * The fast path's triage: a sentence is parsed when it can yield an event, that is when it has
 * both
 * <ul>
 *   <li>a trigger: a verb (a {@code VB*} tag) the verb dictionary has any pattern for, by the
 *       same look-up the event coder makes (its lemma, or its written form where the dictionary
 *       names verbs so), with any particle; event nouns are coded only behind such verbs; and</li>
 *   <li>an actor candidate: a phrase of the actor or agent dictionary starting at some token
 *       (looked up as the actor resolver looks it up, without its filters), a pronoun the
 *       resolver gives antecedents to, a noun that refers back to a group, country or pair, a
 *       proper noun ({@code NNP}: a person no dictionary lists is a generic party), and, for the
 *       parties no actor resolves, a noun naming people ({@link PersonNouns}: "visitors
 *       attended"); a first or second person is none, since no party is made of it;</li>
 * </ul>
 * or a trigger that is a past participle ({@code VBN}), whose implicit agent or unnamed
 * perpetrator is a party of its own ("was arrested", "were killed"), or a noun that may head an
 * event noun, which the event coder reads where it stands ("too much killing in Ukraine");
 * and, so that pronouns and descriptions find the antecedents the full path finds, every sentence
 * with an actor candidate among the {@value #ANTECEDENT_WINDOW} before a parsed sentence is parsed
 * too, and so on back: the resolver reads the parse to tell a name that only modifies a noun ("the
 * Assad family"), which is never an antecedent. Both tests are supersets of what the event coder
 * and the actor resolver accept, so a sentence set aside could not have produced an event
 * (docs/throughput.md measures this on the gold sets).
 */
public final class EventSentenceTriage implements SentenceTriage {
    /** How many sentences back the actor resolver looks for an antecedent. */
    public static final int ANTECEDENT_WINDOW = 3;

    private final VerbDictionary verbs;
    private final Set<String> triggerEntries;
    private final StatementTriggers statements;
    private final boolean statementsNeedTarget;
    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final PersonNouns persons;
    private final Set<String> eventNounHeads;

    public EventSentenceTriage(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents) {
        this(verbs, actors, agents, PersonNouns.none(), Conventions.CAMEO, new NounEventDictionary(Map.of(), "none"));
    }

    /**
     * {@code persons}: the nouns naming people whose phrases the event coder makes parties;
     * {@code conventions}: the event coder's, which say whether a statement needs a target;
     * {@code nouns}: the event nouns, which the coder also codes where they stand alone.
     */
    public EventSentenceTriage(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
            PersonNouns persons, Conventions conventions, NounEventDictionary nouns) {
        this.eventNounHeads = heads(nouns);
        this.persons = persons;
        this.verbs = verbs;
        Set<String> entries = new HashSet<>();
        for (VerbPattern p : verbs.all()) {
            entries.add(p.verb());
        }
        this.triggerEntries = Set.copyOf(entries);
        this.statements = new StatementTriggers(verbs);
        this.statementsNeedTarget = !conventions.targetlessStatements();
        this.actors = actors;
        this.agents = agents;
    }

    @Override
    public boolean[] select(List<TaggedSentence> sentences) {
        int n = sentences.size();
        Candidates[] found = new Candidates[n];
        boolean[] parse = new boolean[n];
        for (int s = 0; s < n; s++) {
            TaggedSentence t = sentences.get(s);
            found[s] = candidates(t.words(), t.tags(), t.lemmas());
            parse[s] = canYieldEvent(t, found[s].groups());
        }
        // Backwards, so that a sentence kept for a later one's sake keeps its own antecedents.
        for (int s = n - 1; s > 0; s--) {
            if (parse[s] && found[s].refers()) {
                for (int k = Math.max(0, s - ANTECEDENT_WINDOW); k < s; k++) {
                    parse[k] |= found[k].groups() > 0;
                }
            }
        }
        return parse;
    }

    /** Whether this one sentence, taken alone, can yield an event. */
    public boolean canYieldEvent(TaggedSentence sentence) {
        return canYieldEvent(sentence, candidates(sentence.words(), sentence.tags(), sentence.lemmas()).groups());
    }

    /**
     * A trigger with an actor candidate, a past participle trigger (its implicit agent or unnamed
     * perpetrator is a party, "was arrested", "were killed"), or, for a trigger that can only
     * state, as many candidates as the statement needs parties.
     */
    private boolean canYieldEvent(TaggedSentence t, int groups) {
        if (hasEventNoun(t)) {
            return true; // its parties may be unnamed ("too much killing in Ukraine")
        }
        List<String> words = t.words();
        List<String> tags = t.tags();
        Set<String> present = null;
        for (int i = 0; i < words.size(); i++) {
            String tag = tags.get(i);
            if (!tag.startsWith("VB")) {
                continue;
            }
            String entry = verbs.entryFor(words.get(i), t.lemmas().get(i));
            if (!triggerEntries.contains(entry)) {
                continue;
            }
            boolean participle = tag.equals("VBN");
            int needed = participle ? 0 : 1;
            if (statementsNeedTarget) {
                if (present == null) {
                    present = lowerCased(t);
                }
                if (statements.onlyStatements(entry, present)) {
                    needed++; // a statement needs a target besides its source
                }
            }
            if (groups >= needed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words an event noun can be read from: each one-word noun, the last word of a phrase
     * ("air strike") and the word before "of" ("freedom of movement").
     */
    private static Set<String> heads(NounEventDictionary nouns) {
        Set<String> out = new HashSet<>();
        for (String phrase : nouns.phrases()) {
            String[] words = phrase.split(" ");
            out.add(words[words.length - 1]);
            for (int i = 1; i < words.length; i++) {
                if (words[i].equals("of")) {
                    out.add(words[i - 1]);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** A word that may head an event noun, which the coder reads as an event of its own ("too much killing"). */
    private boolean hasEventNoun(TaggedSentence t) {
        for (int i = 0; i < t.words().size(); i++) {
            if (t.tags().get(i).startsWith("NN") && (eventNounHeads.contains(t.lemmas().get(i).toLowerCase(Locale.ROOT))
                    || eventNounHeads.contains(t.words().get(i).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerCased(TaggedSentence t) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < t.words().size(); i++) {
            out.add(t.words().get(i).toLowerCase(Locale.ROOT));
            out.add(t.lemmas().get(i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A dictionary actor or agent phrase, a resolvable pronoun or a referring noun. */
    boolean hasActorCandidate(List<String> words, List<String> tags, List<String> lemmas) {
        return candidates(words, tags, lemmas).groups() > 0;
    }

    /**
     * A sentence's actor candidates: how many separate ones, counting up to two (runs of tokens
     * that are candidates or inside a dictionary phrase, apart from each other: "President Obama"
     * one, "Obama told reporters" two), and whether one refers back to an earlier actor (a
     * pronoun, a quotation's "I", a noun such as "the group", a role: "the minister").
     */
    record Candidates(int groups, boolean refers) {
    }

    Candidates candidates(List<String> words, List<String> tags, List<String> lemmas) {
        int n = words.size();
        List<String> normalized = new ArrayList<>(n);
        List<String> singulars = new ArrayList<>(n);
        List<String> normalizedLemmas = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            String w = Phrase.normalize(words.get(t));
            normalized.add(w);
            boolean plural = tags.get(t).endsWith("S") && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss");
            singulars.add(plural ? w.substring(0, w.length() - 1) : w);
            normalizedLemmas.add(Phrase.normalize(lemmas.get(t)));
        }
        int groups = 0;
        boolean refers = false;
        int runEnd = -1; // the end (exclusive) of the current run of candidate tokens
        for (int t = 0; t < n; t++) {
            String tag = tags.get(t);
            boolean referring = (tag.startsWith("PRP") && ReferenceResolver.resolvesPronoun(normalized.get(t)))
                    || (tag.startsWith("NN") && ReferenceResolver.refersBack(normalizedLemmas.get(t)));
            int end = referring
                    || (tag.startsWith("NN") && persons.namesPeople(normalizedLemmas.get(t))) // a phrase naming people
                    || tag.equals("NNP") // a name the dictionaries may not list: a person is a generic party
                    ? t + 1 : t;
            var actor = actors.longestMatch(normalized, singulars, t, null);
            if (actor.isPresent()) {
                end = Math.max(end, t + actor.get().length());
            }
            var agent = agents.longestMatch(normalized, normalizedLemmas, t);
            if (agent.isPresent()) {
                end = Math.max(end, t + agent.get().length());
                referring = true; // a role nothing owns may describe an earlier actor
            }
            refers |= referring;
            if (end > t) {
                if (t > runEnd) {
                    groups = Math.min(2, groups + 1);
                }
                runEnd = Math.max(runEnd, end);
            }
        }
        return new Candidates(groups, refers);
    }
}
