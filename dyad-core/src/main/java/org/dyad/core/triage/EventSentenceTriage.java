package org.dyad.core.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.AgentDictionary;
import org.dyad.core.actor.Phrase;
import org.dyad.core.actor.ReferenceResolver;
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
 *       parties no actor resolves, a personal pronoun in a sentence with a quotation mark ("I
 *       really urge": the quotation's speaker) or a noun naming people ({@link PersonNouns}:
 *       "visitors attended");</li>
 * </ul>
 * or a trigger that is a past participle ({@code VBN}), whose implicit agent or unnamed
 * perpetrator is a party of its own ("was arrested", "were killed");
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
    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final PersonNouns persons;

    public EventSentenceTriage(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents) {
        this(verbs, actors, agents, PersonNouns.none());
    }

    /** {@code persons}: the nouns naming people whose phrases the event coder makes parties. */
    public EventSentenceTriage(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
            PersonNouns persons) {
        this.persons = persons;
        this.verbs = verbs;
        Set<String> entries = new HashSet<>();
        for (VerbPattern p : verbs.all()) {
            entries.add(p.verb());
        }
        this.triggerEntries = Set.copyOf(entries);
        this.actors = actors;
        this.agents = agents;
    }

    @Override
    public boolean[] select(List<TaggedSentence> sentences) {
        int n = sentences.size();
        boolean[] candidate = new boolean[n];
        boolean[] parse = new boolean[n];
        for (int s = 0; s < n; s++) {
            TaggedSentence t = sentences.get(s);
            candidate[s] = hasActorCandidate(t.words(), t.tags(), t.lemmas());
            parse[s] = (candidate[s] && hasTrigger(t.words(), t.tags(), t.lemmas()))
                    || hasParticipleTrigger(t.words(), t.tags(), t.lemmas());
        }
        // Backwards, so that a sentence kept for a later one's sake keeps its own antecedents.
        for (int s = n - 1; s > 0; s--) {
            if (parse[s]) {
                for (int k = Math.max(0, s - ANTECEDENT_WINDOW); k < s; k++) {
                    parse[k] |= candidate[k];
                }
            }
        }
        return parse;
    }

    /** Whether this one sentence, taken alone, can yield an event. */
    public boolean canYieldEvent(TaggedSentence sentence) {
        return (hasTrigger(sentence.words(), sentence.tags(), sentence.lemmas())
                && hasActorCandidate(sentence.words(), sentence.tags(), sentence.lemmas()))
                || hasParticipleTrigger(sentence.words(), sentence.tags(), sentence.lemmas());
    }

    /**
     * A trigger that is a passive or past participle ({@code VBN}): under PLOVER's conventions its
     * implicit agent ("was arrested") or an unnamed perpetrator ("were killed") is a party, so
     * the sentence may yield an event with no actor candidate of its own.
     */
    boolean hasParticipleTrigger(List<String> words, List<String> tags, List<String> lemmas) {
        for (int t = 0; t < words.size(); t++) {
            if (tags.get(t).equals("VBN") && triggerEntries.contains(verbs.entryFor(words.get(t), lemmas.get(t)))) {
                return true;
            }
        }
        return false;
    }

    /** A verb with some pattern in the verb dictionary. */
    boolean hasTrigger(List<String> words, List<String> tags, List<String> lemmas) {
        for (int t = 0; t < words.size(); t++) {
            if (tags.get(t).startsWith("VB") && triggerEntries.contains(verbs.entryFor(words.get(t), lemmas.get(t)))) {
                return true;
            }
        }
        return false;
    }

    /** A double quotation mark as CoreNLP writes it ({@code ``}, {@code ''}) or as the text has it. */
    private static boolean isQuotationMark(String word) {
        return word.equals("``") || word.equals("''") || word.equals("\"") || word.equals("\u201C")
                || word.equals("\u201D");
    }

    /** A dictionary actor or agent phrase, a resolvable pronoun or a referring noun. */
    boolean hasActorCandidate(List<String> words, List<String> tags, List<String> lemmas) {
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
        boolean quoted = words.stream().anyMatch(EventSentenceTriage::isQuotationMark);
        for (int t = 0; t < n; t++) {
            String tag = tags.get(t);
            if (tag.startsWith("PRP") && ReferenceResolver.resolvesPronoun(normalized.get(t))) {
                return true;
            }
            if ((quoted && tag.equals("PRP")) || (tag.startsWith("NN") && persons.namesPeople(normalizedLemmas.get(t)))) {
                return true; // "I", "we" in a quotation stand for its speaker; a phrase naming people is a party
            }
            if (tag.equals("NNP")) {
                return true; // a name the dictionaries may not list: a person is a generic party
            }
            if (tag.startsWith("NN") && ReferenceResolver.refersBack(normalizedLemmas.get(t))) {
                return true;
            }
            if (actors.longestMatch(normalized, singulars, t, null).isPresent()
                    || agents.longestMatch(normalized, normalizedLemmas, t).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
