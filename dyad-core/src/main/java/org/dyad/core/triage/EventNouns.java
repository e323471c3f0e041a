package org.dyad.core.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.event.NominalReadings;
import org.dyad.core.event.NounEventDictionary;
import org.dyad.core.pipeline.SentenceTriage.TaggedSentence;

/**
 * The words of a sentence that may head an event noun of the noun-event dictionary (a one-word
 * noun, the last word of a phrase, the word before its "of"), and how the event coder can read the
 * strongest of them: behind a trigger verb only ("held talks"), standing alone with a named party
 * ("the attacks on the U.S."), or standing alone even with no one named, its source an unnamed
 * perpetrator ("too much killing in Ukraine"). Read from the dictionary, so a new noun changes
 * the answer.
 */
final class EventNouns {
    /** How the coder can read a sentence's strongest event noun. */
    enum Reading {
        /** No event noun. */
        NONE,
        /** Only behind a trigger verb that carries it. */
        BEHIND_VERB,
        /** Standing alone, with a named party. */
        STANDING,
        /** Standing alone, even with no party named. */
        UNNAMED
    }

    private final Map<String, Reading> heads;

    EventNouns(NounEventDictionary nouns) {
        Map<String, Reading> m = new HashMap<>();
        for (String phrase : nouns.phrases()) {
            String code = nouns.code(phrase).orElse("");
            Reading reading = NominalReadings.mayHaveUnnamedSource(code) ? Reading.UNNAMED
                    : NominalReadings.standsAlone(code) ? Reading.STANDING : Reading.BEHIND_VERB;
            String[] words = phrase.split(" ");
            add(m, words[words.length - 1], reading);
            for (int i = 1; i < words.length; i++) {
                if (words[i].equals("of")) {
                    add(m, words[i - 1], reading);
                }
            }
        }
        this.heads = Map.copyOf(m);
    }

    private static void add(Map<String, Reading> m, String head, Reading reading) {
        m.merge(head, reading, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** The strongest reading of the sentence's nouns ({@code NN*}), by lemma or written form. */
    Reading strongest(TaggedSentence t) {
        Reading best = Reading.NONE;
        List<String> tags = t.tags();
        for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).startsWith("NN")) {
                continue;
            }
            for (String w : new String[] {t.lemmas().get(i), t.words().get(i)}) {
                Reading r = heads.getOrDefault(w.toLowerCase(Locale.ROOT), Reading.NONE);
                best = r.compareTo(best) > 0 ? r : best;
            }
        }
        return best;
    }
}
