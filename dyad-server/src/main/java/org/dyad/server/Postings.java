package org.dyad.server;

import java.util.Arrays;

/**
 * For each value of one dictionary-encoded column (values 0..n-1, -1 for none), the rows that hold
 * it, ascending: the rows of value {@code v} are {@code rows[start(v)..end(v))}. Built by counting
 * in two passes over the column, so it costs one int per row.
 */
final class Postings {
    private final int[] start;
    private final int[] rows;

    private Postings(int[] start, int[] rows) {
        this.start = start;
        this.rows = rows;
    }

    /** The postings of {@code column}, whose values lie in {@code -1..values-1} (-1 is left out). */
    static Postings of(int[] column, int values) {
        int[] start = new int[values + 1];
        for (int v : column) {
            if (v >= 0) {
                start[v + 1]++;
            }
        }
        for (int v = 0; v < values; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, values);
        int[] rows = new int[start[values]];
        for (int row = 0; row < column.length; row++) {
            int v = column[row];
            if (v >= 0) {
                rows[fill[v]++] = row;
            }
        }
        return new Postings(start, rows);
    }

    /** Postings already cut: the rows of value {@code v} are {@code rows[start[v]..start[v + 1])}, ascending. */
    static Postings ofSlices(int[] start, int[] rows) {
        return new Postings(start, rows);
    }

    /** The same for a byte column (the quad class). */
    static Postings of(byte[] column, int values) {
        int[] ints = new int[column.length];
        for (int i = 0; i < column.length; i++) {
            ints[i] = column[i];
        }
        return of(ints, values);
    }

    int values() {
        return start.length - 1;
    }

    /** How many rows hold value {@code v} (0 for a value outside the table, such as -1). */
    int count(int v) {
        return v < 0 || v >= values() ? 0 : start[v + 1] - start[v];
    }

    /** Whether {@code row} holds value {@code v} (a binary search in its rows). */
    boolean holds(int v, int row) {
        return count(v) > 0 && Arrays.binarySearch(rows, start[v], start[v + 1], row) >= 0;
    }

    int start(int v) {
        return start[v];
    }

    int end(int v) {
        return start[v + 1];
    }

    /** The array the slices index into: do not change it. */
    int[] rows() {
        return rows;
    }
}
