package org.dyad.core.text;

/**
 * An immutable table from words, ignoring case, to counts, kept as 64-bit hashes in one open
 * addressing array. A look-up lower-cases and hashes the query on the fly and touches one cache
 * line, where a {@code Set<String>} of 350,000 words would allocate a lower-case copy and
 * follow pointers to compare strings. Two different words share a 64-bit hash with probability
 * about 2^-64 per pair, far below any other error of text repair.
 */
final class WordTable {
    private static final long EMPTY = 0;

    // Key and count side by side (slot i at 2i and 2i+1), so a look-up touches one cache line;
    // a table without counts (a lexicon) keeps keys only, at slot i.
    private final long[] slots;
    private final int stride;
    private final int mask;
    private final int size;

    /** A table of {@code words} with {@code values[i]} for {@code words[i]}; repeated words add up. */
    WordTable(String[] words, long[] counts) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
        boolean counted = false;
        for (long c : counts) {
            counted |= c != 0;
        }
        this.stride = counted ? 2 : 1;
        this.slots = new long[capacity * stride];
        this.mask = capacity - 1;
        int filled = 0;
        for (int w = 0; w < words.length; w++) {
            long h = hash(words[w]);
            int slot = (int) h & mask;
            while (slots[slot * stride] != EMPTY && slots[slot * stride] != h) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot * stride] == EMPTY) {
                slots[slot * stride] = h;
                filled++;
            }
            if (counted) {
                slots[slot * 2 + 1] += counts[w];
            }
        }
        this.size = filled;
    }

    /** The index of the key of {@code word} in {@link #slots}, or -1. */
    private int find(String word) {
        long h = hash(word);
        int slot = (int) h & mask;
        while (true) {
            long k = slots[slot * stride];
            if (k == h) {
                return slot * stride;
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
        if (stride == 1) {
            return 0;
        }
        int at = find(word);
        return at < 0 ? 0 : slots[at + 1];
    }

    int size() {
        return size;
    }

    /** A 64-bit hash of the word lower-cased character by character; never 0. */
    static long hash(String word) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            h = (h ^ lower) * 0xBF58476D1CE4E5B9L;
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
        long counted = 0;
        for (int i = 1; stride == 2 && i < slots.length; i += 2) {
            counted += slots[i] != 0 ? 1 : 0;
        }
        return "WordTable[" + size + " words, " + counted + " counted]";
    }
}
