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
     * adjacent words, in the order they first occur. Pairs let a phrase be looked up as precisely as
     * a word. Two words or pairs share a key with a probability of about one in four billion; search
     * verifies its matches against the sentence, so a shared key never yields a wrong result.
     */
    static int[] indexKeys(String sentence) {
        long[] words = hashes(sentence);
        int[] keys = new int[Math.max(0, 2 * words.length - 1)];
        // An open-addressing set, at most a quarter full: for a sentence's few dozen keys it is
        // cheaper than sorting them to drop the repeated ones.
        int[] seen = new int[Integer.highestOneBit(Math.max(1, keys.length)) * 4];
        boolean[] used = new boolean[seen.length];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            n = addDistinct(key(words[i]), keys, n, seen, used);
            if (i + 1 < words.length) {
                n = addDistinct(pairKey(words[i], words[i + 1]), keys, n, seen, used);
            }
        }
        return n == keys.length ? keys : Arrays.copyOf(keys, n);
    }

    private static int addDistinct(int key, int[] keys, int n, int[] seen, boolean[] used) {
        int mask = seen.length - 1;
        int slot = (key * 0x9E3779B9 >>> 16) & mask;
        while (used[slot]) {
            if (seen[slot] == key) {
                return n;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        seen[slot] = key;
        keys[n] = key;
        return n + 1;
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
