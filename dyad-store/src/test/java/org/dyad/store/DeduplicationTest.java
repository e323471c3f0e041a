package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicate articles and incidents, on two Voice of America stories (public domain; credit
 * Voice of America / voanews.com).
 */
class DeduplicationTest {
    @TempDir
    Path dir;

    private static Article iraq;
    private static Article syria;

    @BeforeAll
    static void loadStories() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> stories = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DeduplicationTest.class.getResourceAsStream("/voa/voa_two_stories.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                stories.add(json.readTree(line));
            }
        }
        iraq = voa(stories.get(0));
        syria = voa(stories.get(1));
        assertTrue(iraq.title().orElseThrow().startsWith("Iraq says key Islamic State leader"));
        assertTrue(syria.title().orElseThrow().startsWith("UN urges end to violence in Syria"));
    }

    private static Article voa(JsonNode n) {
        return new Article(n.get("id").asText(), n.get("text").asText(),
                Optional.of(LocalDate.parse(n.get("published").asText().substring(0, 10))),
                Optional.of(n.get("url").asText()), Optional.of(n.get("title").asText()));
    }

    /**
     * A syndicated copy: another outlet, a dateline added, the last two sentences cut, a few
     * words changed, published the next day.
     */
    private static Article syndicatedCopyOf(Article a) {
        String text = a.text();
        int cut = text.lastIndexOf(". ", text.lastIndexOf(". ") - 1);
        String edited = "BAGHDAD (Syndicated) - " + text.substring(0, cut + 1).replace("officials", "authorities")
                .replace("Friday", "on Friday");
        return new Article("wire-" + a.id(), edited, a.published().map(d -> d.plusDays(1)),
                Optional.of("https://www.syndicate.example.com/world/" + a.id()),
                Optional.of("Iraq: Islamic State deputy leader killed"));
    }

    private static IngestItem killing(Article a) {
        return IngestItem.of(a, List.of(Fixtures.event(a, "e1", "IRQMIL", "IRQREB", "190", 4, PloverType.ASSAULT)),
                Fixtures.PROVENANCE);
    }

    private static IngestItem appeal(Article a) {
        return IngestItem.of(a, List.of(Fixtures.event(a, "e1", "IGOUNO", "SYRGOV", "102", 1, PloverType.REQUEST)),
                Fixtures.PROVENANCE);
    }

    @Test
    void a_syndicated_copy_is_linked_to_the_original_and_its_event_joins_the_same_incident() {
        Article copy = syndicatedCopyOf(iraq);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(killing(iraq));
            IngestResult r = store.store(killing(copy));
            assertEquals(iraq.id(), r.duplicateOf().orElseThrow().original());
            assertTrue(r.duplicateOf().get().similarity() >= BatchWriter.DUPLICATE_THRESHOLD);
            assertEquals(0, r.newIncidents());
            assertEquals(1, r.joinedIncidents());
            assertEquals(1, store.scalar("SELECT count(*) FROM incidents"));
            assertEquals(2, store.scalar("SELECT num_articles FROM incidents"));
            assertEquals(2, store.scalar("SELECT num_sources FROM incidents"), "voanews.com and syndicate.example.com");
            assertEquals(2, store.scalar("SELECT num_mentions FROM incidents"));
            assertEquals(1, store.summary().duplicateArticles());
        }
    }

    @Test
    void two_different_stories_stay_apart() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(killing(iraq));
            IngestResult r = store.store(appeal(syria));
            assertTrue(r.duplicateOf().isEmpty());
            assertEquals(0, store.scalar("SELECT count(*) FROM article_duplicates"));
            assertEquals(2, store.scalar("SELECT count(*) FROM incidents"));
        }
    }

    @Test
    void a_copy_arriving_in_the_same_batch_as_its_original_is_linked_too() {
        Article copy = syndicatedCopyOf(iraq);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            List<IngestResult> r = store.storeAll(List.of(killing(iraq), appeal(syria), killing(copy)));
            assertTrue(r.get(0).duplicateOf().isEmpty());
            assertTrue(r.get(1).duplicateOf().isEmpty());
            assertEquals(iraq.id(), r.get(2).duplicateOf().orElseThrow().original());
            assertEquals(2, store.scalar("SELECT count(*) FROM incidents"));
        }
    }

    @Test
    void a_copy_of_a_copy_links_to_the_first_stored_article() {
        Article copy = syndicatedCopyOf(iraq);
        Article copy2 = new Article("reprint-1", copy.text() + " Reprinted with permission.", copy.published(),
                Optional.of("https://reprints.example.net/1"), Optional.empty());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(killing(iraq));
            store.store(killing(copy));
            assertEquals(iraq.id(), store.store(killing(copy2)).duplicateOf().orElseThrow().original());
            assertEquals(3, store.scalar("SELECT num_articles FROM incidents"));
        }
    }

    @Test
    void signatures_of_a_version_3_store_are_kept_but_never_compared_with_the_new_family() throws Exception {
        Path db = dir.resolve("v3.duckdb");
        // A store as Dyad left it at schema version 3, holding the Iraq story and its band rows. Its
        // signature has the value the current family computes, so only the migration's scheme mark
        // keeps the copy stored below from being linked to it.
        int[] sig = MinHash.signature(iraq.text());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            c.setAutoCommit(false);
            new Migrations(Migrations.DEFAULT_FOLDER, 3).migrate(c, db.toString());
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO articles VALUES ('" + iraq.id() + "', 1, NULL, NULL, DATE '"
                        + iraq.published().orElseThrow() + "', 'voanews.com', '" + EventStore.contentHash(iraq) + "', "
                        + iraq.text().length() + ", " + Arrays.toString(sig) + ", now())");
                s.execute("INSERT INTO article_bands SELECT DATE '" + iraq.published().orElseThrow() + "', unnest("
                        + Arrays.toString(MinHash.bands(sig)) + "), '" + iraq.id() + "'");
            }
            c.commit();
        }
        Article copy = syndicatedCopyOf(iraq);
        Article reprint = new Article("reprint-1", copy.text() + " Reprinted with permission.", copy.published(),
                Optional.of("https://reprints.example.net/1"), Optional.empty());
        try (EventStore store = EventStore.open(db)) {
            assertEquals(new Migrations(Migrations.DEFAULT_FOLDER).latest(), store.schemaVersion());
            assertEquals(1, store.scalar("SELECT minhash_scheme FROM articles WHERE len(minhash) = 128"));
            assertEquals(0, store.scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'article_bands'"));
            assertTrue(store.store(killing(copy)).duplicateOf().isEmpty(), "compared with a scheme 1 signature");
            assertEquals(copy.id(), store.store(killing(reprint)).duplicateOf().orElseThrow().original());
        }
    }

    @Test
    void minhash_estimates_are_one_for_identical_text_and_near_zero_for_different_stories() {
        int[] a = MinHash.signature(iraq.text());
        assertEquals(1.0, MinHash.similarity(a, MinHash.signature(iraq.text())));
        assertTrue(MinHash.similarity(a, MinHash.signature(syria.text())) < 0.1);
        assertTrue(MinHash.similarity(a, MinHash.signature(syndicatedCopyOf(iraq).text())) > 0.75);
        assertEquals(null, MinHash.signature(" ... "), "a text without words has no signature");
    }
}
