package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSearchTest {
    @TempDir
    Path dir;

    private EventStore store;

    private static IngestItem sentence(String id, LocalDate day, String text) {
        Article a = Fixtures.article(id, text, day, "https://example.org/" + id);
        return IngestItem.of(a, List.of(Fixtures.event(a, "e1", "UKRGOV", "RUSGOV", "112", 3, PloverType.ACCUSE)),
                Fixtures.PROVENANCE);
    }

    private void fill(IngestItem... items) {
        store = EventStore.open(dir.resolve("s.duckdb"));
        store.storeAll(List.of(items));
    }

    private List<String> ids(EventQuery q) {
        return store.query(q).rows().stream().map(EventRow::articleId).toList();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void a_word_matches_whole_words_in_any_case() {
        fill(sentence("a", LocalDate.of(2024, 1, 1), "Russian troops attacked a Ukrainian VILLAGE."),
                sentence("b", LocalDate.of(2024, 1, 2), "Villagers fled the villa."));
        assertEquals(List.of("a"), ids(EventQuery.all().text("village")));
        assertEquals(List.of("b"), ids(EventQuery.all().text("Villa")));
        assertEquals(List.of(), ids(EventQuery.all().text("vill")), "no prefix matching");
    }

    @Test
    void several_words_match_as_a_phrase_consecutive_and_in_order() {
        fill(sentence("a", LocalDate.of(2024, 1, 1), "Ukraine accused Russia of War Crimes, officials said."),
                sentence("b", LocalDate.of(2024, 1, 2), "The crimes of war were listed."),
                sentence("c", LocalDate.of(2024, 1, 3), "A war over crimes."));
        assertEquals(List.of("a"), ids(EventQuery.all().text("war crimes")));
        assertEquals(List.of("b"), ids(EventQuery.all().text("crimes of war")));
        assertEquals(List.of("a"), ids(EventQuery.all().text("war   crimes,")), "spacing and punctuation are ignored");
    }

    @Test
    void punctuation_splits_words_in_the_sentence_and_in_the_query() {
        fill(sentence("a", LocalDate.of(2024, 1, 1), "Al-Shabaab's fighters attacked the base."));
        assertEquals(List.of("a"), ids(EventQuery.all().text("al shabaab")));
        assertEquals(List.of("a"), ids(EventQuery.all().text("AL-SHABAAB")));
        assertEquals(List.of(), ids(EventQuery.all().text("alshabaab")));
    }

    @Test
    void a_phrase_behind_many_newer_sentences_with_the_same_words_out_of_order_is_still_found() {
        List<IngestItem> items = new ArrayList<>();
        items.add(sentence("match", LocalDate.of(2024, 1, 1), "Talks on a ceasefire deal resumed."));
        for (int i = 0; i < 30; i++) {
            items.add(sentence("near-" + i, LocalDate.of(2024, 2, 1).plusDays(i),
                    "A deal was signed after the ceasefire " + i + "."));
        }
        fill(items.toArray(IngestItem[]::new));
        QueryResult r = store.query(EventQuery.all().text("ceasefire deal").limit(1));
        assertEquals(List.of("match"), r.rows().stream().map(EventRow::articleId).toList());
        assertFalse(r.truncated());
        assertEquals(30, store.query(EventQuery.all().text("after the ceasefire").limit(100)).rows().size());
    }

    @Test
    void text_combines_with_the_other_filters() {
        fill(sentence("a", LocalDate.of(2024, 1, 1), "Ukraine accused Russia of shelling."),
                sentence("b", LocalDate.of(2024, 3, 1), "Ukraine accused Russia of shelling again."));
        assertEquals(List.of("b"), ids(EventQuery.all().text("shelling").between(LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 4, 1))));
        assertEquals(List.of(), ids(EventQuery.all().text("shelling").cameoRoot("19")));
        assertEquals(List.of("b", "a"), ids(EventQuery.all().text("shelling").actor("UKR")));
    }

    @Test
    void a_text_without_letters_or_digits_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventQuery.all().text("--- !"));
        assertTrue(e.getMessage().contains("no word"), e.getMessage());
    }

    @Test
    void a_version_1_store_gets_its_word_index_filled_when_opened_for_writing() throws Exception {
        Path db = dir.resolve("old.duckdb");
        fill(sentence("a", LocalDate.of(2024, 1, 1), "Protesters gathered in the capital."),
                sentence("b", LocalDate.of(2024, 1, 2), "Rebels seized the airport."));
        store.close();
        store = null;
        java.nio.file.Files.copy(dir.resolve("s.duckdb"), db);
        // Turn the copy back into a version 1 store: no word index, schema version 1.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE events DROP COLUMN sentence_words");
            s.execute("DELETE FROM schema_version WHERE version >= 2");
        }
        StoreVersionException stale = assertThrows(StoreVersionException.class, () -> EventStore.openReadOnly(db));
        assertTrue(stale.getMessage().contains("open it once for writing"), stale.getMessage());
        try (EventStore migrated = EventStore.open(db)) {
            assertEquals(new Migrations(Migrations.DEFAULT_FOLDER).latest(), migrated.schemaVersion());
            assertEquals(0, migrated.scalar("SELECT count(*) FROM events WHERE sentence_words IS NULL"));
            assertEquals(List.of("b"), migrated.query(EventQuery.all().text("airport")).rows().stream()
                    .map(EventRow::articleId).toList());
            assertEquals(List.of("a"), migrated.query(EventQuery.all().text("the capital")).rows().stream()
                    .map(EventRow::articleId).toList());
        }
    }
}
