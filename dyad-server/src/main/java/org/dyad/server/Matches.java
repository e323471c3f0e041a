package org.dyad.server;

/**
 * The rows a filter matches, ascending (so in date order, see {@link EventColumns}), or every row
 * of the columns for a filter without conditions. A bitmap for membership tests is made on first
 * use.
 */
final class Matches {
    private final int[] rows;
    private final int count;
    private final int of;
    private long[] bits;

    private Matches(int[] rows, int count, int of) {
        this.rows = rows;
        this.count = count;
        this.of = of;
    }

    /** Every one of {@code size} rows. */
    static Matches all(int size) {
        return new Matches(null, size, size);
    }

    /** The first {@code count} values of {@code rows}, ascending, out of {@code size} rows. */
    static Matches of(int[] rows, int count, int size) {
        return new Matches(rows, count, size);
    }

    boolean every() {
        return rows == null;
    }

    int count() {
        return count;
    }

    /** The {@code k}-th matching row, ascending. */
    int row(int k) {
        return rows == null ? k : rows[k];
    }

    boolean contains(int row) {
        if (rows == null) {
            return true;
        }
        if (bits == null) {
            long[] b = new long[(of + 63) >>> 6];
            for (int k = 0; k < count; k++) {
                b[rows[k] >>> 6] |= 1L << rows[k];
            }
            bits = b;
        }
        return (bits[row >>> 6] & (1L << row)) != 0;
    }
}
