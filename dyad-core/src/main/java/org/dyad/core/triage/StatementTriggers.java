package org.dyad.core.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.event.PhrasePattern;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.event.VerbPattern;

/**
 * Which trigger verbs can, in a given sentence, give nothing but a plain statement: every pattern
 * of the verb's entry (any particle) that could apply there is its default (no slot, no words)
 * with a statement code (CAMEO root 01: "said", "told", "added"), or says "not an event". A
 * pattern could apply when it names no words (a bare slot: specific, so it may stand without a
 * target), when one of its words is in the sentence (as written or as a lemma; each word of a
 * group {@code a_b}), or when one of its words is a class ({@code @person}, {@code @event},
 * {@code @place}), which the triage does not test. Read from the verb dictionary, so a new pattern changes the
 * answer without a word list here.
 */
final class StatementTriggers {
    /** CAMEO's root of statements ("make statement", 010-019). */
    private static final String STATEMENT_ROOT = "01";

    private final Map<String, List<VerbPattern>> byEntry;

    StatementTriggers(VerbDictionary verbs) {
        Map<String, List<VerbPattern>> m = new HashMap<>();
        for (VerbPattern p : verbs.all()) {
            m.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byEntry = Map.copyOf(m);
    }

    /**
     * True when the verb entry's only patterns that could apply in a sentence of these words
     * (lower-cased words and lemmas) are default statements or "not an event".
     */
    boolean onlyStatements(String entry, Set<String> sentenceWords) {
        for (VerbPattern p : byEntry.getOrDefault(entry, List.of())) {
            if (p.code().isEmpty()) {
                continue; // "not an event": it can only take an event away
            }
            boolean plainStatement = p.slot() == VerbPattern.Slot.DEFAULT && p.code().get().startsWith(STATEMENT_ROOT);
            if (!plainStatement && mayApply(p, sentenceWords)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayApply(VerbPattern p, Set<String> sentenceWords) {
        if (p.phrase().isPresent()) {
            return mayApply(p.phrase().get().elements(), sentenceWords);
        }
        if (p.words().isEmpty()) {
            return true;
        }
        for (String w : p.words()) {
            if (has(w, sentenceWords)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word element of a phrase pattern has an alternative whose words are all present. */
    private static boolean mayApply(List<PhrasePattern.Element> elements, Set<String> sentenceWords) {
        for (PhrasePattern.Element e : elements) {
            boolean present = true;
            if (e instanceof PhrasePattern.Words w) {
                present = anyAlternativePresent(w, sentenceWords);
            } else if (e instanceof PhrasePattern.NounGroup g) {
                present = g.words().stream().allMatch(w -> anyAlternativePresent(w, sentenceWords));
            } else if (e instanceof PhrasePattern.PrepGroup g) {
                present = has(g.preposition(), sentenceWords) && mayApply(g.inside(), sentenceWords);
            }
            if (!present) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyAlternativePresent(PhrasePattern.Words w, Set<String> sentenceWords) {
        for (List<String> alternative : w.alternatives()) {
            if (alternative.stream().allMatch(a -> has(a, sentenceWords))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pattern's word is in the sentence: the word itself, each word of a group
     * ({@code death_toll}), or a word class or other mark ({@code @person}, {@code @event}), which
     * cannot be told from the words.
     */
    private static boolean has(String word, Set<String> sentenceWords) {
        if (word.isEmpty() || word.startsWith("@")) {
            return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("_")) {
            for (String part : w.split("_")) {
                if (!part.isEmpty() && !sentenceWords.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        return sentenceWords.contains(w);
    }
}
