package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.dyad.core.doc.Token;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.event.PhrasePattern.Element;
import org.dyad.core.event.PhrasePattern.Mark;
import org.dyad.core.event.PhrasePattern.NounGroup;
import org.dyad.core.event.PhrasePattern.PrepGroup;
import org.dyad.core.event.PhrasePattern.Words;
import org.dyad.core.syntax.Rel;

/**
 * Matches a {@link PhrasePattern} against the words that follow a verb in its own clause: the
 * verb's dependency subtree after the verb, without coordinated verbs and parenthetical clauses,
 * which are coded on their own. Elements match in order with any words between them; the first
 * match in reading order wins.
 */
final class PhraseMatcher {
    /**
     * Where a pattern's source and target marks landed (token indices, or -1) and how many words
     * its word elements covered: of two equally specific patterns, the one matching more words is
     * the more specific reading ("austrian gold florin" over "florin").
     */
    record Match(int sourceToken, int targetToken, int words) {
    }

    private final IntPredicate isActor;

    /** @param isActor whether an actor mention covers a token */
    PhraseMatcher(IntPredicate isActor) {
        this.isActor = isActor;
    }

    /** Matches {@code pattern} against a verb's {@link #window}. */
    Optional<Match> match(PhrasePattern pattern, List<Token> window) {
        int[] marks = {-1, -1, 0}; // source, target, words covered
        if (matchFrom(pattern.elements(), 0, window, 0, marks)) {
            return Optional.of(new Match(marks[0], marks[1], marks[2]));
        }
        return Optional.empty();
    }

    /** Matches elements[i..] in window[from..]; fills marks (source, target) on success. */
    private boolean matchFrom(List<Element> elements, int i, List<Token> window, int from, int[] marks) {
        if (i == elements.size()) {
            return true;
        }
        Element e = elements.get(i);
        if (e == Mark.SKIP) {
            return from < window.size() && matchFrom(elements, i + 1, window, from + 1, marks);
        }
        if (e instanceof Mark mark) {
            for (int p = from; p < window.size(); p++) {
                if (isActor.test(window.get(p).index())) {
                    int q = p;
                    while (q + 1 < window.size() && isActor.test(window.get(q + 1).index())
                            && window.get(q + 1).index() == window.get(q).index() + 1) {
                        q++;
                    }
                    int slot = mark == Mark.SOURCE ? 0 : 1;
                    int before = marks[slot];
                    marks[slot] = window.get(p).index();
                    if (matchFrom(elements, i + 1, window, q + 1, marks)) {
                        return true;
                    }
                    marks[slot] = before;
                    return false; // the mark is the next actor, not any later one
                }
            }
            return false;
        }
        for (int p = from; p < window.size(); p++) {
            int words = marks[2];
            int end = matchAt(e, window, p, marks);
            if (end > 0) {
                if (e instanceof Words) {
                    marks[2] += end - p;
                }
                if (matchFrom(elements, i + 1, window, end, marks)) {
                    return true;
                }
            }
            marks[2] = words;
        }
        return false;
    }

    /** The window position after element {@code e} matched starting at {@code p}, or -1. */
    private int matchAt(Element e, List<Token> window, int p, int[] marks) {
        if (e instanceof Words w) {
            return wordsAt(w, window, p);
        }
        if (e instanceof NounGroup g) {
            return nounGroupAt(g, window, p);
        }
        PrepGroup pp = (PrepGroup) e;
        Token prep = window.get(p);
        if (!matches(pp.preposition(), prep) || !prep.relation().equals(Rel.CASE) || prep.head() == null) {
            return -1;
        }
        // The phrase: the preposition's noun and everything under it, after the preposition.
        List<Token> inside = new ArrayList<>();
        int last = prep.head().index();
        for (int q = p + 1; q < window.size(); q++) {
            Token t = window.get(q);
            if (t.index() == prep.head().index() || Phrases.dominates(prep.head(), t)) {
                inside.add(t);
                last = Math.max(last, t.index());
            }
        }
        int[] inner = marks.clone();
        if (!matchFrom(pp.inside(), 0, inside, 0, inner)) {
            return -1;
        }
        System.arraycopy(inner, 0, marks, 0, marks.length);
        int next = p + 1;
        while (next < window.size() && window.get(next).index() <= last) {
            next++;
        }
        return next;
    }

    /** The longest alternative's words on consecutive tokens from window[p]; the position after, or -1. */
    private static int wordsAt(Words w, List<Token> window, int p) {
        int longest = -1;
        for (List<String> alt : w.alternatives()) {
            longest = Math.max(longest, runAt(alt, window, p)); // the longest alternative, as PETRARCH reads sets
        }
        return longest;
    }

    private static int runAt(List<String> run, List<Token> window, int p) {
        if (p + run.size() > window.size()) {
            return -1;
        }
        for (int k = 0; k < run.size(); k++) {
            Token t = window.get(p + k);
            if (!matches(run.get(k), t) || (k > 0 && t.index() != window.get(p + k - 1).index() + 1)) {
                return -1;
            }
        }
        return p + run.size();
    }

    /**
     * A noun group: its last word is a noun phrase's head at or after window[p], the word before
     * stands right before the head (a modifier bound to it: "economic relations", not "economic
     * trade relations"), earlier words stand in order among the head's earlier modifiers.
     */
    private static int nounGroupAt(NounGroup g, List<Token> window, int p) {
        List<Words> words = g.words();
        Words headWord = words.get(words.size() - 1);
        for (int h = p; h < window.size(); h++) {
            Token head = window.get(h);
            for (List<String> alt : headWord.alternatives()) {
                int start = h - alt.size() + 1;
                if (start < p || runAt(alt, window, start) != h + 1) {
                    continue;
                }
                if (modifiersMatch(words, head, window, p, start)) {
                    return h + 1;
                }
            }
        }
        return -1;
    }

    private static boolean modifiersMatch(List<Words> words, Token head, List<Token> window, int from, int headStart) {
        int limit = headStart; // modifiers end before this window position
        for (int k = words.size() - 2; k >= 0; k--) {
            boolean adjacent = k == words.size() - 2;
            int found = -1;
            for (int s = limit - 1; s >= from && found < 0; s--) {
                Token t = window.get(s);
                if (!(t.index() == head.index() || Phrases.dominates(head, t))) {
                    break; // left the noun phrase
                }
                for (List<String> alt : words.get(k).alternatives()) {
                    int end = runAt(alt, window, s);
                    if (end == limit || (!adjacent && end > 0 && end <= limit)) {
                        found = s;
                        break;
                    }
                }
                if (adjacent && found < 0) {
                    int consumed = limit - s;
                    if (consumed >= maxLength(words.get(k))) {
                        break;
                    }
                }
            }
            if (found < 0) {
                return false;
            }
            limit = found;
        }
        return true;
    }

    private static int maxLength(Words w) {
        return w.alternatives().stream().mapToInt(List::size).max().orElse(1);
    }

    /** A pattern word matches a token's form or lemma, ignoring case. */
    private static boolean matches(String word, Token t) {
        return word.equals(t.word().toLowerCase(Locale.ROOT)) || word.equals(t.lemma().toLowerCase(Locale.ROOT));
    }
}
