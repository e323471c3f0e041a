package org.dyad.server;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.Browser;
import org.dyad.store.EventPlace;
import org.dyad.store.EventRow;
import org.dyad.store.EventSort;
import org.dyad.store.Interval;
import org.dyad.store.ScannedEvent;

/**
 * Every event of one state of the store, held in memory as compact columns: what the API's
 * filters, sorts and aggregates read ({@link ReadModel} answers from them), with the rows a page
 * shows. Rows are numbered in date order (dated events oldest first, then undated ones), so a
 * date range is an interval of rows. Codes are dictionary-encoded (an int per event into a table
 * of distinct codes), with postings (each value to its rows, ascending) for every filtered
 * column; the sentence word keys are kept as postings too; each sort order is a permutation
 * computed once, with its inverse (each row's position). Immutable once loaded, so any number of requests read it.
 */
final class EventColumns {
    /** The day of an undated event. */
    static final int NO_DAY = Integer.MIN_VALUE;

    final int size;
    final long[] id;
    final int[] day;
    final int[] source;
    final int[] target;
    final int[] sourceCountry;
    final int[] targetCountry;
    final int[] cameo;
    final int[] cameoRoot;
    final int[] plover;
    final byte[] quad;
    final double[] goldstein;
    final double[] confidence;
    /** The index of the event's place in {@link #places}, or -1 (none, or one the places table lacks). */
    final int[] place;
    /** The event's GeoNames id, 0 for none. */
    final long[] geonameId;
    final EventRow[] rows;
    /** The distinct values of the encoded columns; codes and countries share one table. */
    final String[] codes;
    final String[] cameos;
    final String[] roots;
    final String[] plovers;
    final List<EventPlace> places;
    /** Rows {@code 0..dated-1} are dated, oldest first; the others are undated. */
    final int dated;
    /** The rows of each value of the encoded columns. */
    final Postings bySource;
    final Postings byTarget;
    final Postings bySourceCountry;
    final Postings byTargetCountry;
    final Postings byCameo;
    final Postings byRoot;
    final Postings byPlover;
    final Postings byQuad;
    final Postings byPlace;
    /** Per interval, the rank of each event's period among the distinct periods, and their starts. */
    private final int[][] periodRank = new int[Interval.values().length][];
    private final LocalDate[][] periodStarts = new LocalDate[Interval.values().length][];
    private final int[][] order = new int[EventSort.values().length][];
    private final int[][] rank = new int[EventSort.values().length][];
    /** The distinct sentence word keys, ascending; {@link #words} is indexed by position here. */
    private final int[] wordKeys;
    /** The rows whose sentence holds each word key (by its position in {@link #wordKeys}). */
    final Postings words;

    private EventColumns(ColumnsScan.Builder b) {
        size = b.rows.size();
        EventRow[] scanned = b.rows.toArray(new EventRow[0]);
        int[] byDate = dateOrder(scanned);
        rows = new EventRow[size];
        id = new long[size];
        day = new int[size];
        goldstein = new double[size];
        confidence = new double[size];
        geonameId = new long[size];
        quad = new byte[size];
        List<int[]> words = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            EventRow r = scanned[byDate[i]];
            rows[i] = r;
            id[i] = r.id();
            day[i] = r.date().map(d -> (int) d.toEpochDay()).orElse(NO_DAY);
            goldstein[i] = r.goldstein() + 0.0; // -0.0 sorts as 0.0, as in SQL
            confidence[i] = r.confidence() + 0.0;
            quad[i] = (byte) r.quadClass();
            geonameId[i] = b.geonameIds[byDate[i]];
            words.add(b.words.get(byDate[i]));
        }
        int dated = 0;
        while (dated < size && day[dated] != NO_DAY) {
            dated++;
        }
        this.dated = dated;
        source = permute(b.source.toArray(), byDate);
        target = permute(b.target.toArray(), byDate);
        sourceCountry = permute(b.sourceCountry.toArray(), byDate);
        targetCountry = permute(b.targetCountry.toArray(), byDate);
        cameo = permute(b.cameo.toArray(), byDate);
        cameoRoot = permute(b.cameoRoot.toArray(), byDate);
        plover = permute(b.plover.toArray(), byDate);
        place = permute(b.place.toArray(), byDate);
        codes = b.codes.values();
        cameos = b.cameos.values();
        roots = b.roots.values();
        plovers = b.plovers.values();
        places = List.copyOf(b.places);
        bySource = Postings.of(source, codes.length);
        byTarget = Postings.of(target, codes.length);
        bySourceCountry = Postings.of(sourceCountry, codes.length);
        byTargetCountry = Postings.of(targetCountry, codes.length);
        byCameo = Postings.of(cameo, cameos.length);
        byRoot = Postings.of(cameoRoot, roots.length);
        byPlover = Postings.of(plover, plovers.length);
        byQuad = Postings.of(quad, 5);
        byPlace = Postings.of(place, places.size());
        for (Interval interval : Interval.values()) {
            rankPeriods(interval);
        }
        for (EventSort sort : EventSort.values()) {
            int[] o = sorted(sort);
            int[] r = new int[size];
            for (int k = 0; k < size; k++) {
                r[o[k]] = k;
            }
            order[sort.ordinal()] = o;
            rank[sort.ordinal()] = r;
        }
        int[][] postings = postings(words);
        wordKeys = postings[0];
        this.words = Postings.ofSlices(postings[1], postings[2]);
    }

    /**
     * The scanned events in the order rows are numbered: dated events oldest first (ties by id),
     * then undated ones by id. So a date range is an interval of rows, and every posting list,
     * being ascending by row, is in date order too.
     */
    private static int[] dateOrder(EventRow[] scanned) {
        long[] dayOf = new long[scanned.length];
        Integer[] idx = new Integer[scanned.length];
        for (int i = 0; i < scanned.length; i++) {
            dayOf[i] = scanned[i].date().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> {
            int c = Long.compare(dayOf[x], dayOf[y]);
            return c != 0 ? c : Long.compare(scanned[x].id(), scanned[y].id());
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static int[] permute(int[] column, int[] byDate) {
        int[] out = new int[column.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = column[byDate[i]];
        }
        return out;
    }

    /** The rows dated {@code from..to} (epoch days, inclusive) as the interval {@code [lo, hi)}. */
    int[] daysBetween(int from, int to) {
        return new int[] {firstDayAtLeast(from), to == Integer.MAX_VALUE ? dated : firstDayAtLeast(to + 1)};
    }

    private int firstDayAtLeast(int d) {
        int lo = 0;
        int hi = dated;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position of event {@code row} in {@code sort} order. */
    int rank(EventSort sort, int row) {
        return rank[sort.ordinal()][row];
    }

    /** Reads every event of the store through {@code browser}. */
    static EventColumns load(Browser browser) throws SQLException {
        ColumnsScan.Builder b = new ColumnsScan.Builder(browser.allPlaces());
        browser.scan(b::add);
        return of(b);
    }

    /** The columns of events scanned into {@code b}. */
    static EventColumns of(ColumnsScan.Builder b) {
        b.geonameIds = b.geonameList.build().toArray();
        return new EventColumns(b);
    }

    /** The rows of every event in {@code sort} order. */
    int[] order(EventSort sort) {
        return order[sort.ordinal()];
    }

    /** The sort key of event {@code row}: a date (undated ones where the sort puts them last) or a number. */
    Object sortKey(EventSort sort, int row) {
        return switch (sort) {
            case NEWEST -> day[row] == NO_DAY ? LocalDate.of(1, 1, 1) : LocalDate.ofEpochDay(day[row]);
            case OLDEST -> day[row] == NO_DAY ? LocalDate.of(9999, 12, 31) : LocalDate.ofEpochDay(day[row]);
            case GOLDSTEIN_DESC, GOLDSTEIN_ASC -> goldstein[row];
            case CONFIDENCE_DESC, CONFIDENCE_ASC -> confidence[row];
        };
    }

    /** The key of {@link #sortKey} as a number that orders the same way (dates as epoch days). */
    static double numericKey(Object key) {
        return key instanceof LocalDate d ? d.toEpochDay() : ((Number) key).doubleValue() + 0.0;
    }

    static boolean descending(EventSort sort) {
        return sort.urlName().startsWith("-");
    }

    private int[] sorted(EventSort sort) {
        double[] key = new double[size];
        for (int i = 0; i < size; i++) {
            key[i] = numericKey(sortKey(sort, i));
        }
        Integer[] rowsInOrder = new Integer[size];
        for (int i = 0; i < size; i++) {
            rowsInOrder[i] = i;
        }
        java.util.Comparator<Integer> ascending = (x, y) -> {
            int c = Double.compare(key[x], key[y]);
            return c != 0 ? c : Long.compare(id[x], id[y]);
        };
        Arrays.sort(rowsInOrder, descending(sort) ? ascending.reversed() : ascending);
        return Arrays.stream(rowsInOrder).mapToInt(Integer::intValue).toArray();
    }

    private void rankPeriods(Interval interval) {
        int[] rank = new int[size];
        Map<Integer, Integer> ranks = new HashMap<>();
        int[] startOf = new int[size];
        for (int i = 0; i < size; i++) {
            startOf[i] = day[i] == NO_DAY ? NO_DAY : (int) periodStart(interval, LocalDate.ofEpochDay(day[i])).toEpochDay();
            if (startOf[i] != NO_DAY) {
                ranks.put(startOf[i], 0);
            }
        }
        int[] starts = ranks.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int r = 0; r < starts.length; r++) {
            ranks.put(starts[r], r);
        }
        for (int i = 0; i < size; i++) {
            rank[i] = startOf[i] == NO_DAY ? -1 : ranks.get(startOf[i]);
        }
        periodRank[interval.ordinal()] = rank;
        periodStarts[interval.ordinal()] = Arrays.stream(starts).mapToObj(LocalDate::ofEpochDay).toArray(LocalDate[]::new);
    }

    /** The first day of the period that holds {@code d}: the day, its week's Monday, its month's first. */
    static LocalDate periodStart(Interval interval, LocalDate d) {
        return switch (interval) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    /** The rank of each event's period under {@code interval} (-1 when undated). */
    int[] periodRank(Interval interval) {
        return periodRank[interval.ordinal()];
    }

    /** The distinct period starts under {@code interval}, oldest first, indexed by rank. */
    LocalDate[] periodStarts(Interval interval) {
        return periodStarts[interval.ordinal()];
    }

    /** The position of a word key among the distinct ones ({@link #words}' value), or -1 when no sentence holds it. */
    int wordIndex(int key) {
        int k = Arrays.binarySearch(wordKeys, key);
        return k < 0 ? -1 : k;
    }

    private int[][] postings(List<int[]> words) {
        long total = 0;
        for (int[] w : words) {
            total += w.length;
        }
        long[] pairs = new long[Math.toIntExact(total)];
        int n = 0;
        for (int row = 0; row < words.size(); row++) {
            for (int key : words.get(row)) {
                pairs[n++] = ((long) key << 32) | row;
            }
        }
        Arrays.sort(pairs); // by key (signed, as the int keys sort), then row
        int[] keys = new int[pairs.length];
        int[] start = new int[pairs.length + 1];
        int[] postRows = new int[pairs.length];
        int distinct = 0;
        int kept = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                continue; // a word twice in one sentence
            }
            int key = (int) (pairs[i] >> 32);
            if (distinct == 0 || keys[distinct - 1] != key) {
                keys[distinct] = key;
                start[distinct++] = kept;
            }
            postRows[kept++] = (int) pairs[i];
        }
        start[distinct] = kept;
        return new int[][] {Arrays.copyOf(keys, distinct), Arrays.copyOf(start, distinct + 1),
            Arrays.copyOf(postRows, kept)};
    }
}
