package org.dyad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.store.Browser;
import org.dyad.store.EventFilter;
import org.dyad.store.EventPage;
import org.dyad.store.EventRow;
import org.dyad.store.EventSort;
import org.dyad.store.Interval;
import org.dyad.store.Period;
import org.dyad.store.PlaceCount;

/**
 * The answers of the store's {@link Browser} for pages, series and places, computed from one
 * state of the store held in memory ({@link EventColumns}) instead of a query: the same events
 * in the same order, the same totals and cursors (a cursor of either works with the other).
 */
final class ReadModel {
    private final EventColumns c;
    /** Which state of the store this is: it grows by one at every load. */
    private final long generation;

    ReadModel(EventColumns columns, long generation) {
        this.c = columns;
        this.generation = generation;
    }

    long generation() {
        return generation;
    }

    int events() {
        return c.size;
    }

    EventColumns columns() {
        return c;
    }

    /** The rows of one page (indices into the columns), the filter's total and the next cursor. */
    record Page(int[] rows, long total, Optional<String> next) {}

    /**
     * As {@link Browser#events}: the {@code size} matching events after {@code cursor} in
     * {@code sort} order, the total the filter matches, and the next cursor.
     *
     * @throws IllegalArgumentException for a size outside 1..1000 or a cursor of another sort
     */
    EventPage page(EventFilter filter, EventSort sort, Optional<String> cursor, int size) {
        Page p = rows(filter, sort, cursor, size);
        List<EventRow> rows = new ArrayList<>(p.rows().length);
        for (int row : p.rows()) {
            rows.add(c.rows[row]);
        }
        return new EventPage(rows, p.total(), p.next());
    }

    /** The same page as row indices, for {@link PageJson}. */
    Page rows(EventFilter filter, EventSort sort, Optional<String> cursor, int size) {
        if (size < 1 || size > Browser.MAX_PAGE) {
            throw new IllegalArgumentException("page size " + size + " outside 1.." + Browser.MAX_PAGE);
        }
        Object[] after = cursor.map(k -> Browser.decodeCursor(k, sort)).orElse(null);
        Matches match = ColumnFilter.matches(c, filter);
        int[] order = c.order(sort);
        int start = after == null ? 0 : firstAfter(order, sort, EventColumns.numericKey(after[0]), (Long) after[1]);
        int[] positions = TopRows.after(c, match, sort, start, size + 1);
        int kept = Math.min(size, positions.length);
        int[] rows = new int[kept];
        for (int k = 0; k < kept; k++) {
            rows[k] = order[positions[k]];
        }
        Optional<String> next = positions.length > size
                ? Optional.of(Browser.encodeCursor(sort, c.sortKey(sort, rows[kept - 1]), c.id[rows[kept - 1]]))
                : Optional.empty();
        return new Page(rows, match.count(), next);
    }

    /** The position in {@code order} of the first event that comes after (key, id) in that order. */
    private int firstAfter(int[] order, EventSort sort, double key, long id) {
        boolean desc = EventColumns.descending(sort);
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int row = order[mid];
            int cmp = Double.compare(EventColumns.numericKey(c.sortKey(sort, row)), key);
            if (cmp == 0) {
                cmp = Long.compare(c.id[row], id);
            }
            boolean atOrBefore = desc ? cmp >= 0 : cmp <= 0;
            if (atOrBefore) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** As {@link Browser#series}: events and Goldstein sums per period and quad class, undated left out. */
    List<Period> series(EventFilter filter, Interval interval) {
        Matches match = ColumnFilter.matches(c, filter);
        int[] rank = c.periodRank(interval);
        java.time.LocalDate[] starts = c.periodStarts(interval);
        long[] n = new long[starts.length * 5];
        double[] g = new double[starts.length * 5];
        for (int k = 0; k < match.count(); k++) {
            int i = match.row(k);
            if (rank[i] >= 0) {
                int cell = rank[i] * 5 + c.quad[i];
                n[cell]++;
                g[cell] += c.goldstein[i];
            }
        }
        List<Period> out = new ArrayList<>();
        for (int cell = 0; cell < n.length; cell++) {
            if (n[cell] > 0) {
                out.add(new Period(starts[cell / 5], cell % 5, n[cell], g[cell]));
            }
        }
        return out;
    }

    /** As {@link Browser#places}: the places of the matching events, most events first, then by id. */
    List<PlaceCount> places(EventFilter filter) {
        Matches match = ColumnFilter.matches(c, filter);
        long[][] counts = new long[c.places.size()][];
        for (int k = 0; k < match.count(); k++) {
            int i = match.row(k);
            int p = c.place[i];
            if (p >= 0) {
                if (counts[p] == null) {
                    counts[p] = new long[5];
                }
                counts[p][c.quad[i]]++;
            }
        }
        List<PlaceCount> out = new ArrayList<>();
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] != null) {
                long[] q = counts[p];
                out.add(new PlaceCount(c.places.get(p), q[0] + q[1] + q[2] + q[3] + q[4],
                        List.of(q[0], q[1], q[2], q[3], q[4])));
            }
        }
        out.sort(java.util.Comparator.comparingLong(PlaceCount::events).reversed()
                .thenComparingLong(pc -> pc.place().geonameId()));
        return out;
    }
}
