package org.dyad.server;

import java.util.Arrays;
import org.dyad.store.EventSort;

/**
 * The first {@code k} matching events at or after a position of a sort order, without sorting the
 * matches: when they are many, the sort's permutation is walked from the position and each event
 * tested for membership (about {@code k * all / matches} steps); when they are few, each match's
 * position is looked up and the {@code k} smallest kept in a bounded heap ({@code matches} steps).
 */
final class TopRows {
    private TopRows() {}

    /** The positions in {@code sort} order, ascending, of at most {@code k} matches at or after {@code start}. */
    static int[] after(EventColumns c, Matches m, EventSort sort, int start, int k) {
        int[] order = c.order(sort);
        if (m.every()) {
            int[] out = new int[Math.max(0, Math.min(k, order.length - start))];
            Arrays.setAll(out, i -> start + i);
            return out;
        }
        if ((long) k * c.size < (long) m.count() * m.count()) {
            return walk(order, m, start, k);
        }
        return select(c, m, sort, start, k);
    }

    private static int[] walk(int[] order, Matches m, int start, int k) {
        int[] out = new int[k];
        int n = 0;
        for (int pos = start; pos < order.length && n < k; pos++) {
            if (m.contains(order[pos])) {
                out[n++] = pos;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The k smallest positions at or after {@code start} among the matches, by a bounded max-heap. */
    private static int[] select(EventColumns c, Matches m, EventSort sort, int start, int k) {
        int[] heap = new int[k];
        int n = 0;
        for (int j = 0; j < m.count(); j++) {
            int pos = c.rank(sort, m.row(j));
            if (pos < start) {
                continue;
            }
            if (n < k) {
                heap[n] = pos;
                up(heap, n++);
            } else if (pos < heap[0]) {
                heap[0] = pos;
                down(heap, n);
            }
        }
        int[] out = Arrays.copyOf(heap, n);
        Arrays.sort(out);
        return out;
    }

    private static void up(int[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= heap[i]) {
                return;
            }
            swap(heap, parent, i);
            i = parent;
        }
    }

    private static void down(int[] heap, int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) {
                return;
            }
            int big = l + 1 < n && heap[l + 1] > heap[l] ? l + 1 : l;
            if (heap[i] >= heap[big]) {
                return;
            }
            swap(heap, i, big);
            i = big;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
