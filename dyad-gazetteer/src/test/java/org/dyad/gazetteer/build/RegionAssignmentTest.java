package org.dyad.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GeoNames admin1 groups of cities are matched to the region source's regions: by code, then by
 * name, then by distance. Made-up points: the source lists a department whose point lies nearer the
 * capital's group than the capital's own region does, as country-state-city lists French departments
 * beside the regions.
 */
class RegionAssignmentTest {
    private static Map<String, Object> state(String name, String isoCode) {
        Map<String, Object> s = new HashMap<>();
        s.put("name", name);
        s.put("isoCode", isoCode);
        return s;
    }

    @Test
    void a_capitals_group_takes_the_region_of_its_geonames_name_before_a_nearer_department() {
        Map<String, Object> idf = state("Île-de-France", "IDF");
        Map<String, Object> dept = state("Seine-Saint-Denis", "93");
        Map<String, Object> south = state("Occitanie", "OCC");
        Map<Map<String, Object>, double[]> points = new IdentityHashMap<>();
        points.put(idf, new double[] {48.3, 2.5}); // a region's point, 60 km from the capital
        points.put(dept, new double[] {48.9, 2.45}); // a department's, on it
        points.put(south, new double[] {43.7, 2.1});
        Map<String, List<double[]>> groups = Map.of("FR/11", List.of(new double[] {48.85, 2.35, 2_000_000}),
                "FR/76", List.of(new double[] {43.6, 1.44, 500_000}));
        Map<String, Map<String, Object>> byDistance = CountryCentres.assignStates(List.of("FR/11", "FR/76"),
                List.of(idf, dept, south), groups, points, Map.of());
        assertEquals("Seine-Saint-Denis", byDistance.get("FR/11").get("name"), "distance alone picks the department");
        Map<String, Map<String, Object>> byName = CountryCentres.assignStates(List.of("FR/11", "FR/76"),
                List.of(idf, dept, south), groups, points, Map.of("FR/11", "Ile-de-France", "FR/76", "Occitanie"));
        assertEquals("Île-de-France", byName.get("FR/11").get("name"));
        assertEquals("Occitanie", byName.get("FR/76").get("name"));
    }

    @Test
    void region_names_compare_without_accents_case_and_generic_words() {
        assertTrue(CountryCentres.sameRegionName("Nairobi Area", "Nairobi City"));
        assertTrue(CountryCentres.sameRegionName("Tokyo", "Tokyo Prefecture"));
        assertFalse(CountryCentres.sameRegionName("Fukuoka", "Tokyo"));
        assertFalse(CountryCentres.sameRegionName("Capital Region", "Capital District"), "generic words alone match nothing");
    }
}
