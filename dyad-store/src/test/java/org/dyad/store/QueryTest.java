package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {
    @TempDir
    Path dir;

    private EventStore store;

    private static IngestItem one(String id, LocalDate day, String text, String src, String tgt, String cameo,
            int quad, PloverType type, double confidence) {
        Article a = Fixtures.article(id, text, day, "https://example.org/" + id);
        Event e = Fixtures.event(a, "e1", src, tgt, cameo, quad, type);
        Event withConfidence = new Event(e.articleId(), e.eventId(), e.sentenceIndex(), e.sentenceSpan(),
                e.sentenceText(), e.source(), e.target(), e.cameo(), e.quadClass(), e.goldstein(), e.plover(),
                Factuality.ASSERTED, confidence, e.triggerSpan(), e.triggerText(), e.rule(), e.mentions(),
                e.attributes());
        return IngestItem.of(a, List.of(withConfidence), Fixtures.PROVENANCE);
    }

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("s.duckdb"));
        store.storeAll(List.of(
                one("a", LocalDate.of(2024, 1, 5), "US and Iran held talks in Oman.", "USAGOV", "IRNGOV", "042", 1,
                        PloverType.CONSULT, 0.9),
                one("b", LocalDate.of(2024, 2, 5), "Russian troops attacked a Ukrainian village.", "RUSMIL", "UKRCVL",
                        "190", 4, PloverType.ASSAULT, 0.7),
                one("c", LocalDate.of(2024, 3, 5), "Ukraine accused Russia of war crimes.", "UKRGOV", "RUSGOV", "112",
                        3, PloverType.ACCUSE, 0.5),
                one("d", LocalDate.of(2024, 4, 5), "Iran threatened the United States.", "IRNGOV", "USAGOV", "138", 3,
                        PloverType.THREATEN, 0.95)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(EventQuery q) {
        return store.query(q).rows().stream().map(EventRow::articleId).toList();
    }

    @Test
    void no_filter_returns_everything_newest_first() {
        assertEquals(List.of("d", "c", "b", "a"), ids(EventQuery.all()));
    }

    @Test
    void actor_matches_a_code_prefix_on_either_side() {
        assertEquals(List.of("d", "a"), ids(EventQuery.all().actor("irn")));
        assertEquals(List.of("b"), ids(EventQuery.all().actor("RUSMIL")));
    }

    @Test
    void dyad_is_directed() {
        assertEquals(List.of("a"), ids(EventQuery.all().dyad("USA", "IRN")));
        assertEquals(List.of("d"), ids(EventQuery.all().dyad("IRN", "USA")));
    }

    @Test
    void cameo_code_and_root_filter() {
        assertEquals(List.of("b"), ids(EventQuery.all().cameo("190")));
        assertEquals(List.of("c"), ids(EventQuery.all().cameoRoot("11")));
    }

    @Test
    void plover_type_country_date_range_confidence_and_text_filter() {
        assertEquals(List.of("d"), ids(EventQuery.all().ploverType(PloverType.THREATEN)));
        assertEquals(List.of("c", "b"), ids(EventQuery.all().country("UKR")));
        assertEquals(List.of("c", "b"), ids(EventQuery.all().between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 5))));
        assertEquals(List.of("d", "a"), ids(EventQuery.all().minConfidence(0.9)));
        assertEquals(List.of("b"), ids(EventQuery.all().text("VILLAGE")));
        assertEquals(List.of(), ids(EventQuery.all().actor("USA").cameoRoot("19")));
    }

    @Test
    void limit_truncates_and_says_so() {
        QueryResult r = store.query(EventQuery.all().limit(3));
        assertEquals(3, r.rows().size());
        assertTrue(r.truncated());
        assertTrue(!store.query(EventQuery.all().limit(4)).truncated());
    }

    @Test
    void results_render_as_table_json_and_csv() throws Exception {
        QueryResult r = store.query(EventQuery.all().actor("IRN"));
        StringWriter table = new StringWriter();
        r.writeTo(OutputFormat.TABLE, table);
        assertTrue(table.toString().startsWith("id"), table.toString());
        assertTrue(table.toString().contains("IRNGOV") && table.toString().endsWith("2 events\n"), table.toString());
        StringWriter json = new StringWriter();
        r.writeTo(OutputFormat.JSON, json);
        JsonNode arr = new ObjectMapper().readTree(json.toString());
        assertEquals(2, arr.size());
        assertEquals("THREATEN", arr.get(0).get("plover").asText());
        StringWriter csv = new StringWriter();
        r.writeTo(OutputFormat.CSV, csv);
        String[] lines = csv.toString().split("\n");
        assertEquals(3, lines.length);
        assertEquals(String.join(",", QueryResult.COLUMNS), lines[0]);
    }

    @Test
    void an_event_without_plover_type_or_target_renders_in_every_format_and_is_no_dyad() throws Exception {
        store.storeAll(List.of(one("e", LocalDate.of(2024, 1, 1), "Iran said it was ready.", "IRNGOV", null, "010",
                0, null, 0.1)));
        QueryResult r = store.query(EventQuery.all().actor("IRN"));
        assertEquals(3, r.rows().size());
        assertTrue(r.rows().get(2).ploverType().isEmpty());
        StringWriter table = new StringWriter();
        r.writeTo(OutputFormat.TABLE, table);
        assertTrue(table.toString().endsWith("3 events\n"), table.toString());
        StringWriter json = new StringWriter();
        r.writeTo(OutputFormat.JSON, json);
        JsonNode statement = new ObjectMapper().readTree(json.toString()).get(2);
        assertEquals("010", statement.get("cameo").asText());
        assertTrue(statement.get("plover") == null || statement.get("plover").isNull(), statement.toString());
        StringWriter csv = new StringWriter();
        r.writeTo(OutputFormat.CSV, csv);
        assertEquals(4, csv.toString().split("\n").length);
        Summary s = store.summary();
        assertEquals(1L, s.byPloverType().get(Summary.NO_PLOVER_TYPE));
        assertEquals(4, s.topDyads().size(), s.topDyads().toString());
        assertTrue(s.topDyads().stream().noneMatch(c -> c.label().endsWith("->-")), s.topDyads().toString());
    }

    @Test
    void bad_filters_are_refused_with_an_example() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().cameoRoot("1"));
        assertTrue(e.getMessage().contains("e.g. 19"));
        assertThrows(IllegalArgumentException.class,
                () -> EventQuery.all().between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().minConfidence(1.5));
    }

    @Test
    void summary_counts_events_by_plover_type_and_top_dyads() {
        Summary s = store.summary();
        assertEquals(4, s.articles());
        assertEquals(4, s.events());
        assertEquals(1L, s.byPloverType().get("ASSAULT"));
        assertEquals(4, s.topDyads().size());
        assertTrue(s.render().contains("events     4"), s.render());
    }
}
