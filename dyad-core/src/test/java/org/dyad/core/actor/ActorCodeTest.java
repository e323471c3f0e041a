package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.core.facts.ActorCode;
import org.junit.jupiter.api.Test;

class ActorCodeTest {
    @Test
    void a_code_is_a_country_or_body_and_its_roles() {
        ActorCode code = new ActorCode("CHNGOV");
        assertEquals("CHN", code.country());
        assertEquals("GOV", code.sector());
        assertTrue(code.knowsCountry());
    }

    @Test
    void a_role_of_unknown_country_is_written_with_three_dashes() {
        ActorCode official = ActorCode.ofUnknownCountry("GOV");
        assertEquals("---GOV", official.code());
        assertEquals("---", official.country());
        assertEquals("GOV", official.sector());
        assertFalse(official.knowsCountry());
        assertEquals(official, official.withSector("MIL"), "a code with a role keeps it");
    }

    @Test
    void dashes_inside_a_code_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ActorCode("GOV---"));
        assertThrows(IllegalArgumentException.class, () -> new ActorCode("------"));
        assertThrows(IllegalArgumentException.class, () -> new ActorCode("CH"));
    }

    @Test
    void dashes_alone_are_a_party_of_no_known_country_or_role() {
        ActorCode unknown = new ActorCode("---");
        assertEquals(ActorCode.UNKNOWN, unknown);
        assertFalse(unknown.knowsCountry());
        assertEquals("", unknown.sector());
        assertEquals("---GOV", unknown.withSector("GOV").code());
    }
}
