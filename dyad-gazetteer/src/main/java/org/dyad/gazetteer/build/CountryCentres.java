package org.dyad.gazetteer.build;

import static org.dyad.gazetteer.build.IndexBuilder.COUNTRY_BOUNDARIES;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.geo.Candidate;
import org.dyad.core.facts.Geo;
import org.dyad.core.geo.NameKind;
import org.dyad.core.facts.Place;
import org.dyad.core.geo.PlaceNames;
import org.dyad.gazetteer.internal.IndexFormat;
import org.dyad.gazetteer.internal.Json;

/** Representative points from Natural Earth boundaries: of countries (the medians of their polygons' centres) and of the regions grouped under a boundary. */
final class CountryCentres {
    private CountryCentres() {
    }

    static Map<String, double[]> countryCentres(Map<String, byte[]> members) {
        Map<String, double[]> out = new HashMap<>();
        for (Map.Entry<String, byte[]> m : members.entrySet()) {
            if (!m.getKey().startsWith(COUNTRY_BOUNDARIES)) {
                continue;
            }
            Map<String, Object> feature = (Map<String, Object>) Json.parse(new String(m.getValue(), StandardCharsets.UTF_8));
            Map<String, Object> props = (Map<String, Object>) feature.get("properties");
            if (props != null && props.get("country_a2") instanceof String iso2) {
                AreaCentre.of((Map<String, Object>) feature.get("geometry")).ifPresent(c -> out.put(iso2, c));
            }
        }
        return out;
    }

    /**
     * Matches GeoNames admin1 groups of one country to the source's regions: equal codes first,
     * then one to one by the distance between a group's median point and a region's point,
     * closest pairs first; a group left over takes its nearest region.
     */
    static Map<String, Map<String, Object>> assignStates(List<String> groups, List<Map<String, Object>> states,
            Map<String, List<double[]>> points, Map<Map<String, Object>, double[]> statePoints) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        if (states.isEmpty()) {
            return out;
        }
        Set<Map<String, Object>> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> open = new ArrayList<>();
        for (String g : groups) {
            String code = g.substring(g.indexOf('/') + 1);
            if (code.isEmpty() || code.equals("00")) {
                continue;
            }
            Map<String, Object> exact = states.stream().filter(st -> code.equals(st.get("isoCode"))).findFirst().orElse(null);
            if (exact != null) {
                out.put(g, exact);
                used.add(exact);
            } else {
                open.add(g);
            }
        }
        List<Object[]> pairs = new ArrayList<>();
        for (String g : open) {
            double[] m = median(points.get(g));
            for (Map<String, Object> st : states) {
                double[] sp = statePoints.get(st);
                pairs.add(new Object[] {Geo.distanceKm(m[0], m[1], sp[0], sp[1]), g, st});
            }
        }
        pairs.sort((x, y) -> Double.compare((Double) x[0], (Double) y[0]));
        for (Object[] pr : pairs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> st = (Map<String, Object>) pr[2];
            if (!out.containsKey((String) pr[1]) && !used.contains(st)) {
                out.put((String) pr[1], st);
                used.add(st);
            }
        }
        for (Object[] pr : pairs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> st = (Map<String, Object>) pr[2];
            out.putIfAbsent((String) pr[1], st);
        }
        return out;
    }

    static double[] median(List<double[]> pts) {
        double[] lats = pts.stream().mapToDouble(p -> p[0]).sorted().toArray();
        double[] lons = pts.stream().mapToDouble(p -> p[1]).sorted().toArray();
        return new double[] {lats[lats.length / 2], lons[lons.length / 2]};
    }

    /** Middle of the bounding box of the points, leaving out the outer 2 % on each side. */
    static double[] middle(List<double[]> pts) {
        double[] lats = pts.stream().mapToDouble(p -> p[0]).sorted().toArray();
        double[] lons = pts.stream().mapToDouble(p -> p[1]).sorted().toArray();
        int lo = (int) (lats.length * 0.02);
        int hi = lats.length - 1 - lo;
        return new double[] {(lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2};
    }
}
