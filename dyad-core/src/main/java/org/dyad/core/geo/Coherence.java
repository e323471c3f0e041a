package org.dyad.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * What the article's other mentions, as currently resolved, say about a candidate: other names in
 * its country and first-level region (coherence), the article's focus (the country and the region
 * most of its places and actors sit in) and the distance to the other places it names (nearby).
 */
final class Coherence {
    /** Bonus for a candidate in the article's focus country, and again in its focus region. */
    static final double FOCUS = 0.15;
    /** Bonus for a town or county within {@value #NEAR_KM} km of another place the article names. */
    static final double NEARBY = 0.15;
    static final double NEAR_KM = 80;

    private final Map<String, Map<String, Integer>> countryByKey = new HashMap<>();
    private final Map<String, Map<String, Integer>> admin1ByKey = new HashMap<>();
    private final List<Recognized> recs;
    private final String[] keys;
    private final int[] choice;
    private final String focusCountry;
    private final String focusRegion;

    /**
     * @param demonymCountries the names of demonyms, by the country they stand for (a demonym is
     *     no place, but it says what the article is about)
     * @param contextCountries countries the caller knows the article is about (its actors)
     */
    Coherence(List<Recognized> recs, String[] keys, int[] choice, Map<String, Set<String>> demonymCountries,
            Set<String> contextCountries) {
        this.recs = recs;
        this.keys = keys;
        this.choice = choice;
        demonymCountries.forEach((country, names) -> names.forEach(
                n -> countryByKey.computeIfAbsent(country, c -> new HashMap<>()).merge(n, 1, Integer::sum)));
        for (int i = 0; i < recs.size(); i++) {
            Place p = chosen(i);
            if (recs.get(i).glued() || p.country().isEmpty()) {
                continue; // a glued name is most likely part of a person's or an organisation's name ("Mike Fitzgerald")
            }
            countryByKey.computeIfAbsent(p.country(), c -> new HashMap<>()).merge(keys[i], 1, Integer::sum);
            String region = regionOf(p);
            if (!region.isEmpty()) {
                admin1ByKey.computeIfAbsent(p.country() + "/" + region, c -> new HashMap<>()).merge(keys[i], 1, Integer::sum);
            }
        }
        Map<String, Integer> weight = new HashMap<>();
        countryByKey.forEach((c, names) -> weight.put(c, names.size() + (contextCountries.contains(c) ? 1 : 0)));
        contextCountries.forEach(c -> weight.putIfAbsent(c, 1));
        this.focusCountry = leader(weight, 2);
        Map<String, Integer> regions = new HashMap<>();
        admin1ByKey.forEach((r, names) -> {
            if (r.startsWith(focusCountry + "/")) {
                regions.put(r, names.size());
            }
        });
        this.focusRegion = leader(regions, 2);
    }

    /** The key with the largest weight, at least {@code min} and strictly ahead of the rest, else "". */
    private static String leader(Map<String, Integer> weight, int min) {
        String best = "";
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : weight.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= min && top > second ? best : "";
    }

    private Place chosen(int i) {
        return recs.get(i).candidates().get(choice[i]).place();
    }

    private static String regionOf(Place p) {
        return p.resolution() == Resolution.ADMIN1 ? p.name() : p.admin1();
    }

    /** Bonus from distinct other names resolved to the same country and first-level region. */
    double support(int self, Place p) {
        if (p.country().isEmpty()) {
            return 0;
        }
        int countryNames = others(countryByKey.get(p.country()), keys[self]);
        double s = countryNames == 0 ? 0 : 0.25 + 0.05 * Math.min(3, countryNames - 1);
        String region = regionOf(p);
        if (!region.isEmpty() && p.resolution() != Resolution.COUNTRY) {
            int regionNames = others(admin1ByKey.get(p.country() + "/" + region), keys[self]);
            s += regionNames == 0 ? 0 : 0.25;
        }
        return s;
    }

    /** Bonus for lying in the article's focus country and focus first-level region. */
    double focus(Place p) {
        if (focusCountry.isEmpty() || !p.country().equals(focusCountry)) {
            return 0;
        }
        boolean inRegion = !focusRegion.isEmpty() && p.resolution() != Resolution.COUNTRY
                && focusRegion.equals(p.country() + "/" + regionOf(p));
        return FOCUS + (inRegion ? FOCUS : 0);
    }

    /** Bonus for a town or county near a town or county another name of the article resolved to. */
    double nearby(int self, Place p) {
        if (!local(p)) {
            return 0;
        }
        for (int i = 0; i < recs.size(); i++) {
            Place q = chosen(i);
            if (i != self && !keys[i].equals(keys[self]) && !recs.get(i).glued() && local(q) && !q.equals(p)
                    && p.distanceKm(q) < NEAR_KM) {
                return NEARBY;
            }
        }
        return 0;
    }

    private static boolean local(Place p) {
        return p.resolution() == Resolution.CITY || p.resolution() == Resolution.ADMIN2;
    }

    private static int others(Map<String, Integer> byKey, String self) {
        if (byKey == null) {
            return 0;
        }
        return byKey.size() - (byKey.containsKey(self) ? 1 : 0);
    }
}
