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
     * Matches GeoNames admin1 groups of one country to the source's regions: equal names first
     * (GeoNames' admin1 name and the source's, without generic words such as {@code Region} or
     * {@code Prefecture}), then equal codes when the region's point lies within
     * {@value #CODE_MATCH_KM} km of the group's median, then one to one by that distance, closest
     * pairs first; a group left over takes its nearest region. Codes came first before issue 19's
     * second part, which put Paris (GeoNames {@code FR.11}) in the department Aude (ISO {@code 11}),
     * Tokyo ({@code JP.40}) in Fukuoka and Nairobi ({@code KE.05}) in Elgeyo-Marakwet: GeoNames'
     * admin1 codes are ISO 3166-2 codes only in some countries (US, GB).
     */
    static Map<String, Map<String, Object>> assignStates(List<String> groups, List<Map<String, Object>> states,
            Map<String, List<double[]>> points, Map<Map<String, Object>, double[]> statePoints,
            Map<String, String> geonamesAdmin1) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        if (states.isEmpty()) {
            return out;
        }
        Set<Map<String, Object>> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> open = new ArrayList<>();
        for (String g : groups) {
            String code = g.substring(g.indexOf('/') + 1);
            if (!code.isEmpty() && !code.equals("00")) {
                open.add(g);
            }
        }
        for (java.util.Iterator<String> it = open.iterator(); it.hasNext();) {
            String g = it.next();
            String gn = geonamesAdmin1.get(g);
            Map<String, Object> named = gn == null ? null : states.stream()
                    .filter(st -> !used.contains(st) && sameRegionName(gn, (String) st.get("name"))).findFirst().orElse(null);
            if (named != null) {
                out.put(g, named);
                used.add(named);
                it.remove();
            }
        }
        for (java.util.Iterator<String> it = open.iterator(); it.hasNext();) {
            String g = it.next();
            String code = g.substring(g.indexOf('/') + 1);
            double[] m = median(points.get(g));
            Map<String, Object> exact = states.stream().filter(st -> !used.contains(st) && code.equals(st.get("isoCode"))
                    && Geo.distanceKm(m[0], m[1], statePoints.get(st)[0], statePoints.get(st)[1]) < CODE_MATCH_KM)
                    .findFirst().orElse(null);
            if (exact != null) {
                out.put(g, exact);
                used.add(exact);
                it.remove();
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

    /** How far a region's point may lie from the group's median for equal codes to match them. */
    static final int CODE_MATCH_KM = 400;

    private static final Set<String> GENERIC = Set.of("region", "province", "prefecture", "department", "county",
            "state", "oblast", "governorate", "district", "city", "area", "municipality", "of", "the", "autonomous",
            "capital", "territory", "federal", "metropolitan", "voivodeship", "krai", "republic");

    /** Two names of one region: equal once normalised and without generic words ({@code Nairobi Area}, {@code Nairobi City}). */
    static boolean sameRegionName(String a, String b) {
        String x = core(a);
        return !x.isEmpty() && x.equals(core(b));
    }

    private static String core(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : PlaceNames.normalize(name).split(" ")) {
            if (!w.isEmpty() && !GENERIC.contains(w)) {
                sb.append(sb.length() == 0 ? "" : " ").append(w);
            }
        }
        return sb.toString();
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
