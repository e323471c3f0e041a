package org.dyad.store;

import java.util.Arrays;

/**
 * MinHash signatures over word 3-shingles by one-permutation hashing, with locality-sensitive
 * banding.
 *
 * <p>Text is cut into {@link Words}; every three consecutive words form a shingle, hashed once to
 * 64 bits. The hash's top seven bits choose one of 128 bins and its next 31 bits are the value; each
 * bin keeps its smallest value. A bin no shingle reached borrows the value of the first filled bin
 * in a probe order fixed by the bin's number alone ("optimal densification", Shrivastava 2017), so
 * two texts that both miss a bin borrow alike. Two signatures agree in a bin with probability equal
 * to the Jaccard similarity of their shingle sets, so the fraction of equal bins estimates it, as
 * 128 independent minima would, at one hash per shingle instead of 128. Banding in 32 bands of 4
 * rows makes two articles candidates when any band agrees: for a similarity of 0.6 that happens
 * with probability 0.99, for 0.1 with 0.003.
 *
 * <p>Stores before schema version 4 hold signatures of 128 hash functions per shingle (scheme 1).
 * They are not comparable with these and nothing compares them: see {@code V004}.
 */
final class MinHash {
    static final int HASHES = 128;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    static final int SHINGLE_WORDS = 3;
    /** The signature family, stored beside each signature in {@code articles.minhash_scheme}. */
    static final byte SCHEME = 2;

    private static final int BIN_BITS = 7;
    private static final int EMPTY = -1;
    /** For each bin, the order in which an empty bin looks for a filled one: all bins, shuffled. */
    private static final byte[][] PROBES = new byte[HASHES][HASHES];

    static {
        // A Fisher-Yates shuffle driven by our own mixing function: stored signatures depend on
        // these orders, so they must not change with the JDK's random number generators.
        for (int b = 0; b < HASHES; b++) {
            byte[] order = PROBES[b];
            for (int i = 0; i < HASHES; i++) {
                order[i] = (byte) i;
            }
            for (int i = HASHES - 1; i > 0; i--) {
                int j = (int) Long.remainderUnsigned(mix(0x632BE59BD9B4E019L + (long) b * HASHES + i), i + 1);
                byte t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
    }

    private MinHash() {}

    /** The signature of {@code text}, or null when it has no words. */
    static int[] signature(String text) {
        return signature(Words.hashes(text));
    }

    /** The signature of a text given as its word hashes; null for none. */
    static int[] signature(long[] words) {
        if (words.length == 0) {
            return null;
        }
        int[] bins = new int[HASHES];
        Arrays.fill(bins, EMPTY);
        int count = shingleCount(words);
        for (int s = 0; s < count; s++) {
            long h = shingle(words, s);
            int bin = (int) (h >>> (64 - BIN_BITS));
            int value = (int) (h >>> (64 - BIN_BITS - 31)) & Integer.MAX_VALUE;
            if (bins[bin] == EMPTY || value < bins[bin]) {
                bins[bin] = value;
            }
        }
        int[] sig = bins.clone();
        for (int b = 0; b < HASHES; b++) {
            if (bins[b] == EMPTY) {
                // At least one bin is filled, so the probe order (every bin) reaches one.
                int p = 0;
                while (bins[PROBES[b][p]] == EMPTY) {
                    p++;
                }
                sig[b] = bins[PROBES[b][p]];
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of two signatures. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The LSH bucket of each band. */
    static long[] bands(int[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0xCBF29CE484222325L ^ b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    /** The distinct shingle hashes of {@code text}; a text shorter than three words is one shingle. */
    static long[] shingles(String text) {
        long[] words = Words.hashes(text);
        if (words.length == 0) {
            return new long[0];
        }
        long[] out = new long[shingleCount(words)];
        for (int s = 0; s < out.length; s++) {
            out[s] = shingle(words, s);
        }
        return Arrays.stream(out).distinct().toArray();
    }

    private static int shingleCount(long[] words) {
        return Math.max(1, words.length - SHINGLE_WORDS + 1);
    }

    private static long shingle(long[] words, int start) {
        long h = 0;
        for (int w = start; w < Math.min(words.length, start + SHINGLE_WORDS); w++) {
            h = mix(h * 31 + words[w]);
        }
        return h;
    }

    /** A 64-bit finaliser (the SplitMix64 mixing function). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
