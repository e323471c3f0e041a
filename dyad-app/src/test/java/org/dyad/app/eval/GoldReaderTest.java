package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.codebooks.Codebooks;
import org.junit.jupiter.api.Test;

/** Reading the gold formats into records. */
class GoldReaderTest {
    private final GoldReader reader = new GoldReader();
    private final Map<String, String> legacy = reader.legacyTypes(new StringReader("""
            legacy_event(v0.5-0.7, GSR/UP files)\tplover_2021_event\tbasis
            AGREE\tAGREE\t
            DEMAND\tREQUEST\tmanual 2021: CAMEO 10 DEMAND -> REQUEST
            FIGHT\tASSAULT\tmanual 2021: CAMEO 19 FIGHT -> ASSAULT
            CRIME\t\tCRIME category removed in 2021 manual
            """), "legacy.tsv");

    @Test
    void plover_records_map_legacy_types_and_join_code_and_sector() {
        List<GoldRecord> read = reader.plover(new StringReader("""
                {"id": "G1", "text": "Serb police demanded ...", "event": "DEMAND", "source": [{"actorText": "Serb police", "code": "SRB", "sector": "COP"}], "target": [{"actorText": "UN", "code": "IGO"}]}
                """), "gsr.jsonl", legacy);
        GoldRecord r = read.get(0);
        assertEquals("REQUEST", r.category());
        assertEquals(List.of(new GoldEvent("SRBCOP", "IGO", Optional.empty(), "REQUEST")), r.events());
    }

    @Test
    void plover_joint_sources_without_targets_are_each_others_targets() {
        GoldRecord r = reader.plover(new StringReader("""
                {"id": "G2", "text": "...", "event": "AGREE", "source": [{"code": "USA"}, {"code": "JOR"}], "target": []}
                """), "gsr.jsonl", legacy).get(0);
        assertEquals(List.of(new GoldEvent("USA", "JOR", Optional.empty(), "AGREE"),
                new GoldEvent("JOR", "USA", Optional.empty(), "AGREE")), r.events());
    }

    @Test
    void plover_target_values_that_are_not_actors_are_ignored() {
        GoldRecord r = reader.plover(new StringReader("""
                {"id": "G3", "text": "...", "event": "FIGHT", "source": [{"code": "ISR"}], "target": ["diplomatic"]}
                """), "gsr.jsonl", legacy).get(0);
        assertEquals(List.of(new GoldEvent("ISR", "", Optional.empty(), "ASSAULT")), r.events());
    }

    @Test
    void a_plover_record_without_a_named_source_keeps_its_type_with_an_unknown_source() {
        GoldRecord r = reader.plover(new StringReader("""
                {"id": "G4", "text": "Three Iraqi civilians were killed in a bombing.", "event": "ASSAULT", "source": [], "target": [{"code": "IRQ", "sector": "CVL"}]}
                """), "gsr.jsonl", legacy).get(0);
        assertEquals(List.of(new GoldEvent(GoldReader.UNKNOWN, "IRQCVL", Optional.empty(), "ASSAULT")), r.events());
    }

    @Test
    void petrarch_records_carry_their_date_category_and_cameo_events_with_plover_types() {
        List<GoldRecord> read = reader.petrarch(new StringReader("""
                {"id": "DEMO_00", "category": "DEMO", "date": "19950101", "text": "Arnor is about to restore full diplomatic ties with Gondor.", "expected_events": [{"source": "ARN", "target": "GON", "event": "050"}], "expect_no_events": false}
                {"id": "PATTERN_04", "category": "PATTERN", "date": "20100110", "text": "...", "expected_events": [{"source": "HOB", "target": "GON", "event": "174L"}], "expect_no_events": false}
                {"id": "FINAL", "category": "DEMO", "date": "19950101", "text": "ALL OF THE UNIT TESTS WERE CODED CORRECTLY.", "expected_events": [], "expect_no_events": true}
                """), "unit.jsonl", Codebooks.bundled().cameo());
        assertEquals(Optional.of(LocalDate.of(1995, 1, 1)), read.get(0).date());
        assertEquals("DEMO", read.get(0).category());
        GoldEvent e = read.get(0).events().get(0);
        assertEquals(Optional.of("050"), e.cameo());
        assertEquals("SUPPORT", e.type(), "CAMEO 05 is PLOVER SUPPORT in the 2021 crosswalk");
        assertEquals(Optional.of("174"), read.get(1).events().get(0).cameo(), "letters after a code are dropped");
        assertEquals(List.of(), read.get(2).events());
    }

    @Test
    void petrarch_records_require_targets_unless_their_configuration_says_otherwise() {
        List<GoldRecord> read = reader.petrarch(new StringReader("""
                {"id": "A", "text": "t", "expected_events": [], "config_state": {"require_dyad": "TRUE"}}
                {"id": "B", "text": "t", "expected_events": [], "config_state": {"require_dyad": "false"}}
                {"id": "C", "text": "t", "expected_events": [], "config_state": {"stop_on_error": "True"}}
                """), "unit.jsonl", Codebooks.bundled().cameo());
        assertEquals(List.of(true, false, true), read.stream().map(GoldRecord::targetRequired).toList());
    }

    @Test
    void petrarch_records_that_test_a_broken_input_parse_are_left_out() {
        List<GoldRecord> read = reader.petrarch(new StringReader("""
                {"id": "ERROR_02", "text": "t", "expected_events": [], "expected_error": "bad_input_parse"}
                {"id": "DISCARD_01", "text": "t", "expected_events": [], "expected_error": "storydiscard"}
                """), "unit.jsonl", Codebooks.bundled().cameo());
        assertEquals(List.of("DISCARD_01"), read.stream().map(GoldRecord::id).toList());
    }

    @Test
    void realnews_records_keep_asserted_events_and_leave_untold_countries_open() {
        List<GoldRecord> read = reader.realnews(new StringReader("""
                {"id": "wn-1", "text": "Police arrested two men in Lagos.", "codings": 2, "events": [{"type": "COERCE", "cameo": "173", "source": {"country": "NGA", "sector": "COP", "text": "Police"}, "target": {"country": "---", "sector": "", "text": "two men"}, "factuality": "asserted"}]}
                {"id": "wn-2", "text": "The rebels may attack.", "codings": 2, "events": [{"type": "ASSAULT", "cameo": "190", "source": {"country": "---", "sector": "REB", "text": "rebels"}, "target": null, "factuality": "hypothetical"}]}
                {"id": "wn-3", "text": "Marchers protested.", "codings": 1, "events": [{"type": "PROTEST", "cameo": "141", "source": {"country": "---", "sector": "CVL", "text": "Marchers"}, "target": null, "factuality": "asserted"}]}
                """), "wikinews_events.jsonl");
        assertEquals(List.of(new GoldEvent("NGACOP", GoldEvent.ANY_PARTY, Optional.empty(), "COERCE")),
                read.get(0).events());
        assertEquals(List.of(), read.get(1).events(), "a hypothetical gold event is no event to find");
        assertEquals(List.of(new GoldEvent(GoldEvent.ANY_PARTY, "", Optional.empty(), "PROTEST")), read.get(2).events());
    }

    @Test
    void a_realnews_record_without_an_event_list_is_a_format_error() {
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.realnews(new StringReader(
                "{\"id\": \"wn-9\", \"text\": \"t\"}\n"), "wikinews_events.jsonl"));
        assertTrue(e.getMessage().contains("'events' must be a list"), e.getMessage());
    }

    @Test
    void a_bad_line_names_the_file_and_line() {
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.plover(new StringReader(
                "{\"id\": \"G1\", \"text\": \"t\", \"event\": \"AGREE\", \"source\": [{\"code\": \"USA\"}]}\n{not json\n"),
                "gsr.jsonl", legacy));
        assertTrue(e.getMessage().startsWith("gsr.jsonl:2: not valid JSON"), e.getMessage());
    }
}
