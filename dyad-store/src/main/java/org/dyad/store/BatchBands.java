package org.dyad.store;

import java.util.Arrays;

/**
 * The LSH band buckets of the articles of one batch, added in order, for finding the earlier
 * articles of the same batch that share a bucket with a new one. An open-addressing table of
 * bucket to a chain of articles: a thousand articles add 32,000 buckets, which as boxed map keys
 * with a list each cost more than the search itself.
 */
final class BatchBands {
    private final long[] keys;
    private final int[] heads;
    private final int[] next;
    private final int[] owner;
    private final int[] seenBy;
    private int entries;

    /** A table for up to {@code articles} articles of {@link MinHash#BANDS} buckets each. */
    BatchBands(int articles) {
        int capacity = Math.max(1, articles) * MinHash.BANDS;
        int size = Integer.highestOneBit(capacity) * 4; // at most half full
        keys = new long[size];
        heads = new int[size];
        Arrays.fill(heads, -1);
        next = new int[capacity];
        owner = new int[capacity];
        seenBy = new int[Math.max(1, articles)];
        Arrays.fill(seenBy, -1);
    }

    /**
     * Adds article number {@code article} (0, 1, ... in order) with its band buckets and returns the
     * numbers of the articles added before that share at least one bucket with it, each once.
     */
    int[] add(int article, long[] buckets) {
        int[] found = new int[4];
        int n = 0;
        int mask = keys.length - 1;
        for (long bucket : buckets) {
            int slot = (int) MinHash.mix(bucket) & mask;
            while (heads[slot] != -1 && keys[slot] != bucket) {
                slot = (slot + 1) & mask;
            }
            for (int e = heads[slot]; e != -1; e = next[e]) {
                int other = owner[e];
                if (other != article && seenBy[other] != article) {
                    seenBy[other] = article;
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = other;
                }
            }
            int e = entries++;
            owner[e] = article;
            next[e] = heads[slot];
            keys[slot] = bucket;
            heads[slot] = e;
        }
        return Arrays.copyOf(found, n);
    }
}
