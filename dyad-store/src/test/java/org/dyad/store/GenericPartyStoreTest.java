package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.EventAttributes;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events with a party unnamed or generic (issue 14): a passive's implicit agent ({@code ---}, no
 * words), a role nothing owns ({@code ---COP}) with no target, a person no dictionary lists. The
 * store keeps them, every export writes the empty side cleanly, and filters by actor and
 * confidence find or leave them.
 */
class GenericPartyStoreTest {
    private static final String TEXT = "Navalny was arrested. Police dispersed the crowd. Smith met Navalny.";

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("s.duckdb"));
        Article a = Fixtures.article("generic-1", TEXT, LocalDate.of(2024, 3, 1), "https://example.org/generic-1");
        EventActor navalny = new EventActor(new ActorCode("RUSOPP"), "Navalny", new Span(0, 7), Optional.empty());
        Event arrest = event(a, "e1", new Span(0, 21), EventActor.implicitAgent(new Span(12, 20)),
                Optional.of(navalny), "173", 4, PloverType.COERCE, 0.45, new Span(12, 20));
        EventActor police = new EventActor(ActorCode.ofUnknownCountry("COP"), "Police", new Span(22, 28),
                Optional.empty(), ActorBasis.UNOWNED_ROLE);
        Event dispersal = event(a, "e2", new Span(22, 49), police, Optional.empty(), "1724", 4, PloverType.COERCE,
                0.05, new Span(29, 38));
        Event meeting = event(a, "e3", new Span(50, 68), EventActor.unlistedPerson("Smith", new Span(50, 55)),
                Optional.of(new EventActor(new ActorCode("RUSOPP"), "Navalny", new Span(60, 67), Optional.empty())),
                "040", 1, PloverType.CONSULT, 0.45, new Span(56, 59));
        store.storeAll(List.of(IngestItem.of(a, List.of(arrest, dispersal, meeting), Fixtures.PROVENANCE)));
    }

    private static Event event(Article a, String id, Span sentence, EventActor source, Optional<EventActor> target,
            String cameo, int quad, PloverType type, double confidence, Span trigger) {
        return new Event(a.id(), id, 0, sentence, sentence.of(a.text()), source, target, cameo, quad, -5.0,
                Optional.of(new Plover(type, Optional.empty(), Optional.empty())), Factuality.ASSERTED, confidence,
                trigger, trigger.of(a.text()), "test-rule", List.of(), EventAttributes.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void every_event_with_a_generic_party_is_kept_and_found_by_its_actor_or_left_out_by_confidence() {
        assertEquals(3, store.query(EventQuery.all()).rows().size());
        List<EventRow> police = store.query(EventQuery.all().actor("---COP")).rows();
        assertEquals(1, police.size());
        assertEquals("Police", police.get(0).sourceText());
        assertEquals(Optional.empty(), police.get(0).targetCode());
        assertEquals(2, store.query(EventQuery.all().actor("RUS")).rows().size(), "the named target finds both");
        EventRow arrest = store.query(EventQuery.all().cameo("173")).rows().get(0);
        assertEquals("---", arrest.sourceCode());
        assertEquals("", arrest.sourceText());
        assertEquals(2, store.query(EventQuery.all().minConfidence(0.3)).rows().size(),
                "a user leaves the weakest out by confidence");
    }

    @Test
    void gdelt_export_writes_a_party_of_no_known_country_as_empty_actor_columns() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        store.export(ExportFormat.GDELT, out);
        List<String[]> lines = Files.readAllLines(out).stream().map(l -> l.split("\t", -1)).toList();
        assertEquals(3, lines.size());
        for (String[] f : lines) {
            assertEquals(61, f.length);
        }
        String[] arrest = lines.stream().filter(f -> f[26].equals("173")).findFirst().orElseThrow();
        assertEquals("", arrest[5], "the implicit agent has no actor code");
        assertEquals("", arrest[7], "nor a country");
        assertEquals("RUSOPP", arrest[15]);
        String[] dispersal = lines.stream().filter(f -> f[26].equals("1724")).findFirst().orElseThrow();
        assertEquals("COP", dispersal[5], "GDELT writes a role of unknown country as the bare role");
        assertEquals("", dispersal[7]);
        assertEquals("COP", dispersal[12]);
        assertEquals("", dispersal[15], "no target");
    }

    @Test
    void plover_and_csv_exports_write_the_empty_side_and_drop_no_event() throws Exception {
        Path plover = dir.resolve("events.plover.jsonl");
        assertEquals(3, store.export(ExportFormat.PLOVER, plover));
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(plover)) {
            JsonNode n = json.readTree(line);
            assertTrue(n.get("actor").isArray() && n.get("actor").size() == 1, line);
            assertTrue(n.get("recipient").isArray(), line);
        }
        Path csv = dir.resolve("events.csv");
        assertEquals(3, store.export(ExportFormat.CSV, csv));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE source_code = '---'),"
                        + " count(*) FILTER (WHERE target_code IS NULL) FROM read_csv('" + csv + "', header = true,"
                        + " all_varchar = true)")) {
            r.next();
            assertEquals(3, r.getLong(1));
            assertEquals(2, r.getLong(2), "the implicit agent and the unlisted person");
            assertEquals(1, r.getLong(3));
        }
    }
}
