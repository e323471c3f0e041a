package org.dyad.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaCentreTest {

    /** A closed ring of {lon, lat} corners, as GeoJSON writes it. */
    private static List<Object> box(double west, double south, double east, double north) {
        List<Object> ring = new ArrayList<>();
        for (double[] p : new double[][] {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}}) {
            ring.add(List.of(p[0], p[1]));
        }
        return ring;
    }

    private static Map<String, Object> multi(List<Object>... polygons) {
        return Map.of("type", "MultiPolygon", "coordinates", List.of((Object[]) polygons));
    }

    @Test
    void a_square_on_the_equator_has_its_middle_as_centre() {
        double[] c = AreaCentre.of(Map.of("type", "Polygon", "coordinates", List.of(box(10, -2, 14, 2)))).orElseThrow();
        assertEquals(0, c[0], 1e-9);
        assertEquals(12, c[1], 0.01);
    }

    @Test
    void land_far_from_the_largest_piece_does_not_pull_the_centre() {
        Map<String, Object> withFarIsland = multi(List.of(box(-10, 40, 0, 50)), List.of(box(50, 40, 51, 41)));
        double[] c = AreaCentre.of(withFarIsland).orElseThrow();
        assertEquals(-5, c[1], 0.2);
    }

    @Test
    void a_nearby_island_counts_in_proportion_to_its_area() {
        double[] alone = AreaCentre.of(multi(List.of(box(0, 0, 4, 4)))).orElseThrow();
        double[] withIsland = AreaCentre.of(multi(List.of(box(0, 0, 4, 4)), List.of(box(5, 0, 7, 4)))).orElseThrow();
        assertEquals(2, alone[1], 0.01);
        // 16 square degrees at lon 2 and 8 at lon 6: (16*2 + 8*6) / 24.
        assertEquals(10.0 / 3, withIsland[1], 0.05);
    }

    @Test
    void a_hole_is_not_land() {
        List<Object> outer = box(0, -3, 6, 3);
        List<Object> hole = box(0.5, -1, 2.5, 1);
        double[] c = AreaCentre.of(Map.of("type", "Polygon", "coordinates", List.of(outer, hole))).orElseThrow();
        assertTrue(c[1] > 3, "the hole in the west moves the centre east: " + c[1]);
    }

    @Test
    void high_latitudes_weigh_by_their_true_area() {
        // A band from the equator to 80°N: on the ground most of its area lies well south of 40°.
        double[] c = AreaCentre.of(Map.of("type", "Polygon", "coordinates", List.of(box(0, 0, 10, 80)))).orElseThrow();
        assertTrue(c[0] < 35, "centre latitude " + c[0]);
    }

    @Test
    void a_territory_across_the_180th_meridian_has_its_centre_there() {
        double[] c = AreaCentre.of(multi(List.of(box(178, -18, 180, -16)), List.of(box(-180, -18, -178, -16)))).orElseThrow();
        assertEquals(180, Math.abs(c[1]), 0.05);
        assertEquals(-17, c[0], 0.05);
    }

    @Test
    void no_polygon_gives_no_centre() {
        assertTrue(AreaCentre.of(Map.of("type", "Point", "coordinates", List.of(1.0, 2.0))).isEmpty());
    }
}
