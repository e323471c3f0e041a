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
 * shows. Codes are dictionary-encoded (an int per event into a table of distinct codes); the
 * sentence word keys are kept as postings (key to the rows whose sentence holds it); each sort
 * order is a permutation computed once. Immutable once loaded, so any number of requests read it.
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
    /** Per interval, the rank of each event's period among the distinct periods, and their starts. */
    private final int[][] periodRank = new int[Interval.values().length][];
    private final LocalDate[][] periodStarts = new LocalDate[Interval.values().length][];
    private final int[][] order = new int[EventSort.values().length][];
    private final int[] postingKeys;
    private final int[] postingStart;
    private final int[] postingRows;

    private EventColumns(Builder b) {
        size = b.rows.size();
        id = new long[size];
        day = new int[size];
        goldstein = new double[size];
        confidence = new double[size];
        geonameId = new long[size];
        quad = new byte[size];
        rows = b.rows.toArray(new EventRow[0]);
        source = b.source.toArray();
        target = b.target.toArray();
        sourceCountry = b.sourceCountry.toArray();
        targetCountry = b.targetCountry.toArray();
        cameo = b.cameo.toArray();
        cameoRoot = b.cameoRoot.toArray();
        plover = b.plover.toArray();
        place = b.place.toArray();
        for (int i = 0; i < size; i++) {
            EventRow r = rows[i];
            id[i] = r.id();
            day[i] = r.date().map(d -> (int) d.toEpochDay()).orElse(NO_DAY);
            goldstein[i] = r.goldstein() + 0.0; // -0.0 sorts as 0.0, as in SQL
            confidence[i] = r.confidence() + 0.0;
            quad[i] = (byte) r.quadClass();
            geonameId[i] = b.geonameIds[i];
        }
        codes = b.codes.values();
        cameos = b.cameos.values();
        roots = b.roots.values();
        plovers = b.plovers.values();
        places = List.copyOf(b.places);
        for (Interval interval : Interval.values()) {
            rankPeriods(interval);
        }
        for (EventSort sort : EventSort.values()) {
            order[sort.ordinal()] = sorted(sort);
        }
        int[][] postings = postings(b.words);
        postingKeys = postings[0];
        postingStart = postings[1];
        postingRows = postings[2];
    }

    /** Reads every event of the store through {@code browser}. */
    static EventColumns load(Browser browser) throws SQLException {
        Builder b = new Builder(browser.allPlaces());
        browser.scan(b::add);
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

    /** The rows whose sentence words hold {@code key}, ascending; empty when none. */
    int[] rowsWithWord(int key) {
        int k = Arrays.binarySearch(postingKeys, key);
        return k < 0 ? new int[0] : Arrays.copyOfRange(postingRows, postingStart[k], postingStart[k + 1]);
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
        for (int i = 0; i < pairs.length; i++) {
            int key = (int) (pairs[i] >> 32);
            if (distinct == 0 || keys[distinct - 1] != key) {
                keys[distinct] = key;
                start[distinct++] = i;
            }
            postRows[i] = (int) pairs[i];
        }
        start[distinct] = pairs.length;
        return new int[][] {Arrays.copyOf(keys, distinct), Arrays.copyOf(start, distinct + 1), postRows};
    }

    /** A table of distinct strings, each given the next number at its first sight. */
    private static final class Dictionary {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int number(String value) {
            if (value == null) {
                return -1;
            }
            return numbers.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        String[] values() {
            return values.toArray(new String[0]);
        }
    }

    /** A growing int column. */
    private static final class Ints {
        private int[] values = new int[1024];
        private int n;

        void add(int v) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, n);
        }
    }

    private static final class Builder {
        final List<EventRow> rows = new ArrayList<>();
        final List<int[]> words = new ArrayList<>();
        final Dictionary codes = new Dictionary();
        final Dictionary cameos = new Dictionary();
        final Dictionary roots = new Dictionary();
        final Dictionary plovers = new Dictionary();
        final Ints source = new Ints();
        final Ints target = new Ints();
        final Ints sourceCountry = new Ints();
        final Ints targetCountry = new Ints();
        final Ints cameo = new Ints();
        final Ints cameoRoot = new Ints();
        final Ints plover = new Ints();
        final Ints place = new Ints();
        final List<EventPlace> places;
        final Map<Long, Integer> placeIndex = new HashMap<>();
        final java.util.stream.LongStream.Builder geonameList = java.util.stream.LongStream.builder();
        long[] geonameIds;
        private final Map<String, String> sentences = new HashMap<>();

        Builder(List<EventPlace> places) {
            this.places = places;
            for (int i = 0; i < places.size(); i++) {
                placeIndex.put(places.get(i).geonameId(), i);
            }
        }

        void add(ScannedEvent e) {
            EventRow r = e.row();
            // Events of one sentence share its text: keep one copy.
            String sentence = sentences.computeIfAbsent(r.sentenceText(), s -> s);
            rows.add(sentence == r.sentenceText() ? r : new EventRow(r.id(), r.articleId(), r.date(), r.sourceCode(),
                    r.sourceText(), r.targetCode(), r.targetText(), r.cameo(), r.quadClass(), r.goldstein(),
                    r.ploverType(), r.ploverMode(), r.ploverContext(), r.factuality(), r.confidence(), sentence,
                    r.url(), r.placeName(), r.placeCountry(), r.incidentId()));
            words.add(e.sentenceWords());
            source.add(codes.number(r.sourceCode()));
            target.add(codes.number(r.targetCode().orElse(null)));
            sourceCountry.add(codes.number(e.sourceCountry().orElse(null)));
            targetCountry.add(codes.number(e.targetCountry().orElse(null)));
            cameo.add(cameos.number(r.cameo()));
            cameoRoot.add(roots.number(r.cameo() == null ? null : r.cameo().substring(0, Math.min(2, r.cameo().length()))));
            plover.add(plovers.number(r.ploverType().orElse(null)));
            long g = e.geonameId().orElse(0);
            geonameList.add(g);
            place.add(g == 0 ? -1 : placeIndex.getOrDefault(g, -1));
        }
    }
}
