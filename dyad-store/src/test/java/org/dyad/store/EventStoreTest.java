package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @Test
    void stores_an_article_with_its_events_actors_and_provenance() {
        Article a = Fixtures.article("a1", "Russia attacked Ukraine near Kyiv.", DAY, "https://www.voanews.com/a/1");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestResult r = store.store(a, List.of(Fixtures.event(a, "e1", "RUSMIL", "UKRGOV", "190", 4,
                    PloverType.ASSAULT)), Fixtures.PROVENANCE);
            assertEquals(IngestResult.Status.STORED, r.status());
            assertEquals(1, r.events());
            assertEquals(1, store.scalar("SELECT count(*) FROM articles WHERE source = 'voanews.com'"));
            assertEquals(2, store.scalar("SELECT count(*) FROM actors"));
            assertEquals(1, store.scalar("SELECT count(*) FROM events e JOIN provenance p ON p.id = e.provenance_id"
                    + " WHERE p.dyad_version = '0.1.0-test' AND p.dictionary_hashes LIKE '%sha256:aaaa%'"));
            assertEquals(1, store.scalar("SELECT count(*) FROM events WHERE event_date = DATE '2025-03-14'"),
                    "without an event date of its own, an event is dated by its article");
        }
    }

    @Test
    void re_ingesting_the_same_article_adds_nothing() {
        Path db = dir.resolve("s.duckdb");
        List<IngestItem> items = List.of(Fixtures.synthetic(1, 3, Fixtures.PROVENANCE),
                Fixtures.synthetic(2, 2, Fixtures.PROVENANCE));
        try (EventStore store = EventStore.open(db)) {
            store.storeAll(items);
        }
        try (EventStore store = EventStore.open(db)) {
            List<IngestResult> again = store.storeAll(items);
            assertTrue(again.stream().allMatch(r -> r.status() == IngestResult.Status.ALREADY_STORED));
            assertEquals(IngestResult.Status.ALREADY_STORED, store.store(items.get(0)).status());
            assertEquals(2, store.scalar("SELECT count(*) FROM articles"));
            assertEquals(5, store.scalar("SELECT count(*) FROM events"));
            assertEquals(10, store.scalar("SELECT count(*) FROM actors"));
            assertEquals(5, store.scalar("SELECT sum(num_events) FROM incidents"));
            assertEquals(1, store.scalar("SELECT count(*) FROM provenance"));
        }
    }

    @Test
    void an_article_repeated_within_one_batch_is_stored_once() {
        IngestItem item = Fixtures.synthetic(3, 2, Fixtures.PROVENANCE);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            List<IngestResult> r = store.storeAll(List.of(item, item));
            assertEquals(IngestResult.Status.STORED, r.get(0).status());
            assertEquals(IngestResult.Status.ALREADY_STORED, r.get(1).status());
            assertEquals(2, store.scalar("SELECT count(*) FROM events"));
        }
    }

    @Test
    void new_text_under_a_known_id_replaces_the_old_version_and_its_events() {
        Article v1 = Fixtures.article("a1", "Russia attacked Ukraine.", DAY, null);
        Article v2 = Fixtures.article("a1", "Russia attacked Ukraine again, officials said.", DAY, null);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(v1, List.of(Fixtures.event(v1, "e1", "RUSMIL", "UKRGOV", "190", 4, PloverType.ASSAULT),
                    Fixtures.event(v1, "e2", "UKRGOV", "RUSMIL", "111", 3, PloverType.ACCUSE)), Fixtures.PROVENANCE);
            IngestResult r = store.store(v2, List.of(Fixtures.event(v2, "e1", "RUSMIL", "UKRGOV", "190", 4,
                    PloverType.ASSAULT)), Fixtures.PROVENANCE);
            assertEquals(IngestResult.Status.REPLACED, r.status());
            assertTrue(store.contains(v2));
            assertFalse(store.contains(v1));
            assertEquals(1, store.scalar("SELECT count(*) FROM events"));
            assertEquals(2, store.scalar("SELECT count(*) FROM actors"));
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents"), "the emptied incident is dropped");
            assertEquals(1, store.scalar("SELECT num_events FROM incidents"));
        }
    }

    @Test
    void further_mentions_of_an_event_are_stored_and_counted_in_its_incident() {
        Article a = Fixtures.article("a1", "Russia attacked Ukraine. The attack on Ukraine went on.", DAY, null);
        Event e = Fixtures.event(a, "e1", "RUSMIL", "UKRGOV", "190", 4, PloverType.ASSAULT);
        Event mentionedAgain = new Event(e.articleId(), e.eventId(), e.sentenceIndex(), e.sentenceSpan(),
                e.sentenceText(), e.source(), e.target(), e.cameo(), e.quadClass(), e.goldstein(), e.plover(),
                e.factuality(), e.confidence(), e.triggerSpan(), e.triggerText(), e.rule(), List.of(new Span(25, 55)),
                e.attributes());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(a, List.of(mentionedAgain), Fixtures.PROVENANCE);
            assertEquals(1, store.scalar("SELECT count(*) FROM mentions WHERE span_start = 25 AND span_end = 55"));
            assertEquals(2, store.scalar("SELECT mention_count FROM events"));
            assertEquals(2, store.scalar("SELECT num_mentions FROM incidents"));
        }
    }

    @Test
    void contains_knows_articles_by_id_and_content_hash() {
        Article a = Fixtures.article("a1", "Some text.", DAY, null);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            assertFalse(store.contains(a));
            store.store(a, List.of(), Fixtures.PROVENANCE);
            assertTrue(store.contains("a1", EventStore.contentHash(a)));
            assertFalse(store.contains("a1", EventStore.contentHash(Article.of("a1", "Other text."))));
        }
    }

    @Test
    void a_failed_batch_stores_nothing_and_the_store_stays_usable() {
        Article a = Fixtures.article("a1", "Russia attacked Ukraine.", DAY, null);
        Article b = Fixtures.article("b1", "Ukraine accused Russia.", DAY, null);
        IngestItem good = IngestItem.of(a, List.of(Fixtures.event(a, "e1", "RUSMIL", "UKRGOV", "190", 4,
                PloverType.ASSAULT)), Fixtures.PROVENANCE);
        IngestItem bad = IngestItem.of(b, List.of(Fixtures.event(b, "e1", "UKRGOV", "RUSMIL", "111", 3,
                PloverType.ACCUSE), Fixtures.event(b, "e1", "UKRGOV", "RUSMIL", "111", 3, PloverType.ACCUSE)),
                Fixtures.PROVENANCE);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.storeAll(List.of(good, bad)));
            assertTrue(e.getMessage().contains("two events with id e1"), e.getMessage());
            assertEquals(0, store.scalar("SELECT count(*) FROM articles"));
            assertEquals(0, store.scalar("SELECT count(*) FROM events"));
            store.store(good);
            assertEquals(1, store.scalar("SELECT count(*) FROM events"));
            assertEquals(1, store.scalar("SELECT min(id) FROM events"), "ids handed out by the failed batch are reused");
        }
    }

    @Test
    void a_second_writer_in_the_same_process_gets_a_clear_error() {
        Path db = dir.resolve("s.duckdb");
        try (EventStore first = EventStore.open(db)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> EventStore.open(db));
            assertTrue(e.getMessage().contains("only one writer"), e.getMessage());
            assertThrows(StoreLockedException.class, () -> EventStore.openReadOnly(db));
        }
        try (EventStore again = EventStore.open(db)) {
            assertEquals(new Migrations(Migrations.DEFAULT_FOLDER).latest(), again.schemaVersion(),
                    "closing releases the store");
        }
    }

    @Test
    void a_read_only_store_answers_queries_and_refuses_writes() {
        Path db = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.storeAll(List.of(Fixtures.synthetic(1, 2, Fixtures.PROVENANCE)));
        }
        try (EventStore ro = EventStore.openReadOnly(db)) {
            assertEquals(2, ro.query(EventQuery.all()).rows().size());
            StoreException e = assertThrows(StoreException.class,
                    () -> ro.store(Fixtures.synthetic(2, 1, Fixtures.PROVENANCE)));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
    }

    @Test
    void opening_a_missing_store_read_only_says_how_to_create_one() {
        StoreException e = assertThrows(StoreException.class, () -> EventStore.openReadOnly(dir.resolve("no.duckdb")));
        assertTrue(e.getMessage().contains("dyad ingest"), e.getMessage());
    }

    @Test
    void provenance_is_recorded_once_per_distinct_version_and_dictionary_set() {
        CodingProvenance other = new CodingProvenance("0.2.0", Map.of("phoenix-verbs", "sha256:cccc"));
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.storeAll(List.of(Fixtures.synthetic(1, 1, Fixtures.PROVENANCE),
                    Fixtures.synthetic(2, 1, Fixtures.PROVENANCE), Fixtures.synthetic(3, 1, other)));
            assertEquals(2, store.scalar("SELECT count(*) FROM provenance"));
            assertEquals(1, store.scalar("SELECT count(*) FROM events e JOIN provenance p ON p.id = e.provenance_id"
                    + " WHERE p.dyad_version = '0.2.0'"));
        }
    }
}
