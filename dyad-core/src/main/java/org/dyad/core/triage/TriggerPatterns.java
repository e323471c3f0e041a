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
 * What a trigger verb's patterns can give in a given sentence, read from the verb dictionary
 * alone, so a new pattern changes the answer without a word list here. A pattern could apply
 * there when its particle or preposition is one of the sentence's words (as written or as a
 * lemma), and when it names no words (a bare slot or the verb's default) or one of its words is in
 * the sentence (each word of a group {@code a_b}), or one of its words is a class the triage does
 * not test ({@code @person}, {@code @place}, {@code @compound}). A pattern whose code comes from an
 * event noun ({@code noun}, {@code ended}, or the class {@code @event}) needs such a noun in the
 * sentence, which the triage tests on its own, so it is not counted here; nor is a pattern that
 * says "not an event", which can only take an event away.
 */
final class TriggerPatterns {
    /** CAMEO's root of statements ("make statement", 010-019). */
    private static final String STATEMENT_ROOT = "01";
    private static final String EVENT_CLASS = "@event";

    /** What the patterns that could apply in a sentence can give. */
    enum Reach {
        /** No pattern with a code of its own could apply: without an event noun the verb codes nothing. */
        NONE,
        /** Only the entry's default statements ("said", "told", "added"), which need a target under PLOVER. */
        STATEMENT,
        /** Some other event. */
        EVENT
    }

    private final Map<String, List<VerbPattern>> byEntry;

    TriggerPatterns(VerbDictionary verbs) {
        Map<String, List<VerbPattern>> m = new HashMap<>();
        for (VerbPattern p : verbs.all()) {
            m.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byEntry = Map.copyOf(m);
    }

    /** Whether the dictionary has any pattern for the entry. */
    boolean hasPatterns(String entry) {
        return byEntry.containsKey(entry);
    }

    /** What the entry's patterns that could apply in a sentence of these words (lower-cased words and lemmas) give. */
    Reach reach(String entry, Set<String> sentenceWords) {
        Reach reach = Reach.NONE;
        for (VerbPattern p : byEntry.getOrDefault(entry, List.of())) {
            if (p.code().isEmpty() || !ownCode(p) || !mayApply(p, sentenceWords)) {
                continue;
            }
            boolean plainStatement = p.slot() == VerbPattern.Slot.DEFAULT && p.code().get().startsWith(STATEMENT_ROOT);
            if (!plainStatement) {
                return Reach.EVENT;
            }
            reach = Reach.STATEMENT;
        }
        return reach;
    }

    /** A code of the pattern's own, not one read from an event noun in its slot. */
    private static boolean ownCode(VerbPattern p) {
        String code = p.code().get();
        return !code.equals(VerbPattern.NOUN_CODE) && !code.equals(VerbPattern.ENDED_CODE)
                && !(p.words().size() == 1 && p.words().contains(EVENT_CLASS));
    }

    private static boolean mayApply(VerbPattern p, Set<String> sentenceWords) {
        if (!p.particle().isEmpty() && !has(p.particle(), sentenceWords)) {
            return false;
        }
        if (p.slot() == VerbPattern.Slot.PREPOSITION && !has(p.preposition(), sentenceWords)) {
            return false;
        }
        if (p.phrase().isPresent()) {
            return mayApply(p.phrase().get().elements(), sentenceWords);
        }
        if (p.words().isEmpty()) {
            return true;
        }
        for (String w : p.words()) {
            if (!w.equals(EVENT_CLASS) && has(w, sentenceWords)) {
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
        if (w.contains("_") || w.contains(" ")) {
            for (String part : w.split("[_ ]")) {
                if (!part.isEmpty() && !part.startsWith("@") && !sentenceWords.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        return sentenceWords.contains(w);
    }
}
