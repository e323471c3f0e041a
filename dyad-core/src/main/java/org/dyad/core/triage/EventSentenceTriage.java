package org.dyad.core.triage;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.dyad.core.pipeline.SentenceTriage;

/**
 * The fast path's triage: a sentence is parsed when it can yield an event, that is when it has
 * <ul>
 *   <li>a trigger: a verb (a {@code VB*} tag) with a pattern that could apply in the sentence
 *       ({@link TriggerPatterns}: its particle or preposition and one of its words present, or a
 *       default), by the same look-up the event coder makes (its lemma, or its written form where
 *       the dictionary names verbs so); and</li>
 *   <li>an actor candidate where the trigger can take it: before an active verb, where its
 *       subject, the source, stands; anywhere for a past participle, whose implicit agent or
 *       unnamed perpetrator is a party of its own ("was arrested", "were killed"), which needs
 *       none; and under conventions where a statement needs a target, a trigger that can only
 *       state needs two separate candidates, one after the verb. A candidate is a phrase of the
 *       actor or agent dictionary starting at some token (looked up as the actor resolver looks
 *       it up, without its filters), a pronoun the resolver gives antecedents to, a noun that
 *       refers back to a group, country or pair, a proper noun ({@code NNP}: a person no
 *       dictionary lists is a generic party), and, for the parties no actor resolves, a noun
 *       naming people ({@link PersonNouns}: "visitors attended"); a first or second person is
 *       none, since no party is made of it;</li>
 * </ul>
 * or an event noun the coder reads where it stands ({@link EventNouns}: violence even with no one
 * named, "too much killing in Ukraine"; the other standing roots with a candidate); an event noun
 * read only behind a verb makes any trigger with patterns count. So that pronouns and
 * descriptions find the antecedents the full path finds, every sentence with an actor candidate
 * among the {@value #ANTECEDENT_WINDOW} before a parsed sentence that refers back is parsed too,
 * and so on back: the resolver reads the parse to tell a name that only modifies a noun ("the
 * Assad family"), which is never an antecedent. Each test is a superset of what the event coder
 * and the actor resolver accept, so a sentence set aside could not have produced an event
 * ({@code TriageRecallIT} checks this on the gold sets and VOA stories; docs/throughput.md).
 */
public final class EventSentenceTriage implements SentenceTriage {
    /** How many sentences back the actor resolver looks for an antecedent. */
    public static final int ANTECEDENT_WINDOW = 3;

    private final VerbDictionary verbs;
    private final TriggerPatterns patterns;
    private final boolean statementsNeedTarget;
    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final PersonNouns persons;
    private final EventNouns eventNouns;

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
        this.eventNouns = new EventNouns(nouns);
        this.persons = persons;
        this.verbs = verbs;
        this.patterns = new TriggerPatterns(verbs);
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
            parse[s] = canYieldEvent(t, found[s]);
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
        return canYieldEvent(sentence, candidates(sentence.words(), sentence.tags(), sentence.lemmas()));
    }

    /**
     * A trigger with an actor candidate, a past participle trigger (its implicit agent or unnamed
     * perpetrator is a party, "was arrested", "were killed"), or, for a trigger that can only
     * state, as many candidates as the statement needs parties.
     */
    private boolean canYieldEvent(TaggedSentence t, Candidates c) {
        int groups = c.groups();
        EventNouns.Reading noun = eventNouns.strongest(t);
        if (noun == EventNouns.Reading.UNNAMED || (noun == EventNouns.Reading.STANDING && groups > 0)) {
            return true; // read where it stands, its parties maybe unnamed ("too much killing in Ukraine")
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
            if (!patterns.hasPatterns(entry)) {
                continue;
            }
            if (present == null) {
                present = lowerCased(t);
            }
            TriggerPatterns.Reach reach = noun == EventNouns.Reading.NONE ? patterns.reach(entry, present)
                    : TriggerPatterns.Reach.EVENT; // the noun behind the verb, or a demand stated
            if (reach == TriggerPatterns.Reach.NONE) {
                continue; // only patterns whose words are absent, or event nouns' (tested above)
            }
            boolean participle = tag.equals("VBN");
            boolean statement = statementsNeedTarget && reach == TriggerPatterns.Reach.STATEMENT;
            if (participle ? groups >= (statement ? 1 : 0)
                    : statement ? groups >= 2 && c.after(i) // a source and, after the verb, a target
                    : c.before(i)) { // the subject, a source, stands before an active verb
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
    record Candidates(int groups, boolean refers, boolean[] at) {
        /** Whether a candidate stands before token {@code i}. */
        boolean before(int i) {
            for (int k = 0; k < i; k++) {
                if (at[k]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a candidate stands after token {@code i}. */
        boolean after(int i) {
            for (int k = i + 1; k < at.length; k++) {
                if (at[k]) {
                    return true;
                }
            }
            return false;
        }
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
        boolean[] at = new boolean[n];
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
                Arrays.fill(at, t, Math.min(n, end), true);
                if (t > runEnd) {
                    groups = Math.min(2, groups + 1);
                }
                runEnd = Math.max(runEnd, end);
            }
        }
        return new Candidates(groups, refers, at);
    }
}
