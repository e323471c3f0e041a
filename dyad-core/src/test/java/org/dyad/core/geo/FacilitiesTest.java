package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.junit.jupiter.api.Test;

/** Facilities (feature class S, such as airports) on a small hand-made gazetteer: named in full, they are places of their own. */
class FacilitiesTest {
    private static final Place LAGUARDIA = new Place(-6_000_001, "LaGuardia Airport", "USA", "", 40.777, -73.873, "S", "AIRP", 0);
    private static final Place KALIBO_AIRPORT = new Place(-6_000_002, "Kalibo International Airport", "PHL", "", 11.679, 122.376,
            "S", "AIRP", 0);
    private static final Place KALIBO = new Place(1710519, "Kalibo", "PHL", "Western Visayas", 11.71, 122.36, "P", "PPLA2", 80_000);
    private static final Place NEW_YORK = new Place(5128581, "New York City", "USA", "New York", 40.71, -74.01, "P", "PPL", 8_000_000);

    private static final Gazetteer GAZETTEER = MemoryGazetteer.builder()
            .add(LAGUARDIA, "La Guardia Airport").add(KALIBO_AIRPORT).add(KALIBO).add(NEW_YORK, "New York").build();

    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceResolver.Options.DEFAULT);

    @Test
    void an_airport_named_in_full_is_a_point_of_its_own_though_no_population_supports_it() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("LaGuardia Airport was closed. Flights left La Guardia Airport late."),
                Set.of());
        assertEquals(2, places.stream().filter(p -> p.place().equals(LAGUARDIA)).count(), "at a sentence's start too: " + places);
        PlaceMention first = places.get(0);
        assertEquals(Resolution.CITY, first.resolution());
        assertFalse(first.centroid(), "a facility is a point");
    }

    @Test
    void the_full_name_wins_over_the_town_the_airport_is_named_after() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("Typhoon Phanfone hit Kalibo International Airport and Kalibo."),
                Set.of());
        assertEquals(KALIBO_AIRPORT, places.get(0).place());
        assertEquals("Kalibo International Airport", places.get(0).text());
        assertEquals(KALIBO, places.get(1).place());
    }

    @Test
    void a_facility_word_alone_is_no_place() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("The Airport was closed in New York."), Set.of());
        assertTrue(places.stream().noneMatch(p -> p.place().featureClass().equals("S")), places.toString());
    }
}
