package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format is written, read back and checked. */
class ExportTest {
    @TempDir
    Path dir;

    private EventStore store;

    /** 12 synthetic articles of 3 events, plus one located two-event article: 38 events. */
    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("s.duckdb"));
        List<IngestItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(Fixtures.synthetic(i, 3, Fixtures.PROVENANCE));
        }
        Article a = Fixtures.article("kyiv-1", "Russian forces shelled Kyiv, killing 3.\tTabs\nand lines.",
                LocalDate.of(2024, 2, 29), "https://www.voanews.com/a/kyiv-1");
        Event shell = Fixtures.event(a, "e1", "RUSMIL", "UKRGOV", "195", 4, PloverType.ASSAULT);
        Event talk = Fixtures.event(a, "e2", "IGOUNOGOV", null, "010", 0, null); // a statement: no PLOVER type
        items.add(IngestItem.withFacts(a, List.of(Fixtures.located(shell, Fixtures.KYIV, 3),
                Fixtures.located(talk, Fixtures.KYIV, 0)), Fixtures.PROVENANCE).withPlaces(Fixtures.kyivMentions()));
        store.storeAll(items);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void gdelt_export_has_61_tab_separated_fields_on_every_line_one_line_per_incident() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        long n = store.export(ExportFormat.GDELT, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(store.scalar("SELECT count(*) FROM incidents"), n);
        assertEquals(n, lines.size());
        for (String line : lines) {
            assertEquals(61, line.split("\t", -1).length, line);
        }
        String[] shell = lines.stream().map(l -> l.split("\t", -1)).filter(f -> f[26].equals("195")).findFirst()
                .orElseThrow();
        assertEquals("20240229", shell[1]);
        assertEquals("202402", shell[2]);
        assertEquals("2024", shell[3]);
        assertEquals("2024.1612", shell[4], "day 60 of a 366-day year: 2024 + 59 / 366");
        assertEquals("RUS", shell[7]);
        assertEquals("MIL", shell[12]);
        assertEquals("UKRGOV", shell[15]);
        assertEquals("195", shell[26]);
        assertEquals("19", shell[28]);
        assertEquals("4", shell[29]);
        assertEquals("Kyiv, 12, UA", shell[52]);
        assertEquals("703448", shell[58]);
        assertTrue(shell[59].matches("\\d{14}"), "DATEADDED is YYYYMMDDHHMMSS");
        assertEquals("https://www.voanews.com/a/kyiv-1", shell[60]);

        String[] talk = lines.stream().map(l -> l.split("\t", -1)).filter(f -> f[5].equals("IGOUNOGOV")).findFirst()
                .orElseThrow();
        assertEquals("", talk[7], "IGO is not a country");
        assertEquals("UNO", talk[8], "known group");
        assertEquals("IGO", talk[12]);
        assertEquals("GOV", talk[13]);
        assertEquals("", talk[15], "no target, empty Actor2 fields");
        assertEquals("1", talk[29], "neutral quad class 0 is written as GDELT's 1");
    }

    @Test
    void parquet_export_is_read_back_by_duckdb() throws Exception {
        Path out = dir.resolve("events.parquet");
        assertEquals(38, store.export(ExportFormat.PARQUET, out));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT id), sum(CASE WHEN cameo = '195'"
                        + " THEN dead END), max(dyad_version) FROM read_parquet('" + out + "')")) {
            r.next();
            assertEquals(38, r.getLong(1));
            assertEquals(38, r.getLong(2));
            assertEquals(3, r.getLong(3));
            assertEquals("0.1.0-test", r.getString(4));
        }
    }

    @Test
    void csv_export_has_a_header_and_one_row_per_event() throws Exception {
        Path out = dir.resolve("events.csv");
        assertEquals(38, store.export(ExportFormat.CSV, out));
        String header = Files.readAllLines(out).get(0);
        assertTrue(header.startsWith("id,article_id,coder_event_id,event_date,source_code"), header);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE sentence_text LIKE '%Tabs%lines.')"
                        + " FROM read_csv('" + out + "', header = true)")) {
            r.next();
            assertEquals(38, r.getLong(1));
            assertEquals(2, r.getLong(2), "a sentence with a tab and a newline survives quoting");
        }
    }

    @Test
    void plover_lines_parse_and_carry_the_required_fields_and_leave_out_events_without_a_plover_type()
            throws Exception {
        Path out = dir.resolve("events.plover.jsonl");
        assertEquals(37, store.export(ExportFormat.PLOVER, out));
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(out);
        assertEquals(37, lines.size());
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            for (String required : List.of("id", "date", "actor", "event")) {
                assertTrue(n.hasNonNull(required), required + " missing in " + line);
            }
            assertTrue(n.get("actor").isArray() && n.get("actor").get(0).has("code"));
            assertTrue(n.get("event").isArray() && n.get("event").size() == 1);
            assertTrue(n.get("mode").isArray() && n.get("context").isArray());
        }
        JsonNode shell = lines.stream().map(l -> read(json, l)).filter(n -> n.at("/dyad/cameo").asText().equals("195"))
                .findFirst().orElseThrow();
        assertEquals("RUS", shell.at("/actor/0/code").asText());
        assertEquals("MIL", shell.at("/actor/0/sector").asText());
        assertEquals("UKR", shell.at("/recipient/0/code").asText());
        assertEquals("ASSAULT", shell.at("/event/0").asText());
        assertEquals(4, shell.get("quadcode").asInt());
        assertEquals(3, shell.get("dead").asInt());
        assertEquals("Kyiv", shell.at("/eventloc/resolvedplace").asText());
        assertEquals(703448, shell.at("/eventloc/geonameid").asLong());
        assertEquals("sha256:aaaa", shell.at("/dyad/dictionaries/phoenix-verbs").asText());
        assertTrue(lines.stream().map(l -> read(json, l)).noneMatch(n -> n.at("/dyad/cameo").asText().equals("010")),
                "a public statement (010) has no PLOVER type and is no PLOVER record");
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void geojson_export_is_a_feature_collection_of_the_located_events() throws Exception {
        Path out = dir.resolve("events.geojson");
        assertEquals(2, store.export(ExportFormat.GEOJSON, out));
        JsonNode fc = new ObjectMapper().readTree(out.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(2, fc.get("features").size());
        JsonNode f = fc.get("features").get(0);
        assertEquals("Point", f.at("/geometry/type").asText());
        assertEquals(30.5238, f.at("/geometry/coordinates/0").asDouble(), 1e-9, "longitude first");
        assertEquals(50.4547, f.at("/geometry/coordinates/1").asDouble(), 1e-9);
        assertEquals("Kyiv", f.at("/properties/place").asText());
    }

    @Test
    void a_read_only_store_exports_every_format() throws Exception {
        Path db = store.path();
        store.close();
        try (EventStore ro = EventStore.openReadOnly(db)) {
            for (ExportFormat f : ExportFormat.values()) {
                Path out = dir.resolve("ro." + f.name().toLowerCase(java.util.Locale.ROOT));
                assertTrue(ro.export(f, out) > 0, f.name());
                assertTrue(Files.size(out) > 0, f.name());
            }
        }
        store = EventStore.open(db);
    }

    @Test
    void exporting_replaces_an_existing_file() throws Exception {
        Path out = dir.resolve("events.csv");
        Files.writeString(out, "old");
        store.export(ExportFormat.CSV, out);
        assertFalse(Files.readString(out).startsWith("old"));
    }

    @Test
    void export_formats_are_named_as_on_the_command_line() {
        assertEquals(ExportFormat.GEOJSON, ExportFormat.fromName("geojson"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.fromName("xml"));
        assertTrue(e.getMessage().contains("gdelt, plover, parquet, csv, geojson or places"), e.getMessage());
    }
}
