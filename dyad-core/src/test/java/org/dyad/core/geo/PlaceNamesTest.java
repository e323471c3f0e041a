package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dyad.core.facts.Geo;
import org.dyad.core.facts.Place;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @Test
    void dots_and_case_do_not_matter() {
        assertEquals("us", PlaceNames.normalize("U.S."));
        assertEquals("us", PlaceNames.normalize("US"));
    }

    @Test
    void accents_and_apostrophes_are_dropped() {
        assertEquals("cote divoire", PlaceNames.normalize("Côte d'Ivoire"));
        assertEquals("sao paulo", PlaceNames.normalize("São Paulo"));
    }

    @Test
    void hyphens_and_spaces_become_one_space() {
        assertEquals("guinea bissau", PlaceNames.normalize("Guinea-Bissau"));
        assertEquals("new york", PlaceNames.normalize("  New   York "));
    }

    @Test
    void a_place_rejects_a_country_that_is_not_alpha3() {
        assertThrows(IllegalArgumentException.class, () -> new Place(1, "X", "FR", "", 0, 0, "P", "PPL", 0));
        assertThrows(IllegalArgumentException.class, () -> new Place(1, "X", "FRA", "", 91, 0, "P", "PPL", 0));
    }

    @Test
    void great_circle_distance_paris_to_london_is_about_344_km() {
        assertEquals(344, Geo.distanceKm(48.8566, 2.3522, 51.5074, -0.1278), 2);
    }
}
