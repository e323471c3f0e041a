package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.text.Lexicon;
import org.junit.jupiter.api.Test;

/** The World Factbook's office texts become dated entries under the names news uses. */
class FactbookImportTest {
    private static final LocalDate FIRST = LocalDate.of(2016, 11, 26);
    private static final LocalDate SECOND = LocalDate.of(2021, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 5, 17);
    private static final ActorDictionary NONE = new ActorDictionary(List.of(), "none");

    @Test
    void an_office_text_gives_title_given_names_capitalised_surname_and_start() {
        List<FactbookOffices.Holder> holders = FactbookOffices.read("Interim President Shavkat MIRZIYOYEV (since 8 "
                + "September 2016); note - longtime President Islom KARIMOV died on 2 September 2016");
        assertEquals(1, holders.size());
        FactbookOffices.Holder h = holders.get(0);
        assertEquals(List.of("Shavkat"), h.given());
        assertEquals(List.of("Mirziyoyev"), h.surname());
        assertEquals(Optional.of("President"), h.shortTitle());
        assertEquals(Optional.of(LocalDate.of(2016, 9, 8)), h.since());
    }

    @Test
    void a_note_on_a_former_holder_is_no_holder() {
        assertTrue(FactbookOffices.read("vacant; former President Bashar al-ASAD was overthrown by Islamist rebels on "
                + "8 December 2024").isEmpty());
    }

    @Test
    void a_holder_is_gov_while_in_office_and_eli_after_under_the_names_news_uses() {
        List<FactbookImport.Record> records = List.of(
                new FactbookImport.Record(FIRST, "EG", "President Abdelfattah Said ELSISI (since 8 June 2014)",
                        "Prime Minister Sherif ISMAIL (since 12 September 2015)", null),
                new FactbookImport.Record(SECOND, "EG", "President Abdel Fattah EL-SISI (since 8 June 2014)",
                        "Prime Minister Mostafa MADBOULY (since 7 June 2018)", null),
                new FactbookImport.Record(LAST, "EG", "President Abdel Fattah EL-SISI (since 8 June 2014)",
                        "Prime Minister Mostafa MADBOULY (since 7 June 2018)", null));
        List<String> lines = FactbookImport.convert(records, Map.of("EG", "EGY"), NONE, Lexicon.empty()).lines();
        assertTrue(lines.contains("President Sisi\tEGYGOV\tperson\t2014-06-08\t"), lines.toString());
        assertTrue(lines.contains("El-Sisi\tEGYGOV\tperson\t2014-06-08\t"));
        // the 2016 spelling is the same man, still in office
        assertTrue(lines.contains("Elsisi\tEGYGOV\tperson\t2014-06-08\t"));
        // his successor's start ends the prime minister's office; out of office he is an elite
        assertTrue(lines.contains("Sherif Ismail\tEGYGOV\tperson\t2015-09-12\t2018-06-07"), lines.toString());
        assertTrue(lines.contains("Sherif Ismail\tEGYELI\tperson"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Abdelfattah Said Elsisi\tEGYELI")));
    }

    @Test
    void a_phrase_two_countries_share_is_left_out_and_said_so() {
        List<FactbookImport.Record> records = List.of(
                new FactbookImport.Record(LAST, "BL", "President Luis ARCE Catacora (since 8 November 2020)", null,
                        null),
                new FactbookImport.Record(LAST, "AR", "President Javier MILEI (since 10 December 2023)",
                        null, "Movement for Socialism or MAS [Evo MORALES] ++ Liberty Advances or LLA [Javier MILEI]"),
                new FactbookImport.Record(LAST, "PE", "President Jose MILEI (since 1 January 2020)", null,
                        "Liberty Advances or LLA [Jose MILEI]"));
        FactbookImport.Result r = FactbookImport.convert(records, Map.of("BL", "BOL", "AR", "ARG", "PE", "PER"), NONE,
                Lexicon.of(List.of("mas")));
        assertTrue(r.leftOut().stream().anyMatch(l -> l.startsWith("'President Milei': holders of [ARG, PER]")),
                r.leftOut().toString());
        assertTrue(r.lines().contains("Javier Milei\tARGGOV\tperson\t2023-12-10\t"));
        assertTrue(r.lines().contains("Movement for Socialism\tARGPTY\torganization"));
        assertFalse(r.lines().stream().anyMatch(l -> l.startsWith("MAS\t")), "an English word");
        assertFalse(r.lines().stream().anyMatch(l -> l.startsWith("LLA\t")), "two countries' parties");
    }

    @Test
    void an_office_ends_on_the_day_a_later_snapshots_note_gives_not_at_the_snapshot() {
        LocalDate before = LocalDate.of(2024, 9, 1);
        LocalDate after = LocalDate.of(2024, 12, 26);
        List<FactbookImport.Record> records = List.of(
                new FactbookImport.Record(FIRST, "SY", "President Bashar al-ASAD (since 17 July 2000)", null, null),
                new FactbookImport.Record(before, "SY", "President Bashar al-ASAD (since 17 July 2000)", null, null),
                new FactbookImport.Record(after, "SY", "vacant; former President Bashar al-ASAD was overthrown by "
                        + "Islamist rebels on 8 December 2024", null, null));
        List<String> lines = FactbookImport.convert(records, Map.of("SY", "SYR"), NONE, Lexicon.empty()).lines();
        assertTrue(lines.contains("Bashar Al-Asad\tSYRGOV\tperson\t2000-07-17\t2024-12-08"), lines.toString());
        assertTrue(lines.contains("Bashar Al-Asad\tSYRELI\tperson"));
    }

    @Test
    void a_note_beside_a_holder_still_named_ends_nothing() {
        List<FactbookImport.Record> records = List.of(
                new FactbookImport.Record(FIRST, "NL", "Prime Minister Mark RUTTE (since 14 October 2010)", null, null),
                new FactbookImport.Record(SECOND, "NL", "Prime Minister Mark RUTTE (since 14 October 2010); note - "
                        + "Prime Minister Mark RUTTE resigned on 15 January 2021", null, null),
                new FactbookImport.Record(LAST, "NL", "Prime Minister Dick SCHOOF (since 2 July 2024)", null, null));
        List<String> lines = FactbookImport.convert(records, Map.of("NL", "NLD"), NONE, Lexicon.empty()).lines();
        assertTrue(lines.contains("Mark Rutte\tNLDGOV\tperson\t2010-10-14\t2024-07-02"), lines.toString());
    }

    @Test
    void a_surname_some_holder_uses_as_a_given_name_does_not_stand_alone() {
        List<FactbookImport.Record> records = List.of(
                new FactbookImport.Record(LAST, "MY", "King Sultan Ibrahim ISKANDAR (since 31 January 2024)",
                        "Prime Minister Anwar IBRAHIM (since 24 November 2022)", null),
                new FactbookImport.Record(LAST, "UZ", "President Shavkat MIRZIYOYEV (since 14 December 2016)", null,
                        null));
        List<String> lines = FactbookImport.convert(records, Map.of("MY", "MYS", "UZ", "UZB"), NONE,
                Lexicon.empty()).lines();
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Ibrahim\t")), lines.toString());
        assertTrue(lines.contains("Anwar Ibrahim\tMYSGOV\tperson\t2022-11-24\t"));
        assertTrue(lines.contains("Mirziyoyev\tUZBGOV\tperson\t2016-12-14\t"));
    }
}
