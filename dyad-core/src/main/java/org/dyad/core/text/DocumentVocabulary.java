package org.dyad.core.text;

import java.util.Arrays;
import java.util.HashMap;
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
 * the text (a vectorised {@code String.indexOf}); many are counted in one scan that builds no
 * string per word: runs are hashed as they are read and only hash hits are compared.
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
        int[] closedHashes = hashes(closedWords);
        int[] formHashes = hashes(hyphenatedForms);
        long[] filter = filter(closedHashes, formHashes);
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char l = letter(chars[i]);
            if (l == 0) {
                i++;
                continue;
            }
            int start = i;
            int runs = 0;
            while (true) {
                int runStart = i;
                int h = 0;
                do { // hash the lower-cased run as String.hashCode would
                    h = 31 * h + l;
                    i++;
                } while (i < n && (l = letter(chars[i])) != 0);
                if (mayHold(filter, h) && Arrays.binarySearch(closedHashes, h) >= 0) {
                    count(closed, closedWords, chars, runStart, i);
                }
                runs++;
                if (i + 1 < n && chars[i] == '-' && (l = letter(chars[i + 1])) != 0) {
                    i++;
                } else {
                    break;
                }
            }
            if (runs > 1) { // a hyphenated chain, rare enough to hash a second time
                int h = 0;
                for (int k = start; k < i; k++) {
                    h = 31 * h + (chars[k] == '-' ? '-' : letter(chars[k]));
                }
                if (mayHold(filter, h) && Arrays.binarySearch(formHashes, h) >= 0) {
                    count(hyphenated, hyphenatedForms, chars, start, i);
                }
            }
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
        counts.merge(found, 1, Integer::sum);
    }

    private static void count(Map<String, Integer> counts, Set<String> wanted, char[] chars, int start, int end) {
        String lower = new String(chars, start, end - start).toLowerCase(Locale.ROOT);
        if (wanted.contains(lower)) {
            counts.merge(lower, 1, Integer::sum);
        }
    }

    // Lower case of each ASCII character, 0 for a non-letter: one load instead of two tests.
    private static final char[] ASCII_LETTER = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = c;
            ASCII_LETTER[c - 'a' + 'A'] = c;
        }
    }

    /** The lower case of a letter, or 0 for any other character. */
    private static char letter(char c) {
        if (c < 128) {
            return ASCII_LETTER[c];
        }
        return Character.isLetter(c) ? Character.toLowerCase(c) : 0;
    }

    private static boolean isLetter(char c) {
        return letter(c) != 0;
    }

    /** The lower case of any character. */
    private static char lower(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    // A 4,096-bit filter over the target hashes: most runs of a text are rejected by one bit test.
    private static long[] filter(int[]... hashSets) {
        long[] bits = new long[64];
        for (int[] set : hashSets) {
            for (int h : set) {
                bits[(h >>> 6) & 63] |= 1L << h;
            }
        }
        return bits;
    }

    private static boolean mayHold(long[] bits, int h) {
        return (bits[(h >>> 6) & 63] & (1L << h)) != 0;
    }

    // String.hashCode of the lower-case targets, sorted for binary search.
    private static int[] hashes(Set<String> lowerCaseWords) {
        int[] h = new int[lowerCaseWords.size()];
        int k = 0;
        for (String w : lowerCaseWords) {
            h[k++] = w.hashCode();
        }
        Arrays.sort(h);
        return h;
    }
}
