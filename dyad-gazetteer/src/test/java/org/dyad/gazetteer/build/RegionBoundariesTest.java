package org.dyad.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegionBoundariesTest {

    private static String feature(String iso2, String name, String alt, double west, double east) {
        return """
                {"type": "Feature", "properties": {"iso_a2": "%s", "name": "%s", "name_alt": "%s"},
                 "geometry": {"type": "Polygon", "coordinates": [[[%s, 0], [%s, 0], [%s, 2], [%s, 2], [%s, 0]]]}}
                """.formatted(iso2, name, alt, west, east, east, west, west);
    }

    private static final RegionBoundaries REGIONS = RegionBoundaries.parse(("""
            {"type": "FeatureCollection", "features": [%s, %s, %s, %s]}
            """.formatted(feature("CN", "Hunan", "Hunan Sheng", 110, 114), feature("CN", "Hubei", "", 108, 116),
            feature("KE", "Central", "Kati", 36, 38), feature("KE", "Coast", "Kati", 38, 41))).getBytes(StandardCharsets.UTF_8));

    @Test
    void a_region_is_found_by_country_and_name_with_the_centre_of_its_boundary() {
        double[] hunan = REGIONS.centre("CN", "Hunan");
        assertNotNull(hunan);
        assertEquals(1, hunan[0], 0.01);
        assertEquals(112, hunan[1], 0.01);
        assertNotNull(REGIONS.centre("CN", "hunan sheng"), "other names count too");
    }

    @Test
    void another_country_or_a_name_two_regions_share_gives_nothing() {
        assertNull(REGIONS.centre("TW", "Hunan"));
        assertNull(REGIONS.centre("KE", "Kati"));
    }
}
