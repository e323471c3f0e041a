package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events from different articles with the same source, target, CAMEO code, place and a date within a day. */
class IncidentTest {
    @TempDir
    Path dir;

    private static final LocalDate D = LocalDate.of(2024, 6, 10);
    /** Incidents with the key columns of their first event. */
    private static final String KEYED = "incidents i JOIN events e ON e.id = i.first_event_id";

    private static IngestItem report(String id, LocalDate published, String url, String source, String target,
            String cameo, EventPlace place) {
        Article a = Fixtures.article(id, "Report " + id + " about a clash.", published, url);
        Event e = Fixtures.event(a, "e1", source, target, cameo, 4, PloverType.ASSAULT);
        EventFacts f = place == null ? EventFacts.of(e) : Fixtures.located(e, place, 3);
        return IngestItem.withFacts(a, List.of(f), Fixtures.PROVENANCE);
    }

    private static IngestItem report(String id, LocalDate published, String url) {
        return report(id, published, url, "RUSMIL", "UKRGOV", "190", Fixtures.KYIV);
    }

    @Test
    void reports_a_day_apart_form_one_incident_whose_counts_grow_as_articles_arrive() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            assertEquals(1, store.store(report("a", D, "https://one.example/a")).newIncidents());
            assertEquals(1, store.store(report("b", D.plusDays(1), "https://two.example/b")).joinedIncidents());
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents"));
            assertEquals(2, store.scalar("SELECT num_articles FROM incidents"));
            store.store(report("c", D.minusDays(1), "https://two.example/c"));
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents"));
            assertEquals(3, store.scalar("SELECT num_articles FROM incidents"));
            assertEquals(2, store.scalar("SELECT num_sources FROM incidents"), "two outlets");
            assertEquals(3, store.scalar("SELECT num_mentions FROM incidents"));
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents WHERE first_date = DATE '2024-06-09'"
                    + " AND last_date = DATE '2024-06-11' AND anchor_date = DATE '2024-06-10'"));
        }
    }

    @Test
    void an_incident_opened_and_joined_within_one_batch_is_written_with_its_counts() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            List<IngestResult> r = store.storeAll(List.of(report("a", D, "https://one.example/a"),
                    report("b", D.plusDays(1), "https://one.example/b"), report("c", D, "https://two.example/c"),
                    report("d", D, null)));
            assertEquals(List.of(1, 0, 0, 0), r.stream().map(IngestResult::newIncidents).toList());
            assertEquals(List.of(0, 1, 1, 1), r.stream().map(IngestResult::joinedIncidents).toList());
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents"));
            assertEquals(4, store.scalar("SELECT num_articles FROM incidents"));
            assertEquals(2, store.scalar("SELECT num_sources FROM incidents"), "one.example and two.example");
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents WHERE first_date = DATE '2024-06-10'"
                    + " AND last_date = DATE '2024-06-11'"));
        }
    }

    @Test
    void reports_two_days_apart_are_separate_incidents() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(report("a", D, null));
            store.store(report("b", D.plusDays(2), null));
            assertEquals(2, store.scalar("SELECT count(*) FROM incidents"));
        }
    }

    @Test
    void a_different_target_code_or_place_makes_a_different_incident() {
        EventPlace kharkiv = new EventPlace(706483, "Kharkiv", Optional.of("UA"), Optional.empty(), 49.98, 36.25);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(report("a", D, null));
            store.store(report("b", D, null, "RUSMIL", "UKRMIL", "190", Fixtures.KYIV));
            store.store(report("c", D, null, "RUSMIL", "UKRGOV", "193", Fixtures.KYIV));
            store.store(report("d", D, null, "RUSMIL", "UKRGOV", "190", kharkiv));
            store.store(report("e", D, null, "RUSMIL", "UKRGOV", "190", null));
            assertEquals(5, store.scalar("SELECT count(*) FROM incidents"));
        }
    }

    @Test
    void undated_events_never_merge() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(report("a", null, null));
            store.store(report("b", null, null));
            assertEquals(2, store.scalar("SELECT count(*) FROM incidents"));
        }
    }

    @Test
    void an_event_date_of_its_own_wins_over_the_publication_date() {
        Article a = Fixtures.article("a", "Report a.", D.plusDays(5), null);
        Event e = Fixtures.event(a, "e1", "RUSMIL", "UKRGOV", "190", 4, PloverType.ASSAULT);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(report("b", D, null));
            store.store(IngestItem.withFacts(a, List.of(new EventFacts(e, Optional.of(D), Optional.of(Fixtures.KYIV),
                    EventQuantities.none())), Fixtures.PROVENANCE));
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents"));
        }
    }

    @Test
    void a_later_article_counts_against_the_incident_as_a_replacement_left_it() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.storeAll(List.of(report("a", D, "https://one.example/a"), report("b", D, "https://two.example/b")));
            assertEquals(2, store.scalar("SELECT num_sources FROM incidents"));
            // b's new version reports another kind of attack: the incident loses it, a new one opens.
            IngestItem edited = report("b", D, "https://two.example/b", "RUSMIL", "UKRGOV", "193", Fixtures.KYIV);
            IngestItem b2 = IngestItem.withFacts(Fixtures.article("b", "Report b, corrected.", D,
                    "https://two.example/b"), edited.events(), Fixtures.PROVENANCE);
            assertEquals(IngestResult.Status.REPLACED, store.store(b2).status());
            assertEquals(1, store.scalar("SELECT num_articles FROM " + KEYED + " WHERE e.cameo = '190'"));
            IngestResult c = store.store(report("c", D.plusDays(1), "https://two.example/c"));
            assertEquals(1, c.joinedIncidents());
            assertEquals(1, store.scalar("SELECT count(*) FROM " + KEYED + " WHERE e.cameo = '190' AND num_events = 2"
                    + " AND num_articles = 2 AND num_sources = 2"), "a and c, from two outlets");
            assertEquals(2, store.scalar("SELECT count(*) FROM incidents"));
        }
    }

    @Test
    void an_incident_stored_by_an_earlier_session_is_joined_with_its_outlets_counted_once() {
        Path db = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.storeAll(List.of(report("a", D, "https://one.example/a"), report("b", D, "https://two.example/b")));
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(1, store.store(report("c", D.plusDays(1), "https://one.example/c")).joinedIncidents());
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents"));
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents WHERE num_events = 3 AND num_articles = 3"
                    + " AND num_sources = 2 AND last_date = DATE '2024-06-11'"), "one.example was counted already");
        }
    }

    @Test
    void an_incident_opened_by_a_batch_that_failed_is_not_joined_afterwards() {
        Article bad = Fixtures.article("bad", "Report bad.", D, null);
        Event twice = Fixtures.event(bad, "e1", "USAGOV", "CHNGOV", "042", 1, PloverType.CONSULT);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            assertThrows(IllegalArgumentException.class, () -> store.storeAll(List.of(report("a", D, null),
                    IngestItem.of(bad, List.of(twice, twice), Fixtures.PROVENANCE))));
            IngestResult b = store.store(report("b", D, null));
            assertEquals(1, b.newIncidents());
            assertEquals(0, b.joinedIncidents());
            assertEquals(1, store.scalar("SELECT num_events FROM incidents"));
        }
    }

    @Test
    void an_incident_of_a_version_4_store_loses_its_key_columns_and_is_joined_after_the_upgrade() throws Exception {
        Path db = dir.resolve("v4.duckdb");
        // A store as Dyad left it at schema version 4: one article, its event and its incident.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            c.setAutoCommit(false);
            new Migrations(Migrations.DEFAULT_FOLDER, 4).migrate(c, db.toString());
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO provenance VALUES (1, 'f', '0.1.0', '{}', now())");
                s.execute("INSERT INTO articles (id, seq, published, source, content_hash, text_chars, ingested_at)"
                        + " VALUES ('a', 1, DATE '2024-06-10', 'one.example', 'h', 10, now())");
                s.execute("INSERT INTO events (id, article_id, coder_event_id, sentence_index, sentence_start,"
                        + " sentence_end, sentence_text, source_code, source_text, source_start, source_end,"
                        + " target_code, cameo, quad_class, goldstein, factuality, confidence, trigger_start,"
                        + " trigger_end, trigger_text, rule, mention_count, event_date, geonameid, incident_id,"
                        + " provenance_id) VALUES (1, 'a', 'e1', 0, 0, 10, 'Report a.', 'RUSMIL', 'RUS', 0, 3,"
                        + " 'UKRGOV', '190', 4, -10, 'ASSERTED', 0.9, 0, 3, 'Rep', 'r', 1, DATE '2024-06-10', 703448,"
                        + " 1, 1)");
                s.execute("INSERT INTO incidents VALUES (1, 'RUSMIL|UKRGOV|190|703448', 'RUSMIL', 'UKRGOV', '190',"
                        + " 703448, DATE '2024-06-10', DATE '2024-06-10', DATE '2024-06-10', 1, 1, 1, 1, 1)");
            }
            c.commit();
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(0, store.scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'incidents'"
                    + " AND column_name IN ('incident_key', 'source_code', 'target_code', 'cameo', 'geonameid')"));
            IngestResult b = store.store(report("b", D.plusDays(1), "https://two.example/b"));
            assertEquals(1, b.joinedIncidents());
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents WHERE num_events = 2 AND num_articles = 2"
                    + " AND num_sources = 2 AND last_date = DATE '2024-06-11'"));
        }
    }
}
