package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Finds the longest dictionary phrase starting at a token, by first word then length. */
final class PhraseIndex<E> {
    private final Map<String, List<Phrased<E>>> byFirstWord = new HashMap<>();
    private final Function<E, List<String>> words;

    PhraseIndex(List<E> entries, Function<E, List<String>> words) {
        this.words = words;
        Map<List<String>, List<E>> byPhrase = new HashMap<>();
        for (E e : entries) {
            byPhrase.computeIfAbsent(words.apply(e), k -> new ArrayList<>()).add(e);
            // CoreNLP splits hyphenated words ("al-Shabab" -> al - Shabab): index that form too.
            List<String> split = Phrase.splitHyphens(words.apply(e));
            if (!split.equals(words.apply(e))) {
                byPhrase.computeIfAbsent(split, k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<List<String>, List<E>> p : byPhrase.entrySet()) {
            byFirstWord.computeIfAbsent(p.getKey().get(0), k -> new ArrayList<>())
                    .add(new Phrased<>(p.getKey(), List.copyOf(p.getValue())));
        }
        for (List<Phrased<E>> group : byFirstWord.values()) {
            group.sort(Comparator.comparingInt((Phrased<E> g) -> g.words().size()).reversed());
        }
    }

    /** The entries of one phrase form, with that form's words. */
    record Phrased<E>(List<String> words, List<E> entries) {
    }

    /** The entries of a match, and how many tokens it covers. */
    record Found<E>(int length, List<E> entries) {
    }

    /**
     * The longest phrase matching {@code tokens} from {@code start}, or null. {@code alternative}
     * gives a second form per token (its lemma), tried for the last word of a phrase; phrases
     * starting with either form are considered ("students" also finds "student").
     */
    Found<E> longest(List<String> tokens, List<String> alternative, int start) {
        Found<E> best = longestIn(byFirstWord.get(tokens.get(start)), tokens, alternative, start);
        if (alternative != null && !alternative.get(start).equals(tokens.get(start))) {
            Found<E> other = longestIn(byFirstWord.get(alternative.get(start)), tokens, alternative, start);
            if (other != null && (best == null || other.length() > best.length())) {
                best = other;
            }
        }
        return best;
    }

    private Found<E> longestIn(List<Phrased<E>> group, List<String> tokens, List<String> alternative, int start) {
        if (group == null) {
            return null;
        }
        for (Phrased<E> candidate : group) {
            if (matches(candidate.words(), tokens, alternative, start)) {
                return new Found<>(candidate.words().size(), candidate.entries());
            }
        }
        return null;
    }

    private static boolean matches(List<String> phrase, List<String> tokens, List<String> alternative, int start) {
        if (start + phrase.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            String p = phrase.get(i);
            boolean last = i == phrase.size() - 1;
            if (!p.equals(tokens.get(start + i))
                    && !(alternative != null && (last || phrase.size() == 1) && p.equals(alternative.get(start + i)))) {
                return false;
            }
        }
        return true;
    }
}
