package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.NounEventDictionary;
import org.dyad.core.event.VerbDictionary;
import org.junit.jupiter.api.Test;

class DictionaryReaderTest {

    private static DictionaryReader.Parsed parse(String text) {
        return DictionaryReader.parse(new StringReader(text), "my.tsv");
    }

    private static DictionaryFormatException actorError(String text) {
        return assertThrows(DictionaryFormatException.class, () -> DictionaryReader.actors(parse(text), "my.tsv"));
    }

    @Test
    void reads_phrases_codes_kinds_dates_and_the_version() {
        ActorDictionary d = DictionaryReader.actors(parse("""
                #format dyad-actors/1
                #version 7
                # a comment
                Hamid Karzai\tAFGGOV\tperson\t2001-12-22\t2014-09-29
                the Kremlin\tRUSGOV\torganization   # trailing comment
                """), "my.tsv");
        assertEquals("my.tsv@7", d.version());
        ActorEntry karzai = d.entries().get(0);
        assertEquals(List.of("hamid", "karzai"), karzai.words());
        assertEquals(LocalDate.of(2014, 9, 29), karzai.to().orElseThrow());
        assertEquals(ActorKind.ORGANIZATION, d.entries().get(1).kind());
    }

    @Test
    void data_before_the_format_line_is_reported_with_its_line() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> parse("Kabul\tAFG\tcapital\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("#format"), e.getMessage());
    }

    @Test
    void a_file_without_a_format_line_is_reported() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> parse("# only comments\n"));
        assertTrue(e.getMessage().contains("no '#format' line"), e.getMessage());
    }

    @Test
    void a_wrong_field_count_is_reported_with_file_and_line() {
        DictionaryFormatException e = actorError("#format dyad-actors/1\nKabul\tAFG\tcapital\n\nTaliban AFGREB\n");
        assertEquals("my.tsv", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("my.tsv:4: expected 3 to 5"), e.getMessage());
    }

    @Test
    void a_bad_code_is_reported() {
        assertTrue(actorError("#format dyad-actors/1\nKabul\tafg1\tcapital\n").getMessage().contains("three upper-case"));
    }

    @Test
    void an_unknown_kind_lists_the_kinds() {
        assertTrue(actorError("#format dyad-actors/1\nKabul\tAFG\tcity\n").getMessage().contains("capital"));
    }

    @Test
    void a_bad_date_is_reported() {
        assertTrue(actorError("#format dyad-actors/1\nX\tAFGGOV\tperson\t2001/12/22\n").getMessage()
                .contains("YYYY-MM-DD"));
    }

    @Test
    void validity_that_ends_before_it_starts_is_reported() {
        assertTrue(actorError("#format dyad-actors/1\nX\tAFGGOV\tperson\t2010-01-01\t2001-01-01\n").getMessage()
                .contains("before it starts"));
    }

    @Test
    void an_empty_phrase_is_reported() {
        assertTrue(actorError("#format dyad-actors/1\n \tAFG\tcountry\n").getMessage().contains("empty phrase"));
    }

    @Test
    void a_file_of_another_format_is_refused() {
        assertTrue(actorError("#format dyad-agents/1\nsoldier\tMIL\n").getMessage().contains("expected 'dyad-actors/1'"));
    }

    @Test
    void agent_errors_name_the_line() {
        DictionaryFormatException count = assertThrows(DictionaryFormatException.class,
                () -> DictionaryReader.agents(parse("#format dyad-agents/1\nsoldier\n"), "my.tsv"));
        assertEquals(2, count.line());
        DictionaryFormatException role = assertThrows(DictionaryFormatException.class,
                () -> DictionaryReader.agents(parse("#format dyad-agents/1\nsoldier\tMILITARY\n"), "my.tsv"));
        assertTrue(role.getMessage().contains("three capitals"), role.getMessage());
    }

    @Test
    void verb_errors_name_the_line_and_the_fix() {
        DictionaryFormatException slot = assertThrows(DictionaryFormatException.class,
                () -> VerbDictionary.read(parse("#format dyad-verbs/1\nmeet\t-\tsubject\t-\t040\n"), "my.tsv"));
        assertTrue(slot.getMessage().contains("'obj', 'subj', 'prep:WORD' or 'phrase'"), slot.getMessage());
        DictionaryFormatException phrase = assertThrows(DictionaryFormatException.class,
                () -> VerbDictionary.read(parse("#format dyad-verbs/1\nabandon\t-\tphrase\t* {new relations\t163\n"),
                        "my.tsv"));
        assertTrue(phrase.getMessage().startsWith("my.tsv:2:") && phrase.getMessage().contains("missing '}'"),
                phrase.getMessage());
        DictionaryFormatException code = assertThrows(DictionaryFormatException.class,
                () -> VerbDictionary.read(parse("#format dyad-verbs/1\nmeet\t-\t-\t-\tforty\n"), "my.tsv"));
        assertTrue(code.getMessage().startsWith("my.tsv:2:"), code.getMessage());
        DictionaryFormatException count = assertThrows(DictionaryFormatException.class,
                () -> VerbDictionary.read(parse("#format dyad-verbs/1\nmeet\t040\n"), "my.tsv"));
        assertTrue(count.getMessage().contains("expected 5"), count.getMessage());
    }

    @Test
    void noun_errors_name_the_line() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> NounEventDictionary.read(parse("#format dyad-nouns/1\ntalks\tXX\n"), "my.tsv"));
        assertEquals(2, e.line());
    }

    @Test
    void a_later_dictionary_overrides_the_same_phrase_and_keeps_the_rest() {
        ActorDictionary base = DictionaryReader.actors(parse("#format dyad-actors/1\nmilitant\tUAF\torganization\nKabul\tAFG\tcapital\n"), "base");
        ActorDictionary mine = DictionaryReader.actors(parse("#format dyad-actors/1\nmilitant\tREB\torganization\n"), "mine");
        ActorDictionary merged = base.overriddenBy(mine);
        assertEquals(2, merged.entries().size());
        assertEquals("REB", merged.longestMatch(List.of("militant"), null, 0, null).orElseThrow().entry().code().code());
    }
}
