package org.dyad.store;

import java.util.Arrays;

/**
 * MinHash signatures over word 3-shingles, with locality-sensitive banding.
 *
 * <p>Text is cut into {@link Words}; every three consecutive words form a shingle. 128 seeded
 * 64-bit mixes of each shingle's hash give 128 minima. The fraction of equal minima between two
 * signatures estimates the Jaccard similarity of their shingle sets. Banding in 32 bands of 4
 * rows makes two articles candidates when any band agrees: for a similarity of 0.6 that happens
 * with probability 0.99, for 0.1 with 0.003.
 */
final class MinHash {
    static final int HASHES = 128;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    static final int SHINGLE_WORDS = 3;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {}

    /** The signature of {@code text}, or null when it has no words. */
    static int[] signature(String text) {
        long[] shingles = shingles(text);
        if (shingles.length == 0) {
            return null;
        }
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(sh ^ SEEDS[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
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

    /** Distinct shingle hashes; a text shorter than three words is one shingle. */
    static long[] shingles(String text) {
        long[] words = Words.hashes(text);
        int n = words.length;
        if (n == 0) {
            return new long[0];
        }
        int count = Math.max(1, n - SHINGLE_WORDS + 1);
        long[] out = new long[count];
        for (int s = 0; s < count; s++) {
            long h = 0;
            for (int w = s; w < Math.min(n, s + SHINGLE_WORDS); w++) {
                h = mix(h * 31 + words[w]);
            }
            out[s] = h;
        }
        return Arrays.stream(out).distinct().toArray();
    }

    /** A 64-bit finaliser (the SplitMix64 mixing function). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
