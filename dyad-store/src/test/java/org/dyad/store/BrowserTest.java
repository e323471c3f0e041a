package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browse queries: pages walked with their cursors give every matching event once, in the
 * order of the sort, whatever order the events arrived in; totals, series and places count the
 * same events.
 */
class BrowserTest {
    @TempDir
    Path dir;

    private record Stored(long id, LocalDate date, String source, String target, int quad, double goldstein,
            String text) {}

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private final List<IngestItem> items = new ArrayList<>();
    private final List<Stored> stored = new ArrayList<>();

    @BeforeEach
    void events() {
        for (int i = 0; i < 300; i++) {
            int day = (int) Long.remainderUnsigned(MinHash.mix(i), 400); // out of date order
            LocalDate date = i % 31 == 0 ? null : START.plusDays(day);
            String source = Fixtures.SOURCES[(int) Long.remainderUnsigned(MinHash.mix(i + 7), 8)];
            String target = Fixtures.SOURCES[(int) Long.remainderUnsigned(MinHash.mix(i + 11), 8)];
            int k = i % Fixtures.CAMEOS.length;
            String text = (i % 20 == 0 ? "Peace talks resumed " : "Talks on peace held ") + "report " + i + ".";
            Article a = Fixtures.article("a" + i, text, date, "https://example.org/" + i);
            Event e = Fixtures.event(a, "e1", source, target, Fixtures.CAMEOS[k], Fixtures.QUADS[k], Fixtures.TYPES[k]);
            items.add(IngestItem.withFacts(a, List.of(i % 3 == 0 ? Fixtures.located(e, Fixtures.KYIV, 0)
                    : EventFacts.of(e)), Fixtures.PROVENANCE));
            stored.add(new Stored(i + 1, date, source, target, Fixtures.QUADS[k], Fixtures.QUADS[k] >= 3 ? -5.0 : 3.0,
                    text));
        }
    }

    @Test
    void walking_the_cursors_gives_every_match_once_in_sort_order() throws SQLException {
        try (EventStore store = EventStore.open(dir.resolve("b.duckdb"))) {
            store.storeAll(items);
            Browser b = store.browse();
            Comparator<Stored> newest = Comparator.comparing((Stored s) -> s.date() == null ? LocalDate.MIN : s.date())
                    .thenComparingLong(Stored::id).reversed();
            Comparator<Stored> oldest = Comparator.comparing((Stored s) -> s.date() == null ? LocalDate.MAX : s.date())
                    .thenComparingLong(Stored::id);
            Comparator<Stored> conflictFirst = Comparator.comparingDouble(Stored::goldstein).thenComparingLong(Stored::id);
            for (int size : new int[] {1, 7, 100, 1000}) {
                walk(b, EventFilter.all(), EventSort.NEWEST, size, s -> true, newest);
                walk(b, EventFilter.all(), EventSort.OLDEST, size, s -> true, oldest);
                walk(b, EventFilter.all(), EventSort.GOLDSTEIN_ASC, size, s -> true, conflictFirst);
            }
            EventFilter usa = new EventFilter(EventQuery.all(), Optional.of("USA"), Optional.empty(), OptionalInt.of(1),
                    Optional.empty());
            walk(b, usa, EventSort.NEWEST, 5, s -> s.source().startsWith("USA") && s.quad() == 1, newest);
            EventFilter phrase = EventFilter.of(EventQuery.all().text("peace talks"));
            walk(b, phrase, EventSort.NEWEST, 4, s -> s.text().startsWith("Peace talks"), newest);
            EventFilter kyiv = new EventFilter(EventQuery.all(), Optional.empty(), Optional.of("RUS"),
                    OptionalInt.empty(), Optional.of("kyiv"));
            walk(b, kyiv, EventSort.OLDEST, 3, s -> s.target().startsWith("RUS") && (s.id() - 1) % 3 == 0, oldest);
        }
    }

    private void walk(Browser b, EventFilter f, EventSort sort, int size, Predicate<Stored> matches,
            Comparator<Stored> order) throws SQLException {
        List<Long> expected = stored.stream().filter(matches).sorted(order).map(Stored::id).toList();
        List<Long> got = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            EventPage page = b.events(f, sort, cursor, size);
            assertEquals(expected.size(), page.total(), "total of " + f);
            assertTrue(page.events().size() <= size);
            page.events().forEach(e -> got.add(e.id()));
            cursor = page.next();
        } while (cursor.isPresent());
        assertEquals(expected, got, sort + " pages of " + size + " over " + f);
    }

    @Test
    void series_and_places_count_the_filtered_events() throws SQLException {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.storeAll(items);
            Browser b = store.browse();
            long dated = stored.stream().filter(s -> s.date() != null).count();
            assertEquals(dated, b.series(EventFilter.all(), Interval.MONTH).stream().mapToLong(Period::events).sum());
            b.series(EventFilter.all(), Interval.WEEK).forEach(p -> assertEquals(java.time.DayOfWeek.MONDAY,
                    p.start().getDayOfWeek()));
            List<PlaceCount> places = b.places(EventFilter.all());
            assertEquals(1, places.size());
            assertEquals(100, places.get(0).events());
            assertEquals("Kyiv", places.get(0).place().name());
            long asActor = b.actors(EventFilter.all(), 100).stream().mapToLong(ActorCount::events).sum();
            assertEquals(2L * stored.size(), asActor, "every event has a source and a target");
        }
    }

    @Test
    void a_cursor_of_another_sort_or_a_made_up_one_is_refused() throws SQLException {
        try (EventStore store = EventStore.open(dir.resolve("c.duckdb"))) {
            store.storeAll(items);
            Browser b = store.browse();
            String next = b.events(EventFilter.all(), EventSort.NEWEST, Optional.empty(), 10).next().orElseThrow();
            assertThrows(IllegalArgumentException.class,
                    () -> b.events(EventFilter.all(), EventSort.GOLDSTEIN_ASC, Optional.of(next), 10));
            assertThrows(IllegalArgumentException.class,
                    () -> b.events(EventFilter.all(), EventSort.NEWEST, Optional.of("bm9uc2Vuc2U"), 10));
            assertThrows(IllegalArgumentException.class,
                    () -> b.events(EventFilter.all(), EventSort.NEWEST, Optional.empty(), 1001));
        }
    }
}
