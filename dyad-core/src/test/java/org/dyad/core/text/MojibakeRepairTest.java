package org.dyad.core.text;

import static org.dyad.core.text.RepairAssertions.assertUnchanged;
import static org.dyad.core.text.RepairAssertions.repaired;
import static org.dyad.core.text.RepairAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
    private final MojibakeRepair step = new MojibakeRepair();

    @Test
    void decodes_a_curly_apostrophe_read_as_windows_1252() {
        assertEquals("Russia\u2019s envoy", repaired("Russia\u00e2\u20ac\u2122s envoy", step));
    }

    @Test
    void decodes_an_accented_letter_read_as_latin_1() {
        assertEquals("caf\u00e9 and S\u00e3o Paulo", repaired("caf\u00c3\u00a9 and S\u00c3\u00a3o Paulo", step));
    }

    @Test
    void decodes_bytes_windows_1252_leaves_undefined_as_latin_1_controls() {
        // U+00C1 is C3 81; byte 81 has no Windows-1252 character, so a decoder gives U+0081.
        assertEquals("\u00c1frica", repaired("\u00c3\u0081frica", step));
    }

    @Test
    void decodes_text_that_was_mis_decoded_twice() {
        String once = "\u00e2\u20ac\u2122"; // ’ read as Windows-1252
        String twice = "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2"; // and that read again
        assertEquals("it\u2019s", repaired("it" + once + "s", step));
        assertEquals("it\u2019s", repaired("it" + twice + "s", step));
    }

    @Test
    void keeps_real_accented_words_and_symbols() {
        assertUnchanged("Caf\u00e9 na\u00efve \u00c0 la carte, 20 \u00b0C, \u00a3 5, Zo\u00eb, \u00c9lys\u00e9e", step);
    }

    @Test
    void records_the_raw_bytes_it_replaced() {
        RepairedText text = run("a\u00c3\u00a9b", step);
        assertEquals(1, text.repairs().size());
        assertEquals("\u00c3\u00a9", text.repairs().get(0).from());
        assertEquals(new Span(1, 3), text.rawSpan(1, 2));
    }

    @Test
    void rejects_a_round_count_below_one() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MojibakeRepair(0));
        assertEquals("maxRounds must be at least 1, got 0", e.getMessage());
    }
}
