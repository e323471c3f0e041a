package org.dyad.gazetteer.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.facts.Geo;

/**
 * The representative point of a country or first-level region: the area-weighted centre of its
 * main territory, computed from a GeoJSON boundary (docs/geo.md, "Representative points").
 *
 * <p>The main territory is the largest piece of land and every piece within {@link #NEAR_KM} of
 * its bounding box, so that Alaska, Hawaii or French Guiana do not pull a centre into the sea,
 * while an archipelago's islands (New Zealand, the Philippines) still count. Areas are measured
 * in the sinusoidal projection, which keeps areas true, so high latitudes do not weigh more.
 * Longitudes are taken relative to the largest piece, so a territory across the 180th meridian
 * (Russia, Fiji) is handled.
 */
final class AreaCentre {
    /** How far from the largest piece another piece may lie and still count. */
    static final double NEAR_KM = 300;

    private AreaCentre() {
    }

    /** {@code {lat, lon}} of the centre, or empty when the geometry is no (Multi)Polygon with area. */
    static Optional<double[]> of(Map<String, Object> geometry) {
        List<List<List<double[]>>> pieces = pieces(geometry);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        List<double[]> largest = null;
        double largestArea = 0;
        for (List<List<double[]>> piece : pieces) {
            double a = Math.abs(moments(piece.get(0), piece.get(0).get(0)[0])[0]);
            if (a > largestArea) {
                largestArea = a;
                largest = piece.get(0);
            }
        }
        if (largest == null) {
            return Optional.empty();
        }
        double lon0 = largest.get(0)[0];
        double[] box = box(largest, lon0);
        double area = 0;
        double mx = 0;
        double my = 0;
        for (List<List<double[]>> piece : pieces) {
            if (piece.get(0) != largest && !near(piece.get(0), box, lon0)) {
                continue;
            }
            for (int r = 0; r < piece.size(); r++) {
                double[] m = moments(piece.get(r), lon0);
                // The outer ring adds, holes subtract, whatever the rings' orientation in the source.
                double sign = (r == 0 ? 1 : -1) * Math.signum(m[0]);
                area += sign * m[0];
                mx += sign * m[1];
                my += sign * m[2];
            }
        }
        if (area <= 0) {
            return Optional.empty();
        }
        double lat = my / area;
        double lon = wrap(mx / area / Math.cos(Math.toRadians(lat)) + lon0);
        return Optional.of(new double[] {lat, lon});
    }

    /** Each polygon of the geometry as its rings (outer first), each ring as {@code {lon, lat}} points. */
    @SuppressWarnings("unchecked")
    private static List<List<List<double[]>>> pieces(Map<String, Object> geometry) {
        List<List<List<double[]>>> out = new ArrayList<>();
        Object type = geometry == null ? null : geometry.get("type");
        List<Object> coordinates = geometry == null ? List.of() : (List<Object>) geometry.get("coordinates");
        List<Object> polygons = "Polygon".equals(type) ? List.of(coordinates)
                : "MultiPolygon".equals(type) ? coordinates : List.of();
        for (Object polygon : polygons) {
            List<List<double[]>> rings = new ArrayList<>();
            for (Object ring : (List<Object>) polygon) {
                List<double[]> points = new ArrayList<>();
                for (Object point : (List<Object>) ring) {
                    List<Number> p = (List<Number>) point;
                    points.add(new double[] {p.get(0).doubleValue(), p.get(1).doubleValue()});
                }
                if (points.size() >= 4) {
                    rings.add(points);
                }
            }
            if (!rings.isEmpty()) {
                out.add(List.copyOf(rings));
            }
        }
        return out;
    }

    /**
     * Signed area and first moments of a ring in the sinusoidal projection about {@code lon0}
     * (x = Δlon·cos lat, y = lat, in degrees), by the shoelace formula: {area, Σx·dA, Σy·dA}.
     */
    private static double[] moments(List<double[]> ring, double lon0) {
        double a = 0;
        double cx = 0;
        double cy = 0;
        double[] prev = project(ring.get(0), lon0);
        for (int i = 1; i < ring.size(); i++) {
            double[] cur = project(ring.get(i), lon0);
            double f = prev[0] * cur[1] - cur[0] * prev[1];
            a += f / 2;
            cx += (prev[0] + cur[0]) * f / 6;
            cy += (prev[1] + cur[1]) * f / 6;
            prev = cur;
        }
        return new double[] {a, cx, cy};
    }

    private static double[] project(double[] lonLat, double lon0) {
        return new double[] {wrap(lonLat[0] - lon0) * Math.cos(Math.toRadians(lonLat[1])), lonLat[1]};
    }

    /** {minLat, maxLat, minΔlon, maxΔlon} of a ring, longitudes relative to {@code lon0}. */
    private static double[] box(List<double[]> ring, double lon0) {
        double[] b = {90, -90, 180, -180};
        for (double[] p : ring) {
            double dl = wrap(p[0] - lon0);
            b[0] = Math.min(b[0], p[1]);
            b[1] = Math.max(b[1], p[1]);
            b[2] = Math.min(b[2], dl);
            b[3] = Math.max(b[3], dl);
        }
        return b;
    }

    private static boolean near(List<double[]> ring, double[] box, double lon0) {
        for (double[] p : ring) {
            double lat = Math.max(box[0], Math.min(box[1], p[1]));
            double dl = Math.max(box[2], Math.min(box[3], wrap(p[0] - lon0)));
            if (Geo.distanceKm(p[1], p[0], lat, wrap(dl + lon0)) <= NEAR_KM) {
                return true;
            }
        }
        return false;
    }

    private static double wrap(double lon) {
        double w = ((lon + 180) % 360 + 360) % 360 - 180;
        return w == -180 && lon > 0 ? 180 : w;
    }
}
