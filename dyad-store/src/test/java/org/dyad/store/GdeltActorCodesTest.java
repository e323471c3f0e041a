package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GdeltActorCodesTest {
    private final GdeltActorCodes codes = new GdeltActorCodes();

    @Test
    void a_country_code_fills_the_country_column_in_gdelts_own_spelling() {
        assertEquals("USA", codes.split("USAGOV").country());
        assertEquals("GOV", codes.split("USAGOV").type1());
        assertEquals("ROM", codes.split("ROUGOV").country(), "GDELT writes Romania ROM, ISO ROU");
        assertEquals("MTN", codes.split("MNE").country(), "GDELT writes Montenegro MTN, ISO MNE");
    }

    @Test
    void an_organisation_code_has_no_country_but_its_type_and_group() {
        GdeltActorCodes.Parts un = codes.split("IGOUNOGOV");
        assertEquals("", un.country());
        assertEquals("IGO", un.type1());
        assertEquals("UNO", un.knownGroup());
        assertEquals("GOV", un.type2());
    }

    @Test
    void a_role_of_unknown_country_is_written_as_gdelt_writes_it_the_bare_role() {
        assertEquals("GOV", GdeltActorCodes.gdeltCode("---GOV"));
        assertEquals("USAGOV", GdeltActorCodes.gdeltCode("USAGOV"));
        GdeltActorCodes.Parts official = codes.split("---GOV");
        assertEquals("", official.country());
        assertEquals("GOV", official.type1());
    }
}
