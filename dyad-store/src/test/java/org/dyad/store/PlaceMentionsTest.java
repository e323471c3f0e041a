package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's place mentions are stored with their kind, so that users can weigh or drop demonyms. */
class PlaceMentionsTest {
    private static final String TEXT = "Russian forces shelled Kyiv, killing 3.";

    @TempDir
    Path dir;

    private static IngestItem kyiv(String text) {
        Article a = Fixtures.article("kyiv-1", text, LocalDate.of(2024, 2, 29), null);
        Event shell = Fixtures.event(a, "e1", "RUSMIL", "UKRGOV", "195", 4, PloverType.ASSAULT);
        return IngestItem.of(a, List.of(shell), Fixtures.PROVENANCE);
    }

    @Test
    void a_demonym_and_a_toponym_are_stored_with_their_kind_span_place_and_rule() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(kyiv(TEXT).withPlaces(Fixtures.kyivMentions()));
            assertEquals(1, store.scalar("SELECT count(*) FROM place_mentions WHERE kind = 'demonym' AND text = 'Russian'"
                    + " AND start_char = 0 AND end_char = 7 AND resolution = 'country' AND centroid AND rule = 'demonym'"));
            assertEquals(1, store.scalar("SELECT count(*) FROM place_mentions m JOIN places p USING (geonameid)"
                    + " WHERE m.kind = 'toponym' AND p.name = 'Kyiv' AND m.rule = 'prior' AND NOT m.centroid"));
            assertEquals(1, store.scalar("SELECT count(*) FROM places WHERE name = 'Russia' AND country = 'RUS'"),
                    "the demonym's country is a place of the store");
        }
    }

    @Test
    void the_places_export_writes_one_csv_row_per_mention_with_its_kind() throws Exception {
        Path out = dir.resolve("places.csv");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(kyiv(TEXT).withPlaces(Fixtures.kyivMentions()));
            assertEquals(2, store.export(ExportFormat.fromName("places"), out));
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals("article_id,start_char,end_char,text,kind,geonameid,name,country,admin1,lat,lon,resolution,centroid,"
                + "score,rule", lines.get(0));
        assertTrue(lines.get(1).startsWith("kyiv-1,0,7,Russian,demonym,-2017370,Russia,RUS,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("kyiv-1,23,27,Kyiv,toponym,703448,Kyiv,UKR,Kyiv City,"), lines.get(2));
    }

    @Test
    void an_article_stored_again_with_new_text_keeps_only_its_new_mentions() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.store(kyiv(TEXT).withPlaces(Fixtures.kyivMentions()));
            store.store(kyiv(TEXT + " Updated.").withPlaces(Fixtures.kyivMentions().subList(1, 2)));
            assertEquals(1, store.scalar("SELECT count(*) FROM place_mentions"));
            assertEquals(1, store.scalar("SELECT count(*) FROM place_mentions WHERE kind = 'toponym'"));
        }
    }

    @Test
    void a_mention_outside_its_article_is_refused_before_anything_is_stored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kyiv("Kyiv.").withPlaces(Fixtures.kyivMentions()));
        assertTrue(e.getMessage().contains("outside article kyiv-1"), e.getMessage());
    }

    @Test
    void a_version_5_store_gains_the_place_mentions_table_and_keeps_its_events() throws Exception {
        Path db = dir.resolve("v5.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            c.setAutoCommit(false);
            new Migrations(Migrations.DEFAULT_FOLDER, 5).migrate(c, db.toString());
            c.commit();
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(6, store.schemaVersion());
            assertEquals(0, store.scalar("SELECT count(*) FROM place_mentions"));
            store.store(kyiv(TEXT).withPlaces(Fixtures.kyivMentions()));
            assertEquals(2, store.scalar("SELECT count(*) FROM place_mentions"));
            assertEquals(1, store.scalar("SELECT count(*) FROM events"));
        }
    }
}
