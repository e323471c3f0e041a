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
        String lower = text.toLowerCase(Locale.ROOT);
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
