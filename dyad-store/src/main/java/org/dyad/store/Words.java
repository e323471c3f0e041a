package org.dyad.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * Words as the store sees them, for text search and near-duplicate detection: the text is
 * lower-cased and cut into runs of letters and digits ("Al-Shabaab's" is the three words al,
 * shabaab, s). Each word is kept as its 64-bit FNV-1a hash.
 */
final class Words {
    private Words() {}

    /** The hash of every word of {@code text}, in order. */
    static long[] hashes(String text) {
        long[] ascii = asciiHashes(text);
        return ascii != null ? ascii : hashesOfLowerCase(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The word hashes of a text of ASCII characters only, or null at the first other character. For
     * ASCII, lower-casing and the letter-or-digit test are one character at a time, so this gives
     * the same hashes as the general path without making a lower-cased copy of the text.
     */
    private static long[] asciiHashes(String text) {
        long[] words = new long[16];
        int n = 0;
        int len = text.length();
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (!asciiLetterOrDigit(c)) {
                i++;
                continue;
            }
            long h = 0xCBF29CE484222325L;
            while (i < len && (c = text.charAt(i)) < 0x80 && asciiLetterOrDigit(c)) {
                h = (h ^ (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * 0x100000001B3L;
                i++;
            }
            if (i < len && c >= 0x80) {
                return null;
            }
            if (n == words.length) {
                words = Arrays.copyOf(words, n * 2);
            }
            words[n++] = h;
        }
        return Arrays.copyOf(words, n);
    }

    private static boolean asciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static long[] hashesOfLowerCase(String lower) {
        long[] words = new long[16];
        int n = 0;
        int i = 0;
        int len = lower.length();
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            long h = 0xCBF29CE484222325L;
            while (i < len && Character.isLetterOrDigit(lower.charAt(i))) {
                h = (h ^ lower.charAt(i)) * 0x100000001B3L;
                i++;
            }
            if (n == words.length) {
                words = Arrays.copyOf(words, n * 2);
            }
            words[n++] = h;
        }
        return Arrays.copyOf(words, n);
    }

    /**
     * The word-index keys of a sentence: the distinct 32-bit keys of its words and of its pairs of
     * adjacent words, sorted. Pairs let a phrase be looked up as precisely as a word. Two words or
     * pairs share a key with a probability of about one in four billion; search verifies its
     * matches against the sentence, so a shared key never yields a wrong result.
     */
    static int[] indexKeys(String sentence) {
        long[] words = hashes(sentence);
        int[] keys = new int[Math.max(0, 2 * words.length - 1)];
        for (int i = 0; i < words.length; i++) {
            keys[2 * i] = key(words[i]);
            if (i > 0) {
                keys[2 * i - 1] = pairKey(words[i - 1], words[i]);
            }
        }
        Arrays.sort(keys);
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (n == 0 || keys[i] != keys[n - 1]) {
                keys[n++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, n);
    }

    /** The index key of one word hash. */
    static int key(long wordHash) {
        return (int) (MinHash.mix(wordHash) >>> 32);
    }

    /** The index key of two adjacent words. */
    static int pairKey(long first, long second) {
        return (int) (MinHash.mix(first ^ MinHash.mix(second + 0x632BE59BD9B4E019L)) >>> 32);
    }

    /** Whether {@code text} contains the words {@code phrase} consecutively and in order. */
    static boolean containsPhrase(String text, long[] phrase) {
        if (phrase.length == 0) {
            return false;
        }
        long[] words = hashes(text);
        for (int start = 0; start + phrase.length <= words.length; start++) {
            if (Arrays.equals(words, start, start + phrase.length, phrase, 0, phrase.length)) {
                return true;
            }
        }
        return false;
    }
}
