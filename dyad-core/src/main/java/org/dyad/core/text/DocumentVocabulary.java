package org.dyad.core.text;

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
        Targets targets = new Targets(closedWords, hyphenatedForms);
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
                targets.count(h, chars, runStart, i);
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
                targets.count(h, chars, start, i);
            }
        }
        targets.collect(closed, hyphenated);
    }

    /**
     * The words asked about, found by the hash of a lower-cased character range and confirmed by
     * comparing the range itself: no string is built per occurrence.
     */
    private static final class Targets {
        private final String[] words;
        private final boolean[] isForm;
        private final int[] counts;
        private final int[] hashes; // open addressing: slot -> hash, with index + 1 in entries
        private final int[] entries;
        private final int mask;
        // A 4,096-bit filter over the hashes: most runs of a text are rejected by one bit test.
        private final long[] filter = new long[64];

        Targets(Set<String> closedWords, Set<String> forms) {
            int size = closedWords.size() + forms.size();
            words = new String[size];
            isForm = new boolean[size];
            counts = new int[size];
            int capacity = Integer.highestOneBit(Math.max(4, size) * 4 - 1) << 1;
            hashes = new int[capacity];
            entries = new int[capacity];
            mask = capacity - 1;
            int k = 0;
            for (String w : closedWords) {
                add(k++, w, false);
            }
            for (String f : forms) {
                add(k++, f, true);
            }
        }

        private void add(int index, String word, boolean form) {
            words[index] = word;
            isForm[index] = form;
            int h = word.hashCode();
            filter[(h >>> 6) & 63] |= 1L << h;
            int slot = spread(h) & mask;
            while (entries[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            entries[slot] = index + 1;
        }

        /** Counts {@code chars[start, end)} if, lower-cased, it is one of the words. */
        void count(int h, char[] chars, int start, int end) {
            if ((filter[(h >>> 6) & 63] & (1L << h)) == 0) {
                return;
            }
            for (int slot = spread(h) & mask; entries[slot] != 0; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && matches(words[entries[slot] - 1], chars, start, end)) {
                    counts[entries[slot] - 1]++;
                    return; // the words are distinct
                }
            }
        }

        private static boolean matches(String word, char[] chars, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int k = start; k < end; k++) {
                char c = chars[k];
                if ((c == '-' ? '-' : letter(c)) != word.charAt(k - start)) {
                    return false;
                }
            }
            return true;
        }

        void collect(Map<String, Integer> closed, Map<String, Integer> hyphenated) {
            for (int k = 0; k < words.length; k++) {
                if (counts[k] > 0) {
                    (isForm[k] ? hyphenated : closed).put(words[k], counts[k]);
                }
            }
        }

        // String hashes of similar words differ in their low bits little: mix before indexing.
        private static int spread(int h) {
            return (h ^ (h >>> 16)) * 0x45D9F3B;
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
}
