package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.dyad.core.facts.PatternKind;
import org.junit.jupiter.api.Test;

class VerbUsageTest {
    private static final String CAMEO = String.join("\n",
            "&CURRENCY",
            "+DOLLAR",
            "",
            "---  ALLOW   [080]  ---",
            "+GO_BY {+WENT_BY +GOES_BY }",
            "ALLOW ",
            "PERMIT {PERMITS PERMITTED }  # jw  11/14/91",
            "- * BUDGET                      [---]   # APPROVE",
            "- * &CURRENCY                   [0331]  # APPROVE",
            "",
            "---  MEET_PEOPLE   [040]  ---",
            "MEET ",
            "- WITH * [040]",
            "");

    private final VerbBlocks blocks = VerbBlocks.read(new StringReader(CAMEO));

    @Test
    void a_verb_is_in_the_block_that_lists_it_and_a_particle_reading_in_its_verb_block() {
        assertEquals("ALLOW [080]", blocks.blockOf("permit"));
        assertEquals("ALLOW [080]", blocks.blockOf("go by"));
        assertEquals("MEET_PEOPLE [040]", blocks.blockOf("meet with"));
        assertEquals("URGE", blocks.blockOf("urge"), "a verb no block lists is a block of its own");
        assertEquals(4, blocks.size(), "set members, patterns and comments are no verbs");
    }

    @Test
    void a_block_counts_its_events_by_default_slot_and_phrase_most_frequent_pattern_first() {
        VerbUsage usage = new VerbUsage(blocks, 1);
        usage.count("allow", Optional.of(PatternKind.DEFAULT), "080", "allows | it allows them to make inroads");
        usage.count("allow [passive]", Optional.of(PatternKind.DEFAULT), "080", "allowed | they are allowed to enter");
        usage.count("permit +obj dollar", Optional.of(PatternKind.SLOT), "0331", "permitted | permitted dollars");
        usage.count("meet with [joint]", Optional.of(PatternKind.DEFAULT), "040", "met | met with Gondor");
        usage.count("standing noun [noun talk]", Optional.of(PatternKind.NOMINAL), "040", "talks | the talks");

        List<VerbUsage.Row> rows = usage.rows();
        assertEquals(List.of("ALLOW [080]", VerbUsage.NOUNS, "MEET_PEOPLE [040]"),
                rows.stream().map(VerbUsage.Row::block).toList());
        VerbUsage.Row allow = rows.get(0);
        assertEquals(List.of(3, 2, 1, 0), List.of(allow.events(), allow.byDefault(), allow.bySlot(), allow.byPhrase()));
        VerbUsage.PatternCount first = allow.patterns().get(0);
        assertEquals("allow", first.pattern(), "the coder's notes are no part of the pattern");
        assertEquals(2, first.events());
        assertEquals(List.of("allows | it allows them to make inroads"), first.examples(), "one example kept per pattern");
        assertEquals("permit +obj dollar", allow.patterns().get(1).pattern());
    }

    @Test
    void a_rules_verb_entry_is_its_first_word_and_a_particle() {
        assertEquals("meet with", VerbUsage.verbKey("meet with"));
        assertEquals("take", VerbUsage.verbKey("take +obj office"));
        assertEquals("abandon", VerbUsage.verbKey("abandon * {economic relations}"));
        assertEquals("free", VerbUsage.verbKey("free + * (from $)"));
        assertEquals("kill", VerbUsage.withoutNotes("kill [passive] [unnamed perpetrator]"));
    }

    @Test
    void a_negative_number_of_examples_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new VerbUsage(blocks, -1));
    }
}
