package org.dyad.codebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;
import org.junit.jupiter.api.Test;

/**
 * The bundled CAMEO table's PLOVER columns where the 2021 crosswalk contradicts the PLOVER manual
 * (docs/coding.md, "The CAMEO to PLOVER crosswalk"): each case cites the manual's definition.
 */
class CrosswalkCorrectionsTest {
    private final CameoOntology cameo = Codebooks.bundled().cameo();

    private Plover plover(String code) {
        return cameo.get(code).flatMap(CameoEntry::plover).orElseThrow(() -> new AssertionError(code + " has no type"));
    }

    @Test
    void appeals_are_requests_as_plover_request_covers_all_requests_demands_and_orders() {
        for (String code : new String[] {"02", "020", "021", "0214", "022", "023", "0233", "024", "0241", "025",
                "0253", "026", "027", "028"}) {
            assertEquals(PloverType.REQUEST, plover(code).type(), code);
        }
        assertEquals(Optional.of("assist"), plover("0233").mode(), "an appeal for humanitarian aid asks assistance");
        assertEquals(Optional.of("yield"), plover("0253").mode(), "an appeal for a release asks the target to yield");
        assertEquals(Optional.of("meet"), plover("026").mode());
        assertEquals(plover("1033").mode(), plover("0233").mode(), "an appeal has the mode of the demand beside it");
    }

    @Test
    void easing_a_curfew_or_a_state_of_emergency_is_a_concession_as_plover_concede_defines_it() {
        assertEquals(PloverType.CONCEDE, plover("0813").type());
        assertEquals(PloverType.CONCEDE, plover("0814").type());
    }

    @Test
    void acceding_to_a_change_in_leadership_is_a_resignation_which_plover_codes_as_retreat() {
        assertEquals(new Plover(PloverType.RETREAT, Optional.of("resign"), Optional.of("political_institutions")),
                plover("0831"));
    }

    @Test
    void embargoes_boycotts_and_sanctions_are_sanction_as_plover_codes_international_sanctions_discontinue() {
        assertEquals(new Plover(PloverType.SANCTION, Optional.of("discontinue"), Optional.of("diplomatic")),
                plover("163"));
        assertEquals(PloverType.THREATEN, plover("1312").type(), "a threatened sanction stays a threat");
        assertEquals(PloverType.COERCE, plover("172").type(), "administrative sanctions on persons stay coercion");
    }

    @Test
    void public_statements_keep_no_plover_type() {
        assertEquals(Optional.empty(), cameo.get("010").flatMap(CameoEntry::plover));
    }
}
