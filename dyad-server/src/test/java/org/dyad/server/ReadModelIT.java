package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.EventAttributes;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.dyad.server.bench.SyntheticStore;
import org.dyad.store.Browser;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventFacts;
import org.dyad.store.EventFilter;
import org.dyad.store.EventPage;
import org.dyad.store.EventQuantities;
import org.dyad.store.EventQuery;
import org.dyad.store.EventRow;
import org.dyad.store.EventSort;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;
import org.dyad.store.Interval;
import org.dyad.store.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read model answers as the store does: for every filter of the API, every sort and several
 * page sizes, walking its cursors gives the store's events (every field) in the store's order with
 * the store's totals; its cursors and the store's are interchangeable; its series and places are
 * the store's. The store holds synthetic events plus events without a date, a target or a place.
 */
class ReadModelIT {
    @TempDir
    static Path dir;
    static Path db;
    static EventColumns columns;

    static final List<EventFilter> FILTERS = List.of(EventFilter.all(),
            filter(EventQuery.all().actor("USA"), null, null, null, null),
            filter(EventQuery.all(), "RUS", "UKRGOV", null, null),
            filter(EventQuery.all().ploverType(PloverType.ASSAULT), "ISR", null, 4, null),
            filter(EventQuery.all().country("IRN"), null, null, null, null),
            filter(EventQuery.all().cameo("190"), null, null, null, null),
            filter(EventQuery.all().cameoRoot("11"), null, null, null, "kyiv"),
            filter(EventQuery.all().between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), null, null, null, null),
            filter(EventQuery.all().between(null, LocalDate.of(2024, 1, 20)), null, null, 1, null),
            filter(EventQuery.all().minConfidence(0.8), null, "IGO", null, "703448"),
            filter(EventQuery.all().text("ceasefire"), null, null, null, null),
            filter(EventQuery.all().text("peace talks"), null, null, null, null),
            filter(EventQuery.all().text("Report 7"), null, null, null, null),
            filter(EventQuery.all().dyad("CHN", "RUS"), null, null, null, null),
            filter(EventQuery.all().actor("XYZ"), null, null, null, null),
            filter(EventQuery.all().text("hostages convoy"), null, null, null, "Nowhere"));

    static EventFilter filter(EventQuery q, String source, String target, Integer quad, String place) {
        return new EventFilter(q, Optional.ofNullable(source), Optional.ofNullable(target),
                quad == null ? OptionalInt.empty() : OptionalInt.of(quad), Optional.ofNullable(place));
    }

    @BeforeAll
    static void store() throws SQLException {
        db = dir.resolve("model.duckdb");
        SyntheticStore.write(db, 1500, 10);
        try (EventStore store = EventStore.open(db)) {
            for (int i = 0; i < 12; i++) {
                store.store(odd(i));
            }
            columns = EventColumns.load(store.browse());
        }
    }

    /** An event without a date (even i), without a target (i % 3 == 0), never with a place. */
    static IngestItem odd(int i) {
        String text = "Peace talks stalled as Hamas accused the envoy of bad faith in report 7-" + i + ".";
        Article a = new Article("odd-" + i, text, i % 2 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2024, 3, 2)),
                Optional.empty(), Optional.empty());
        boolean target = i % 3 != 0;
        Event e = new Event(a.id(), "e1", 0, new Span(0, text.length()), text,
                new EventActor(new ActorCode("PSEREB"), "Hamas", new Span(23, 28), Optional.empty()),
                target ? Optional.of(new EventActor(new ActorCode("IGOUNO"), "the envoy", new Span(38, 47),
                        Optional.empty())) : Optional.empty(),
                "112", 3, -2.0, Optional.of(new Plover(PloverType.ACCUSE, Optional.empty(), Optional.empty())),
                Factuality.ASSERTED, 0.9, new Span(29, 37), "accused", "test", List.of(), EventAttributes.NONE);
        return IngestItem.withFacts(a, List.of(new EventFacts(e, a.published(), Optional.empty(),
                new EventQuantities(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                        OptionalLong.empty()))), new CodingProvenance("0.1.0-test", Map.of("test", "sha256:0")));
    }

    @Test
    void walking_its_cursors_gives_the_stores_events_in_the_stores_order_for_every_filter_and_sort() throws SQLException {
        ReadModel model = new ReadModel(columns, 1);
        try (EventStore store = EventStore.openReadOnly(db)) {
            Browser browser = store.browse();
            for (EventFilter f : FILTERS) {
                for (EventSort sort : EventSort.values()) {
                    for (int size : f.equals(EventFilter.all()) ? new int[] {7, 1000} : new int[] {7}) {
                        List<EventRow> expected = new ArrayList<>();
                        List<EventRow> got = new ArrayList<>();
                        Optional<String> cursor = Optional.empty();
                        do {
                            EventPage page = browser.events(f, sort, cursor, size);
                            EventPage mine = model.page(f, sort, cursor, size);
                            assertEquals(page.total(), mine.total(), "total of " + f);
                            assertEquals(page.next(), mine.next(), sort + " cursor over " + f);
                            expected.addAll(page.events());
                            got.addAll(mine.events());
                            cursor = page.next();
                        } while (cursor.isPresent() && expected.size() < 30);
                        assertEquals(expected, got, sort + " pages of " + size + " over " + f);
                    }
                }
            }
        }
    }

    @Test
    void its_series_and_places_are_the_stores() throws SQLException {
        ReadModel model = new ReadModel(columns, 1);
        try (EventStore store = EventStore.openReadOnly(db)) {
            Browser browser = store.browse();
            for (EventFilter f : FILTERS) {
                for (Interval interval : Interval.values()) {
                    List<Period> expected = browser.series(f, interval);
                    List<Period> got = model.series(f, interval);
                    assertEquals(expected.size(), got.size(), interval + " periods of " + f);
                    for (int i = 0; i < got.size(); i++) {
                        Period e = expected.get(i);
                        Period g = got.get(i);
                        assertEquals(List.of(e.start(), e.quadClass(), e.events()), List.of(g.start(), g.quadClass(),
                                g.events()), interval + " period " + i + " of " + f);
                        assertEquals(e.goldstein(), g.goldstein(), 1e-9);
                    }
                }
                assertEquals(browser.places(f), model.places(f), "places of " + f);
            }
        }
    }

    @Test
    void a_cursor_of_another_sort_and_a_page_size_out_of_bounds_are_refused_as_the_store_refuses_them() {
        ReadModel model = new ReadModel(columns, 1);
        String newest = model.page(EventFilter.all(), EventSort.NEWEST, Optional.empty(), 5).next().orElseThrow();
        assertThrows(IllegalArgumentException.class,
                () -> model.page(EventFilter.all(), EventSort.GOLDSTEIN_ASC, Optional.of(newest), 5));
        assertThrows(IllegalArgumentException.class,
                () -> model.page(EventFilter.all(), EventSort.NEWEST, Optional.of("bm90LWEtY3Vyc29y"), 5));
        assertThrows(IllegalArgumentException.class, () -> model.page(EventFilter.all(), EventSort.NEWEST,
                Optional.empty(), 1001));
        assertTrue(model.events() > 1500);
    }
}
