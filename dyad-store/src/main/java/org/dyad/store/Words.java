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
        Located direct = located(text);
        return direct != null ? direct.hashes() : hashesOfLowerCase(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The words of a text with the offsets where each starts and ends (exclusive). The words of a
     * slice of the text are cut out of them ({@link #hashesOfSlice}) instead of hashing the slice
     * again: an article's events quote its sentences.
     */
    record Located(long[] hashes, int[] starts, int[] ends) {}

    /** The words of {@code text} with their offsets; null when it needs the general path (see below). */
    static Located located(String text) {
        return located(text, 0, text.length());
    }

    /**
     * The words of {@code text} from {@code from} to {@code to}, lower-casing one character at a
     * time without a lower-cased copy of the text; null when the text holds a character whose lower
     * case is not one character or depends on its neighbours (capital sigma, dotted capital I,
     * surrogates). For every other character, {@code String.toLowerCase(Locale.ROOT)} maps it as
     * {@code Character.toLowerCase} does, so the hashes are those of the general path.
     */
    private static Located located(String text, int from, int to) {
        long[] words = new long[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        long h = 0;
        int start = -1; // where the current word started; -1 between words
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' '; // a separator after the last character
            boolean letterOrDigit;
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            } else {
                if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                    return null;
                }
                c = Character.toLowerCase(c);
                letterOrDigit = Character.isLetterOrDigit(c);
            }
            if (letterOrDigit) {
                if (start < 0) {
                    start = i;
                    h = 0xCBF29CE484222325L;
                }
                h = (h ^ c) * 0x100000001B3L;
            } else if (start >= 0) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                words[n] = h;
                starts[n] = start;
                ends[n++] = i;
                start = -1;
            }
        }
        return new Located(Arrays.copyOf(words, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /**
     * The word hashes of {@code text.substring(start, end)}, equal to {@link #hashes} of it, from
     * the located words of {@code text}: words inside the slice are taken as they are, and only a
     * word the slice cuts is hashed again, as the part inside.
     */
    static long[] hashesOfSlice(Located words, String text, int start, int end) {
        if (start >= end) {
            return new long[0];
        }
        int[] starts = words.starts();
        int[] ends = words.ends();
        int k = Arrays.binarySearch(ends, start + 1); // the first word ending after the slice starts
        k = k >= 0 ? k : -k - 1;
        int first = k;
        while (k < ends.length && starts[k] < end) {
            k++;
        }
        long[] out = Arrays.copyOfRange(words.hashes(), first, k);
        for (int w = first; w < k; w++) {
            if (starts[w] < start || ends[w] > end) {
                out[w - first] = located(text, Math.max(start, starts[w]), Math.min(end, ends[w])).hashes()[0];
            }
        }
        return out;
    }

    /** The word hashes of a lower-cased text: the general path. */
    static long[] hashesOfLowerCase(String lower) {
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
        return indexKeys(hashes(sentence));
    }

    /** The word-index keys of a sentence given as its word hashes. */
    static int[] indexKeys(long[] words) {
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
