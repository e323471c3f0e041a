package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deriving verbs.tsv lines from a CAMEO.2.0-style verb dictionary: no model, no file. */
class CameoVerbImportTest {
    private static CameoVerbImport.Result convert(String text) {
        return CameoVerbImport.convert(new StringReader(text), "test.verbs.txt");
    }

    @Test
    void a_multi_word_pattern_stays_whole_as_a_phrase_pattern_and_a_reverse_code_is_kept() {
        List<String> lines = convert("""
                --- LIFT  [080]  ---
                LIFT
                - * {STATE OF EMERGENCY} [0814]
                - * VISIT [042:043]
                """).lines();
        assertTrue(lines.contains("lift\t-\tphrase\t* {state of emergency}\t0814"), lines.toString());
        assertTrue(lines.contains("lift\t-\tobj\tvisit\t042:043"), lines.toString());
    }

    @Test
    void a_bare_preposition_comes_after_every_pattern_that_names_a_word() {
        List<String> lines = convert("""
                --- DEMONSTRATE  [141]  ---
                DEMONSTRATE
                - * AGAINST [1411]
                - * (AGAINST REFORM) [1414]
                - * SKILL [---]
                """).lines();
        assertEquals(List.of("demonstrate\t-\t-\t-\t141", "demonstrate\t-\tprep:against\treform\t1414",
                "demonstrate\t-\tobj\tskill\t---", "demonstrate\t-\tprep:against\t-\t1411"), lines);
    }

    @Test
    void a_pattern_whose_synonym_set_is_empty_or_unknown_makes_no_line_that_matches_any_object() {
        CameoVerbImport.Result result = convert("""
                &NOTHING

                --- DEMAND  [100]  ---
                DEMAND
                - * &NOTHING [0231]
                - * &UNDEFINED [0232]
                """);
        assertEquals(List.of("demand\t-\t-\t-\t100"), result.lines());
    }

    @Test
    void a_line_the_verb_loader_would_refuse_is_left_out_with_its_reason() {
        CameoVerbImport.Result result = convert("""
                --- CAUSE  [042]  ---
                CAUSE
                - * VENTURE (WITH VISIT) VISIT) [042:043]
                """);
        assertEquals(List.of("cause\t-\t-\t-\t042"), result.lines());
        assertEquals(1, result.leftOut().size());
        assertTrue(result.leftOut().get(0).contains("unmatched ')'"), result.leftOut().toString());
    }

    @Test
    void the_catch_all_rule_on_an_existing_verb_file_drops_any_object_lines_and_puts_bare_prepositions_last() {
        CameoVerbImport.Result result = CameoVerbImport.withoutCatchAlls(List.of(
                "demand\t-\tobj\t-\t0231",
                "demonstrate\t-\tprep:against\t-\t1411",
                "demonstrate\t-\tobj\treform\t1414",
                "demonstrate\t-\t-\t-\t141"), "verbs.tsv");
        assertEquals(List.of("demonstrate\t-\tobj\treform\t1414", "demonstrate\t-\t-\t-\t141",
                "demonstrate\t-\tprep:against\t-\t1411"), result.lines());
        assertEquals(1, result.leftOut().size());
        assertTrue(result.leftOut().get(0).startsWith("demand\t-\tobj\t-\t0231"), result.leftOut().toString());
    }
}
