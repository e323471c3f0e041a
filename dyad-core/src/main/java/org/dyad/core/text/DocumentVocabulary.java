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
 * <p>Only the words asked about are counted, so a text is scanned once without building a
 * string per word: runs are hashed as they are read and only hash hits are compared.
 */
final class DocumentVocabulary {
    private final Map<String, Integer> closed = new HashMap<>();
    private final Map<String, Integer> hyphenated = new HashMap<>();

    DocumentVocabulary(String text, Set<String> closedWords, Set<String> hyphenatedForms) {
        int[] closedHashes = hashes(closedWords);
        int[] formHashes = hashes(hyphenatedForms);
        long[] filter = filter(closedHashes, formHashes);
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char l = lower(chars[i]);
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
                } while (i < n && (l = lower(chars[i])) != 0);
                if (mayHold(filter, h) && Arrays.binarySearch(closedHashes, h) >= 0) {
                    count(closed, closedWords, text.substring(runStart, i));
                }
                runs++;
                if (i + 1 < n && chars[i] == '-' && (l = lower(chars[i + 1])) != 0) {
                    i++;
                } else {
                    break;
                }
            }
            if (runs > 1) { // a hyphenated chain, rare enough to hash a second time
                int h = 0;
                for (int k = start; k < i; k++) {
                    h = 31 * h + (chars[k] == '-' ? '-' : lower(chars[k]));
                }
                if (mayHold(filter, h) && Arrays.binarySearch(formHashes, h) >= 0) {
                    count(hyphenated, hyphenatedForms, text.substring(start, i));
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

    private static void count(Map<String, Integer> counts, Set<String> wanted, String found) {
        String lower = found.toLowerCase(Locale.ROOT);
        if (wanted.contains(lower)) {
            counts.merge(lower, 1, Integer::sum);
        }
    }

    // Lower case of each ASCII character, 0 for a non-letter: one load instead of two tests.
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LOWER[c] = c;
            ASCII_LOWER[c - 'a' + 'A'] = c;
        }
    }

    /** The lower case of a letter, or 0 for any other character. */
    private static char lower(char c) {
        if (c < 128) {
            return ASCII_LOWER[c];
        }
        return Character.isLetter(c) ? Character.toLowerCase(c) : 0;
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
