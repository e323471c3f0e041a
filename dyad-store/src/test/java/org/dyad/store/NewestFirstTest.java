package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries return the newest matches first whatever order the events arrived in: the search by
 * widening date windows must give the same rows as sorting every match.
 */
class NewestFirstTest {
    @TempDir
    Path dir;

    /** What the test knows of a stored event: its store id (storing order), date and source. */
    private record Stored(long id, LocalDate date, String source, String text) {}

    private static final LocalDate START = LocalDate.of(2021, 1, 1);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void every_filter_and_limit_gives_the_newest_matches_whether_or_not_events_arrive_in_date_order(
            boolean inDateOrder) {
        List<IngestItem> items = new ArrayList<>();
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // 400 articles over about three years; every 23rd undated.
            int day = inDateOrder ? i * 3 : (int) Long.remainderUnsigned(MinHash.mix(i), 1200);
            LocalDate date = i % 23 == 0 ? null : START.plusDays(day);
            String source = Fixtures.SOURCES[(int) Long.remainderUnsigned(MinHash.mix(i + 7), 8)];
            String text = (i % 50 == 0 ? "Rare drone strike " : "Talks held ") + "report " + i + ".";
            Article a = Fixtures.article("a" + i, text, date, "https://example.org/" + i);
            Event e = Fixtures.event(a, "e1", source, "IGOUNO", "042", 1, PloverType.CONSULT);
            items.add(IngestItem.of(a, List.of(e), Fixtures.PROVENANCE));
            stored.add(new Stored(i + 1, date, source, text));
        }
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.storeAll(items);
            check(store, stored, EventQuery.all(), s -> true);
            check(store, stored, EventQuery.all().actor("USA"), s -> s.source().startsWith("USA"));
            check(store, stored, EventQuery.all().text("drone strike"), s -> s.text().contains("drone strike"));
            check(store, stored, EventQuery.all().text("report 399"), s -> s.id() == 400);
            LocalDate from = START.plusDays(200);
            LocalDate to = START.plusDays(700);
            check(store, stored, EventQuery.all().between(from, to),
                    s -> s.date() != null && !s.date().isBefore(from) && !s.date().isAfter(to));
        }
    }

    private static void check(EventStore store, List<Stored> stored, EventQuery query, Predicate<Stored> matches) {
        Comparator<Stored> newestFirst = Comparator.comparing(Stored::date,
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).thenComparing(Stored::id).reversed();
        List<Long> all = stored.stream().filter(matches).sorted(newestFirst).map(Stored::id).toList();
        for (int limit : new int[] {1, 3, 20, 100, 500}) {
            QueryResult r = store.query(query.limit(limit));
            assertEquals(all.subList(0, Math.min(limit, all.size())), r.rows().stream().map(EventRow::id).toList(),
                    query + " limit " + limit);
            assertEquals(all.size() > limit, r.truncated(), query + " limit " + limit);
        }
    }
}
