package org.dyad.core.text;

import java.util.Arrays;

/**
 * An immutable table from words, ignoring case, to counts, kept as 64-bit hashes in one open
 * addressing array. A look-up lower-cases and hashes the query on the fly and touches one or two
 * cache lines, where a {@code Set<String>} of 350,000 words would allocate a lower-case copy and
 * follow pointers to compare strings. Two different words share a 64-bit hash with probability
 * about 2^-64 per pair, far below any other error of text repair.
 */
final class WordTable {
    private static final long EMPTY = 0;

    private final long[] keys;
    private final long[] values;
    private final int mask;
    private final int size;

    /** A table of {@code words} with {@code values[i]} for {@code words[i]}; repeated words add up. */
    WordTable(String[] words, long[] counts) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.values = new long[capacity];
        this.mask = capacity - 1;
        int filled = 0;
        for (int w = 0; w < words.length; w++) {
            long h = hash(words[w]);
            int slot = (int) h & mask;
            while (keys[slot] != EMPTY && keys[slot] != h) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = h;
                filled++;
            }
            values[slot] += counts[w];
        }
        this.size = filled;
    }

    /** The slot of {@code word}, or -1. */
    private int find(String word) {
        long h = hash(word);
        int slot = (int) h & mask;
        while (true) {
            long k = keys[slot];
            if (k == h) {
                return slot;
            }
            if (k == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    boolean contains(String word) {
        return find(word) >= 0;
    }

    /** The count of {@code word}, or 0. */
    long value(String word) {
        int slot = find(word);
        return slot < 0 ? 0 : values[slot];
    }

    int size() {
        return size;
    }

    /** A 64-bit hash of the word lower-cased character by character; never 0. */
    static long hash(String word) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ Character.toLowerCase(word.charAt(i))) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h ^= word.length();
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L; // final mix so the low bits index well
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }

    @Override
    public String toString() {
        return "WordTable[" + size + " words, " + Arrays.stream(values).filter(v -> v != 0).count() + " counted]";
    }
}
