package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A verb sense lends its code only from a semantic field that can hold an event of the code's root. */
class SenseFieldsTest {
    @Test
    void arrests_and_blows_are_acts_of_contact_or_society_not_of_thought() {
        assertTrue(SenseFields.holds("verb.contact", "173"));
        assertTrue(SenseFields.holds("verb.social", "173"));
        assertFalse(SenseFields.holds("verb.cognition", "173"), "apprehend#1 is comprehend");
        assertFalse(SenseFields.holds("verb.stative", "190"), "match#1 is to be equal");
    }

    @Test
    void criticism_is_communication_and_force_is_not() {
        assertTrue(SenseFields.holds("verb.communication", "111"));
        assertFalse(SenseFields.holds("verb.communication", "190"), "a quarrel is no fight");
    }

    @Test
    void statements_and_unknown_roots_lend_nothing() {
        assertFalse(SenseFields.holds("verb.communication", "010"));
        assertFalse(SenseFields.holds("verb.social", "x"));
    }
}
