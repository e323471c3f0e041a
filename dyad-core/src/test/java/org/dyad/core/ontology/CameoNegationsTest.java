package org.dyad.core.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;
import org.junit.jupiter.api.Test;

class CameoNegationsTest {
    private static CameoNegations read(String text) {
        return CameoNegations.read(DictionaryReader.parse(new StringReader(text), "test.negations"), "test.negations");
    }

    @Test
    void a_pair_negates_both_ways() {
        CameoNegations n = read("""
                #format dyad-negations/1
                #version 1
                050\t110 # diplomatic cooperation / disapprove
                """);
        assertEquals(Optional.of("110"), n.negation("050"));
        assertEquals(Optional.of("050"), n.negation("110"));
        assertTrue(n.negation("190").isEmpty());
        assertEquals("test.negations@1", n.version());
    }

    @Test
    void a_code_with_two_negations_is_refused_with_its_line() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> read("""
                #format dyad-negations/1
                050\t110
                050\t170
                """));
        assertEquals(3, e.line());
    }

    @Test
    void a_line_that_is_not_two_codes_is_refused() {
        assertThrows(DictionaryFormatException.class, () -> read("""
                #format dyad-negations/1
                050\tdisapprove
                """));
    }
}
