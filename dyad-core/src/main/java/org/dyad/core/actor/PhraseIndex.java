package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Finds the longest dictionary phrase starting at a token, by first word then length. */
final class PhraseIndex<E> {
    private final Map<String, List<List<E>>> byFirstWord = new HashMap<>();
    private final Function<E, List<String>> words;

    PhraseIndex(List<E> entries, Function<E, List<String>> words) {
        this.words = words;
        Map<List<String>, List<E>> byPhrase = new HashMap<>();
        for (E e : entries) {
            byPhrase.computeIfAbsent(words.apply(e), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<List<String>, List<E>> p : byPhrase.entrySet()) {
            byFirstWord.computeIfAbsent(p.getKey().get(0), k -> new ArrayList<>()).add(List.copyOf(p.getValue()));
        }
        for (List<List<E>> group : byFirstWord.values()) {
            group.sort(Comparator.comparingInt((List<E> g) -> words.apply(g.get(0)).size()).reversed());
        }
    }

    /**
     * The entries of the longest phrase matching {@code tokens} from {@code start}, or an empty
     * list. {@code alternative} gives a second form per token (its lemma), tried for the last word.
     */
    List<E> longest(List<String> tokens, List<String> alternative, int start) {
        List<List<E>> group = byFirstWord.get(tokens.get(start));
        if (group == null && alternative != null) {
            group = byFirstWord.get(alternative.get(start));
        }
        if (group == null) {
            return List.of();
        }
        for (List<E> candidates : group) {
            List<String> phrase = words.apply(candidates.get(0));
            if (matches(phrase, tokens, alternative, start)) {
                return candidates;
            }
        }
        return List.of();
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

    boolean containsPhrase(List<String> phrase) {
        List<List<E>> group = byFirstWord.get(phrase.get(0));
        if (group == null) {
            return false;
        }
        for (List<E> g : group) {
            if (words.apply(g.get(0)).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    Iterable<List<List<E>>> groups() {
        return byFirstWord.values();
    }
}
