package org.dyad.core.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How often one text spells given words closed (a run of letters: {@code Hezbollah}) and given
 * forms hyphenated (a chain of letter runs: {@code long-term}), ignoring case. The text's own
 * spelling is the best evidence for a repair: a story that says {@code Hezbollah} ten times did not
 * mean {@code Hez-bollah} once.
 *
 * <p>Only the words asked about are counted. A few are each searched for in a lower-cased copy of
 * the text; many are counted in one scan that builds no string per word: it stops only at letters
 * that begin a word asked about, hashes a run that starts there only when its first and last
 * letters and its length match one, and compares it only when its hash does too.
 */
final class DocumentVocabulary {
    private final Map<String, Integer> closed = new HashMap<>();
    private final Map<String, Integer> hyphenated = new HashMap<>();

    // Up to this many words asked about, each is searched for (a vectorised String.indexOf);
    // beyond it, one scan of the text looks for them all at once.
    private static final int SEARCH_LIMIT = 12;

    DocumentVocabulary(String text, Set<String> closedWords, Set<String> hyphenatedForms) {
        this(text, closedWords, hyphenatedForms, SEARCH_LIMIT);
    }

    /** As above, searching for each word when no more than {@code searchLimit} are asked about. */
    DocumentVocabulary(String text, Set<String> closedWords, Set<String> hyphenatedForms, int searchLimit) {
        if (closedWords.size() + hyphenatedForms.size() <= searchLimit) {
            search(text, closedWords, hyphenatedForms);
        } else {
            scan(text, closedWords, hyphenatedForms);
        }
    }

    /**
     * Counts each word by searching a lower-cased copy of the text: a hit counts when it is a
     * whole run of letters, or for a hyphenated form a whole chain.
     */
    private void search(String text, Set<String> closedWords, Set<String> hyphenatedForms) {
        if (closedWords.isEmpty() && hyphenatedForms.isEmpty()) {
            return;
        }
        char[] chars = text.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            chars[k] = lower(chars[k]);
        }
        String lower = new String(chars);
        for (String word : closedWords) {
            for (int at = lower.indexOf(word); at >= 0 && !word.isEmpty(); at = lower.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !isLetter(chars[at - 1])) && (end == chars.length || !isLetter(chars[end]))) {
                    count(closed, word);
                }
            }
        }
        for (String form : hyphenatedForms) {
            for (int at = lower.indexOf(form); at >= 0 && !form.isEmpty(); at = lower.indexOf(form, at + 1)) {
                if (startsChain(chars, at) && endsChain(chars, at + form.length())) {
                    count(hyphenated, form);
                }
            }
        }
    }

    private static boolean startsChain(char[] chars, int at) {
        return at == 0 || (!isLetter(chars[at - 1]) && !(chars[at - 1] == '-' && at >= 2 && isLetter(chars[at - 2])));
    }

    private static boolean endsChain(char[] chars, int end) {
        return end == chars.length || (!isLetter(chars[end])
                && !(chars[end] == '-' && end + 1 < chars.length && isLetter(chars[end + 1])));
    }

    /** Counts all the words at once in one pass over the text. */
    private void scan(String text, Set<String> closedWords, Set<String> hyphenatedForms) {
        Targets closedTargets = new Targets(closedWords);
        Targets formTargets = new Targets(hyphenatedForms);
        FirstLetters firsts = new FirstLetters(closedWords, hyphenatedForms);
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (!firsts.has(chars[i]) || (i > 0 && isLetter(chars[i - 1]))) {
                i++;
                continue;
            }
            int end = i + 1; // a run of letters starts here, with a letter some word asked about has
            while (end < n && isLetter(chars[end])) {
                end++;
            }
            count(closed, closedTargets.match(chars, i, end));
            if (!hyphenatedForms.isEmpty() && !(i >= 2 && chars[i - 1] == '-' && isLetter(chars[i - 2]))) {
                int chainEnd = end; // the run begins a chain of runs joined by single hyphens
                while (chainEnd + 1 < n && chars[chainEnd] == '-' && isLetter(chars[chainEnd + 1])) {
                    chainEnd += 2;
                    while (chainEnd < n && isLetter(chars[chainEnd])) {
                        chainEnd++;
                    }
                }
                if (chainEnd > end) {
                    count(hyphenated, formTargets.match(chars, i, chainEnd));
                }
            }
            i = end;
        }
    }

    /** Occurrences of {@code word} (one of the closed words asked about) as a run of letters. */
    int closed(String word) {
        return closed.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** Occurrences of the hyphenated form {@code form} (one of those asked about). */
    int hyphenated(String form) {
        return hyphenated.getOrDefault(form.toLowerCase(Locale.ROOT), 0);
    }

    private static void count(Map<String, Integer> counts, String found) {
        if (found != null) {
            counts.merge(found, 1, Integer::sum);
        }
    }

    // Whether each ASCII character is a letter: one load instead of two range tests.
    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = true;
            ASCII_LETTER[c - 'a' + 'A'] = true;
        }
    }

    private static boolean isLetter(char c) {
        return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    private static char lower(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    /** The letters, in any case, that the words asked about begin with. */
    private static final class FirstLetters {
        private final boolean[] ascii = new boolean[128];
        private final StringBuilder others = new StringBuilder();

        FirstLetters(Set<String> closedWords, Set<String> forms) {
            for (Set<String> words : List.of(closedWords, forms)) {
                for (String w : words) {
                    char c = w.isEmpty() ? 0 : w.charAt(0);
                    if (c >= 128) {
                        others.append(c);
                    } else if (c >= 'a' && c <= 'z') {
                        ascii[c] = true;
                        ascii[c - 32] = true;
                    }
                }
            }
        }

        boolean has(char c) {
            if (c < 128) {
                return ascii[c];
            }
            if (!Character.isLetter(c)) {
                return false;
            }
            char l = Character.toLowerCase(c);
            return l < 128 ? ascii[l] : others.indexOf(String.valueOf(l)) >= 0;
        }
    }

    /** The lower-case words asked about, found in a text without a string per word. */
    private static final class Targets {
        private final long[] shapes = new long[64]; // 4,096-bit filter over (first, last, length)
        private final int[] hashes; // String.hashCode of each word, sorted
        private final String[] words; // in the order of their hashes

        Targets(Set<String> lowerCaseWords) {
            String[] all = lowerCaseWords.toArray(new String[0]);
            Arrays.sort(all, Comparator.comparingInt(String::hashCode));
            this.words = all;
            this.hashes = new int[all.length];
            for (int k = 0; k < all.length; k++) {
                hashes[k] = all[k].hashCode();
                if (!all[k].isEmpty()) {
                    int h = shape(all[k].charAt(0), all[k].charAt(all[k].length() - 1), all[k].length());
                    shapes[(h >>> 6) & 63] |= 1L << h;
                }
            }
        }

        /** The word asked about that {@code chars[start, end)} spells in any case, or null. */
        String match(char[] chars, int start, int end) {
            int s = shape(lower(chars[start]), lower(chars[end - 1]), end - start);
            if ((shapes[(s >>> 6) & 63] & (1L << s)) == 0) {
                return null; // most runs stop here
            }
            int h = 0;
            for (int k = start; k < end; k++) { // hash the lower-cased run as String.hashCode would
                h = 31 * h + lower(chars[k]);
            }
            int at = Arrays.binarySearch(hashes, h);
            if (at < 0) {
                return null;
            }
            while (at > 0 && hashes[at - 1] == h) {
                at--;
            }
            for (; at < hashes.length && hashes[at] == h; at++) {
                if (spells(chars, start, end, words[at])) {
                    return words[at];
                }
            }
            return null;
        }

        private static boolean spells(char[] chars, int start, int end, String lowerCaseWord) {
            if (lowerCaseWord.length() != end - start) {
                return false;
            }
            for (int k = start; k < end; k++) {
                if (lower(chars[k]) != lowerCaseWord.charAt(k - start)) {
                    return false;
                }
            }
            return true;
        }

        private static int shape(char lowerFirst, char lowerLast, int length) {
            return (lowerFirst * 0x9E3779B1 + lowerLast * 0xC2B2AE35 + length * 0x85EBCA6B) >>> 20;
        }
    }
}
