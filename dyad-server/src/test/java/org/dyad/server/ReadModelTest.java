package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.dyad.core.facts.PloverType;
import org.dyad.store.Browser;
import org.dyad.store.EventFilter;
import org.dyad.store.EventPage;
import org.dyad.store.EventPlace;
import org.dyad.store.EventQuery;
import org.dyad.store.EventRow;
import org.dyad.store.EventSort;
import org.dyad.store.ScannedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read model's indexes give what testing every event gives: for every filter of the API
 * (alone and combined), the rows found through postings, date intervals and word keys are the
 * rows that meet the filter's conditions one by one, and for every sort and page size walking
 * the cursors gives them in the order of a full sort (key, then id, undated events last). The
 * columns are built by hand from 3,000 events with ties, undated events, events without a target
 * or a place, and a place the places table lacks; ReadModelIT holds the same model to the store.
 */
class ReadModelTest {
    static final String[] CODES = {"USAGOV", "USAMIL", "RUSMIL", "UKRGOV", "IGOUNO", "IRNGOV", "ISRMIL", "PSEREB"};
    static final String[] CAMEOS = {"042", "190", "111", "057", "173", "036", "112", "070", "0311"};
    static final String[] WORDS = "peace talks ceasefire border convoy hostages drone summit report".split(" ");
    static final List<EventPlace> PLACES = List.of(place(703448, "Kyiv"), place(524901, "Moscow"),
            place(281133, "Gaza"), place(1, "kyiv"));
    static final long UNLISTED_PLACE = 999;
    static EventColumns columns;
    static ReadModel model;

    static EventPlace place(long id, String name) {
        return new EventPlace(id, name, Optional.empty(), Optional.empty(), 0.0, 0.0);
    }

    @BeforeAll
    static void columns() {
        SplittableRandom random = new SplittableRandom(17);
        ColumnsScan.Builder b = new ColumnsScan.Builder(PLACES);
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 3000; id++) {
            ids.add(id * 7 % 3001); // ids not in date order
        }
        for (long id : ids) {
            b.add(event(id, random));
        }
        columns = EventColumns.of(b);
        model = new ReadModel(columns, 1);
    }

    static ScannedEvent event(long id, SplittableRandom r) {
        Optional<LocalDate> date = r.nextInt(20) == 0 ? Optional.empty()
                : Optional.of(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(60)));
        String source = CODES[r.nextInt(CODES.length)];
        Optional<String> target = r.nextInt(10) == 0 ? Optional.empty() : Optional.of(CODES[r.nextInt(CODES.length)]);
        String cameo = CAMEOS[r.nextInt(CAMEOS.length)];
        int quad = r.nextInt(5);
        double goldstein = r.nextInt(7) - 3.0;
        Optional<String> plover = Optional.of(PloverType.values()[r.nextInt(4)].name()).filter(p -> r.nextInt(8) > 0);
        StringBuilder sentence = new StringBuilder("Officials");
        for (int w = 0; w < 5; w++) {
            sentence.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        String text = sentence.append('.').toString();
        int p = r.nextInt(PLACES.size() + 2);
        OptionalLong geonameId = p < PLACES.size() ? OptionalLong.of(PLACES.get(p).geonameId())
                : p == PLACES.size() ? OptionalLong.of(UNLISTED_PLACE) : OptionalLong.empty();
        EventRow row = new EventRow(id, "a" + id / 10, date, source, "s", target, target.map(t -> "t"), cameo, quad,
                goldstein, plover, Optional.empty(), Optional.empty(), "asserted", 0.5 + r.nextInt(5) / 10.0, text,
                Optional.empty(), Optional.empty(), Optional.empty(), id / 3);
        return new ScannedEvent(row, geonameId, sentenceKeys(text));
    }

    /** The word-index keys of a sentence: of each word and each pair of adjacent words, as the store keeps them. */
    static int[] sentenceKeys(String text) {
        String[] words = text.replace(".", "").split(" ");
        Set<Integer> keys = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            Arrays.stream(Browser.TextMatch.of(words[i]).keys()).forEach(keys::add);
            if (i > 0) {
                Arrays.stream(Browser.TextMatch.of(words[i - 1] + " " + words[i]).keys()).forEach(keys::add);
            }
        }
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    static EventFilter filter(EventQuery q, String source, String target, Integer quad, String place) {
        return new EventFilter(q, Optional.ofNullable(source), Optional.ofNullable(target),
                quad == null ? OptionalInt.empty() : OptionalInt.of(quad), Optional.ofNullable(place));
    }

    static final List<EventFilter> FILTERS = List.of(EventFilter.all(),
            filter(EventQuery.all().actor("USA"), null, null, null, null),
            filter(EventQuery.all().actor("US"), null, "RUS", null, null),
            filter(EventQuery.all(), "RUS", "UKRGOV", null, null),
            filter(EventQuery.all().ploverType(PloverType.values()[1]), "ISR", null, 4, null),
            filter(EventQuery.all().country("IRN"), null, null, null, null),
            filter(EventQuery.all().country("XXX"), null, null, null, null),
            filter(EventQuery.all().cameo("190"), null, null, 2, null),
            filter(EventQuery.all().cameoRoot("03"), null, null, null, "kyiv"),
            filter(EventQuery.all().cameoRoot("99"), null, null, null, null),
            filter(EventQuery.all().between(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 31)), null, null, null,
                    null),
            filter(EventQuery.all().between(null, LocalDate.of(2024, 1, 5)), null, null, 1, null),
            filter(EventQuery.all().between(LocalDate.of(2024, 2, 20), null), "IGO", null, null, "703448"),
            filter(EventQuery.all().minConfidence(0.8), null, null, null, null),
            filter(EventQuery.all(), null, null, null, String.valueOf(UNLISTED_PLACE)),
            filter(EventQuery.all(), null, null, null, "Nowhere"),
            filter(EventQuery.all().text("ceasefire"), null, null, null, null),
            filter(EventQuery.all().text("peace talks"), null, null, 3, null),
            filter(EventQuery.all().text("talks peace border"), null, null, null, null),
            filter(EventQuery.all().text("unknownword"), null, null, null, null),
            filter(EventQuery.all().dyad("USA", "RUS"), null, null, null, null),
            filter(EventQuery.all().dyad("US", "IRN").actor("IGO"), null, null, null, null),
            filter(EventQuery.all().actor("XYZ"), null, null, null, null));

    @Test
    void the_indexes_find_exactly_the_rows_that_meet_every_condition() {
        for (EventFilter f : FILTERS) {
            assertArrayEquals(rows(ColumnFilter.scan(columns, f)), rows(ColumnFilter.matches(columns, f)), f.toString());
        }
    }

    @Test
    void walking_the_cursors_gives_the_matches_in_the_order_of_a_full_sort_for_every_sort_and_page_size() {
        for (EventFilter f : FILTERS) {
            int[] matched = rows(ColumnFilter.scan(columns, f));
            for (EventSort sort : EventSort.values()) {
                List<Long> expected = Arrays.stream(matched).boxed().sorted(order(sort)).map(r -> columns.id[r]).toList();
                for (int[] walk : new int[][] {{1, 5}, {7, 30}, {1000, 3}}) { // page size, pages walked
                    int size = walk[0];
                    List<Long> got = new ArrayList<>();
                    Optional<String> cursor = Optional.empty();
                    int pages = 0;
                    do {
                        EventPage page = model.page(f, sort, cursor, size);
                        assertEquals(matched.length, page.total(), "total of " + f);
                        page.events().forEach(e -> got.add(e.id()));
                        cursor = page.next();
                    } while (cursor.isPresent() && ++pages < walk[1]);
                    List<Long> walked = expected.subList(0, Math.min(expected.size(), got.size()));
                    assertEquals(walked, got, sort + " pages of " + size + " over " + f);
                    assertEquals(Math.min(expected.size(), walk[1] * size), got.size(),
                            sort + " pages of " + size + " over " + f);
                }
            }
        }
    }

    /** The store's order: the sort key (undated events last in both date orders), then the id, same direction. */
    static Comparator<Integer> order(EventSort sort) {
        Comparator<Integer> key = switch (sort) {
            case NEWEST, OLDEST -> Comparator.comparingInt(r -> columns.day[r] == EventColumns.NO_DAY ? 1 : 0);
            case GOLDSTEIN_DESC, GOLDSTEIN_ASC, CONFIDENCE_DESC, CONFIDENCE_ASC -> (a, b) -> 0;
        };
        Comparator<Integer> then = switch (sort) {
            case NEWEST -> Comparator.<Integer>comparingInt(r -> columns.day[r]).thenComparingLong(r -> columns.id[r])
                    .reversed();
            case OLDEST -> Comparator.<Integer>comparingInt(r -> columns.day[r]).thenComparingLong(r -> columns.id[r]);
            case GOLDSTEIN_DESC -> Comparator.<Integer>comparingDouble(r -> columns.goldstein[r])
                    .thenComparingLong(r -> columns.id[r]).reversed();
            case GOLDSTEIN_ASC -> Comparator.<Integer>comparingDouble(r -> columns.goldstein[r])
                    .thenComparingLong(r -> columns.id[r]);
            case CONFIDENCE_DESC -> Comparator.<Integer>comparingDouble(r -> columns.confidence[r])
                    .thenComparingLong(r -> columns.id[r]).reversed();
            case CONFIDENCE_ASC -> Comparator.<Integer>comparingDouble(r -> columns.confidence[r])
                    .thenComparingLong(r -> columns.id[r]);
        };
        return key.thenComparing(then);
    }

    @Test
    void a_date_range_is_an_interval_of_rows_and_undated_events_come_after_every_dated_one() {
        int[] march = columns.daysBetween((int) LocalDate.of(2024, 1, 10).toEpochDay(),
                (int) LocalDate.of(2024, 1, 12).toEpochDay());
        for (int row = 0; row < columns.size; row++) {
            boolean inside = columns.day[row] != EventColumns.NO_DAY
                    && columns.day[row] >= LocalDate.of(2024, 1, 10).toEpochDay()
                    && columns.day[row] <= LocalDate.of(2024, 1, 12).toEpochDay();
            assertEquals(inside, row >= march[0] && row < march[1], "row " + row);
            assertEquals(columns.day[row] == EventColumns.NO_DAY, row >= columns.dated, "row " + row);
        }
    }

    static int[] rows(Matches m) {
        int[] out = new int[m.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = m.row(k);
        }
        return out;
    }
}
