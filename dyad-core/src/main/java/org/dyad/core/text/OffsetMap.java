package org.dyad.core.text;

import java.util.Arrays;

/**
 * Maps offsets in a derived (cleaned) text back to offsets in the raw text it came from.
 *
 * <p>The derived text is a sequence of pieces: stretches copied verbatim from the raw text and
 * stretches that replace a raw stretch with other characters. A span that starts or ends inside
 * a replacement widens to the whole replaced raw stretch, so a mapped span always covers the raw
 * characters that produced it.
 */
public final class OffsetMap {
    // Piece i covers derived [derivedStart[i], derivedStart[i+1]) and raw [rawStart[i], rawStart[i+1]).
    // A copied piece has equal lengths on both sides; a replaced piece may not.
    private final int[] derivedStart;
    private final int[] rawStart;
    private final boolean[] copied;

    private OffsetMap(int[] derivedStart, int[] rawStart, boolean[] copied) {
        this.derivedStart = derivedStart;
        this.rawStart = rawStart;
        this.copied = copied;
    }

    /** The identity map of a text of the given length. */
    public static OffsetMap identity(int length) {
        return new Builder().copy(length).build();
    }

    public int derivedLength() {
        return derivedStart[derivedStart.length - 1];
    }

    public int rawLength() {
        return rawStart[rawStart.length - 1];
    }

    /** Raw offset of the character at derived offset {@code offset} taken as a span start. */
    public int toRawStart(int offset) {
        checkOffset(offset);
        if (offset == derivedLength()) {
            return rawLength();
        }
        int piece = pieceContaining(offset);
        if (copied[piece]) {
            return rawStart[piece] + (offset - derivedStart[piece]);
        }
        return rawStart[piece];
    }

    /** Raw offset of derived offset {@code offset} taken as an exclusive span end. */
    public int toRawEnd(int offset) {
        checkOffset(offset);
        if (offset == 0) {
            return 0;
        }
        int piece = pieceContaining(offset - 1);
        if (copied[piece]) {
            return rawStart[piece] + (offset - derivedStart[piece]);
        }
        return rawStart[piece + 1];
    }

    /**
     * This map followed by {@code earlier}: given a map from text B to text A ({@code this}) and
     * a map from A to raw text R ({@code earlier}), returns the map from B to R.
     */
    public OffsetMap andThen(OffsetMap earlier) {
        if (earlier.derivedLength() != rawLength()) {
            throw new IllegalArgumentException("cannot compose: this map reads a text of length "
                    + rawLength() + " but the earlier map produces one of length " + earlier.derivedLength());
        }
        Builder builder = new Builder();
        // This map's raw offsets only grow, so the earlier map is walked once, never searched.
        Cursor at = earlier.new Cursor();
        for (int i = 0; i < copied.length; i++) {
            int dLen = derivedStart[i + 1] - derivedStart[i];
            int aFrom = rawStart[i];
            int aTo = rawStart[i + 1];
            if (!copied[i]) {
                int from = at.boundary(aFrom);
                builder.replace(dLen, at.boundary(aTo) - from);
                continue;
            }
            // Split the copied stretch along the earlier map's piece boundaries.
            int s = aFrom;
            while (s < aTo) {
                int p = at.pieceContaining(s);
                int t = Math.min(aTo, earlier.derivedStart[p + 1]);
                int fromS = at.boundary(s);
                int deletedBefore = s == earlier.derivedStart[p] ? earlier.rawStart[p] - fromS : 0;
                builder.replace(0, deletedBefore);
                if (earlier.copied[p]) {
                    builder.copy(t - s);
                } else {
                    builder.replace(t - s, at.boundary(t) - fromS - deletedBefore);
                }
                s = t;
            }
        }
        // Raw characters deleted at the very end of A.
        builder.replace(0, earlier.rawLength() - at.boundary(earlier.derivedLength()));
        OffsetMap composed = builder.build();
        if (composed.rawLength() != earlier.rawLength() || composed.derivedLength() != derivedLength()) {
            throw new IllegalStateException("composition lost characters: " + composed + " from " + this
                    + " and " + earlier);
        }
        return composed;
    }

    /**
     * Answers questions about derived offsets that never decrease, moving forward through the
     * pieces instead of searching them.
     */
    private final class Cursor {
        private int first; // the first piece starting at or after the last offset asked about
        private int containing; // the last piece starting at or before it

        /**
         * The raw position of derived boundary {@code x}, before any raw characters deleted at x;
         * a boundary inside a replacement falls after its raw stretch (the first part keeps it).
         */
        int boundary(int x) {
            int pieces = copied.length;
            while (first < pieces && derivedStart[first] < x) {
                first++;
            }
            if (first < pieces && derivedStart[first] == x) {
                return rawStart[first];
            }
            if (x == derivedLength()) {
                return rawLength();
            }
            int p = first - 1; // no piece starts at x: the last one before it holds x
            return copied[p] ? rawStart[p] + (x - derivedStart[p]) : rawStart[p + 1];
        }

        /** The non-empty piece holding the derived character at {@code x}. */
        int pieceContaining(int x) {
            while (containing + 1 < copied.length && derivedStart[containing + 1] <= x) {
                containing++;
            }
            return containing;
        }
    }

    /** The non-empty piece holding the derived character at {@code derivedOffset}. */
    private int pieceContaining(int derivedOffset) {
        int lo = 0;
        int hi = copied.length - 1;
        int found = 0;
        while (lo <= hi) { // last piece starting at or before the offset
            int mid = (lo + hi) >>> 1;
            if (derivedStart[mid] <= derivedOffset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > derivedLength()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + derivedLength() + "]");
        }
    }

    @Override
    public String toString() {
        return "OffsetMap[" + copied.length + " pieces, derived " + derivedLength() + ", raw " + rawLength() + "]";
    }

    /** Builds a map piece by piece, left to right. */
    public static final class Builder {
        private int[] derivedLengths = new int[16];
        private int[] rawLengths = new int[16];
        private boolean[] copies = new boolean[16];
        private int size;

        /** {@code length} characters copied unchanged. */
        public Builder copy(int length) {
            if (length < 0) {
                throw new IllegalArgumentException("negative copy length " + length);
            }
            if (length == 0) {
                return this;
            }
            if (size > 0 && copies[size - 1]) {
                derivedLengths[size - 1] += length;
                rawLengths[size - 1] += length;
            } else {
                add(length, length, true);
            }
            return this;
        }

        /** {@code derivedLength} characters that replace {@code rawLength} raw characters. */
        public Builder replace(int derivedLength, int rawLength) {
            if (derivedLength < 0 || rawLength < 0) {
                throw new IllegalArgumentException("negative replacement length");
            }
            if (derivedLength == 0 && rawLength == 0) {
                return this;
            }
            add(derivedLength, rawLength, false);
            return this;
        }

        private void add(int derivedLength, int rawLength, boolean copy) {
            if (size == copies.length) {
                derivedLengths = Arrays.copyOf(derivedLengths, size * 2);
                rawLengths = Arrays.copyOf(rawLengths, size * 2);
                copies = Arrays.copyOf(copies, size * 2);
            }
            derivedLengths[size] = derivedLength;
            rawLengths[size] = rawLength;
            copies[size] = copy;
            size++;
        }

        public OffsetMap build() {
            if (size == 0) {
                return new OffsetMap(new int[] {0, 0}, new int[] {0, 0}, new boolean[] {true});
            }
            int[] d = new int[size + 1];
            int[] r = new int[size + 1];
            for (int i = 0; i < size; i++) {
                d[i + 1] = d[i] + derivedLengths[i];
                r[i + 1] = r[i] + rawLengths[i];
            }
            return new OffsetMap(d, r, Arrays.copyOf(copies, size));
        }
    }
}
