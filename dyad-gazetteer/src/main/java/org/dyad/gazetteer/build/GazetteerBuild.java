package org.dyad.gazetteer.build;

import static org.dyad.gazetteer.build.IndexBuilder.ADMIN1_BOUNDARIES;
import static org.dyad.gazetteer.build.IndexBuilder.CITIES_MEMBER;
import static org.dyad.gazetteer.build.IndexBuilder.COUNTRY_BOUNDARIES;
import static org.dyad.gazetteer.build.IndexBuilder.COUNTRY_INFO;
import static org.dyad.gazetteer.build.IndexBuilder.COUNTRY_MEMBER;
import static org.dyad.gazetteer.build.IndexBuilder.DEMONYM;
import static org.dyad.gazetteer.build.IndexBuilder.STATE_MEMBER;
import static org.dyad.gazetteer.build.IndexBuilder.usableAlternate;

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

/**
 * One build of the gazetteer index: reads the GeoNames, region, boundary and admin2 sources and
 * the bundled name lists, and returns the index contents ({@link IndexBuilder} checks, stamps and
 * writes them).
 */
/** One build: reads the sources and assembles places and names. */
final class GazetteerBuild {
    private final Path geonames;
    private final Path regions;
    private final Path boundaries;
    private final Path admin2;
    private final Path data;
    private final String provenance;
    private final List<Place> places = new ArrayList<>();
    private final Map<String, List<Candidate>> names = new LinkedHashMap<>();
    private final Map<String, String> iso2to3 = new HashMap<>();

    GazetteerBuild(Path geonames, Path regions, Path boundaries, Path admin2, Path data, String provenance) {
        this.geonames = geonames;
        this.regions = regions;
        this.boundaries = boundaries;
        this.admin2 = admin2;
        this.data = data;
        this.provenance = provenance;
    }

    IndexFormat.Contents build() throws IOException {
        CountryInfo info = CountryInfo.parse(Files.readString(data.resolve(COUNTRY_INFO), StandardCharsets.ISO_8859_1));
        for (String iso2 : Locale.getISOCountries()) {
            iso2to3.put(iso2, new Locale("", iso2).getISO3Country());
        }
        iso2to3.put("XK", "XKX"); // Kosovo: user-assigned code, as GeoNames and the EU use it
        Map<String, byte[]> csc = TarGz.read(regions, Set.of(COUNTRY_MEMBER, STATE_MEMBER));
        Map<String, byte[]> gn = TarGz.read(geonames, Set.of(CITIES_MEMBER));
        for (String m : List.of(COUNTRY_MEMBER, STATE_MEMBER)) {
            if (!csc.containsKey(m)) {
                throw new IOException(regions + " has no " + m + "; the package layout changed");
            }
        }
        if (!gn.containsKey(CITIES_MEMBER)) {
            throw new IOException(geonames + " has no " + CITIES_MEMBER + "; the package layout changed");
        }
        List<String[]> cities = readCities(gn.get(CITIES_MEMBER));
        List<Map<String, Object>> cscCountries = objects(csc.get(COUNTRY_MEMBER));
        List<Map<String, Object>> cscStates = objects(csc.get(STATE_MEMBER));
        Map<String, byte[]> ne = TarGz.read(boundaries, m -> m.equals(ADMIN1_BOUNDARIES)
                || m.startsWith(COUNTRY_BOUNDARIES) && m.endsWith(".json") && !m.endsWith("/countries.json"));
        if (!ne.containsKey(ADMIN1_BOUNDARIES) || ne.size() < 2) {
            throw new IOException(boundaries + " has no " + ADMIN1_BOUNDARIES + " or no country boundaries; the package layout changed");
        }
        Map<String, double[]> countryCentre = CountryCentres.countryCentres(ne);
        // Each region's point: the centre of its Natural Earth boundary when one matches its name,
        // else the source's own point.
        RegionBoundaries admin1 = RegionBoundaries.parse(ne.get(ADMIN1_BOUNDARIES));
        Map<Map<String, Object>, double[]> sourcePoint = new java.util.IdentityHashMap<>();
        Set<Map<String, Object>> fromBoundary = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map<String, Object> s : cscStates) {
            double[] centre = admin1.centre((String) s.get("countryCode"), (String) s.get("name"));
            if (centre != null) {
                sourcePoint.put(s, centre);
                fromBoundary.add(s);
            } else if (s.get("latitude") != null) {
                sourcePoint.put(s, new double[] {num(s.get("latitude")), num(s.get("longitude"))});
            }
        }

        // Populations summed per country and per first-level region stand for their size.
        Map<String, Long> countryPop = new HashMap<>();
        Map<String, List<double[]>> groupPoints = new HashMap<>();
        for (String[] f : cities) {
            long pop = Long.parseLong(f[14]);
            countryPop.merge(f[8], pop, Long::sum);
            groupPoints.computeIfAbsent(f[8] + "/" + f[10], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5]), pop});
        }

        // First-level regions, and the GeoNames admin1 code each city group belongs to.
        Map<String, List<Map<String, Object>>> statesByCountry = new HashMap<>();
        for (Map<String, Object> s : cscStates) {
            statesByCountry.computeIfAbsent((String) s.get("countryCode"), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<Object[]>> bigCities = new HashMap<>();
        for (String[] f : cities) {
            if (Long.parseLong(f[14]) >= 50_000) {
                bigCities.computeIfAbsent(f[8], k -> new ArrayList<>())
                        .add(new Object[] {f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5])});
            }
        }
        Map<String, byte[]> a2 = TarGz.read(admin2, Set.of(LocalNames.ADMIN1_MEMBER, LocalNames.ADMIN2_MEMBER));
        if (!a2.containsKey(LocalNames.ADMIN2_MEMBER) || !a2.containsKey(LocalNames.ADMIN1_MEMBER)) {
            throw new IOException(admin2 + " has no " + LocalNames.ADMIN1_MEMBER + " or " + LocalNames.ADMIN2_MEMBER
                    + "; the package layout changed");
        }
        Map<String, String> geonamesAdmin1 = LocalNames.admin1Codes(a2.get(LocalNames.ADMIN1_MEMBER));
        Map<String, String> admin1Name = new HashMap<>();
        Map<String, Long> admin1Pop = new HashMap<>();
        Map<Map<String, Object>, double[]> statePoint = new java.util.IdentityHashMap<>();
        Set<Map<String, Object>> badPoints = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, List<String>> groupsByCountry = new HashMap<>();
        for (String g : groupPoints.keySet()) {
            groupsByCountry.computeIfAbsent(g.substring(0, g.indexOf('/')), k -> new ArrayList<>()).add(g);
        }
        for (Map.Entry<String, List<String>> e : groupsByCountry.entrySet()) {
            String cc = e.getKey();
            List<Map<String, Object>> states = statesByCountry.getOrDefault(cc, List.of()).stream()
                    .filter(sourcePoint::containsKey).toList();
            Map<String, Map<String, Object>> assigned = CountryCentres.assignStates(e.getValue(), states, groupPoints, sourcePoint,
                    geonamesAdmin1);
            for (Map.Entry<String, Map<String, Object>> g : assigned.entrySet()) {
                String name = (String) g.getValue().get("name");
                admin1Name.put(g.getKey(), name);
                long pop = 0;
                for (double[] p : groupPoints.get(g.getKey())) {
                    pop += (long) p[2];
                }
                admin1Pop.merge(cc + "/" + name, pop, Long::sum);
            }
            // A region's point outside the box of its country's places is wrong in the source:
            // use the middle of its own places instead.
            double minLat = 90;
            double maxLat = -90;
            double minLon = 180;
            double maxLon = -180;
            for (String g : e.getValue()) {
                for (double[] p : groupPoints.get(g)) {
                    minLat = Math.min(minLat, p[0]);
                    maxLat = Math.max(maxLat, p[0]);
                    minLon = Math.min(minLon, p[1]);
                    maxLon = Math.max(maxLon, p[1]);
                }
            }
            for (Map<String, Object> st : states) {
                if (fromBoundary.contains(st)) {
                    continue;
                }
                double lat = sourcePoint.get(st)[0];
                double lon = sourcePoint.get(st)[1];
                boolean outside = lat < minLat - 3 || lat > maxLat + 3 || lon < minLon - 3 || lon > maxLon + 3;
                // A point on a same-named city (New York on New York City) is the city's, not the region's.
                boolean onCity = bigCities.getOrDefault(cc, List.of()).stream().anyMatch(c -> ((String) c[0]).startsWith((String) st.get("name"))
                        && Geo.distanceKm(lat, lon, (Double) c[1], (Double) c[2]) < 10);
                if (onCity) {
                    for (Map.Entry<String, Map<String, Object>> g : assigned.entrySet()) {
                        if (g.getValue() == st && groupPoints.get(g.getKey()).size() >= 20) {
                            statePoint.put(st, CountryCentres.middle(groupPoints.get(g.getKey())));
                        }
                    }
                }
                if (outside) {
                    badPoints.add(st);
                    for (Map.Entry<String, Map<String, Object>> g : assigned.entrySet()) {
                        if (g.getValue() == st) {
                            statePoint.put(st, CountryCentres.middle(groupPoints.get(g.getKey())));
                        }
                    }
                }
            }
        }

        int synthetic = 0;
        Map<String, Place> countryByIso3 = new HashMap<>();
        for (Map<String, Object> c : cscCountries) {
            String iso2 = (String) c.get("isoCode");
            String iso3 = iso2to3.get(iso2);
            if (iso3 == null || !iso3.matches("[A-Z]{3}") || countryByIso3.containsKey(iso3)) {
                continue;
            }
            double[] point = countryCentre.getOrDefault(iso2, new double[] {num(c.get("latitude")), num(c.get("longitude"))});
            Place p = new Place(-1_000_000 - (++synthetic), (String) c.get("name"), iso3, "",
                    point[0], point[1], "A", "PCLI", countryPop.getOrDefault(iso2, 0L));
            places.add(p);
            countryByIso3.put(iso3, p);
            name(p, p.name(), NameKind.NAME);
        }
        Map<String, Set<String>> stateNames = new HashMap<>();
        Map<String, Place> regionByName = new HashMap<>();
        int droppedStates = 0;
        for (Map<String, Object> s : cscStates) {
            String iso2 = (String) s.get("countryCode");
            String iso3 = iso2to3.get(iso2);
            if (iso3 == null || !sourcePoint.containsKey(s) || (badPoints.contains(s) && !statePoint.containsKey(s))) {
                droppedStates++;
                continue;
            }
            String name = (String) s.get("name");
            double[] point = statePoint.getOrDefault(s, sourcePoint.get(s));
            Place p = new Place(-2_000_000 - (++synthetic), name, iso3, name, point[0], point[1], "A", "ADM1",
                    admin1Pop.getOrDefault(iso2 + "/" + name, 0L));
            places.add(p);
            regionByName.putIfAbsent(iso3 + "/" + name, p);
            name(p, name, NameKind.NAME);
            String code = (String) s.get("isoCode");
            if (code != null && code.matches("[A-Z]{3}") && iso3.equals("AUS")) {
                // The press writes Australian states so (NSW, QLD); other codes (TX, SOS) collide with acronyms.
                name(p, code, NameKind.NAME);
            }
            for (String suffix : List.of(" Province", " Region", " State", " County", " Governorate", " District")) {
                if (name.endsWith(suffix) && name.length() > suffix.length() + 2) {
                    name(p, name.substring(0, name.length() - suffix.length()), NameKind.NAME);
                }
            }
            stateNames.computeIfAbsent(iso3, k -> new java.util.HashSet<>()).add(PlaceNames.normalize(name));
        }
        // CountryInfo names and demonyms; a nationality entry that names a region is left out.
        for (CountryInfo.Entry e : info.entries()) {
            Place p = countryByIso3.get(e.iso3());
            if (p == null) {
                continue;
            }
            name(p, e.name(), NameKind.NAME);
            for (String n : e.nationality()) {
                String key = PlaceNames.normalize(n);
                if (key.isEmpty() || stateNames.getOrDefault(e.iso3(), Set.of()).contains(key)) {
                    continue;
                }
                name(p, n, DEMONYM.matcher(key).matches() ? NameKind.DEMONYM : NameKind.NAME);
            }
        }
        for (String line : dataLines("country-aliases.tsv")) {
            String[] f = line.split("\t");
            Place p = countryByIso3.get(f[0]);
            if (p == null) {
                throw new IOException("country-aliases.tsv names unknown country " + f[0]);
            }
            for (String n : f[1].split("\\|")) {
                name(p, n, NameKind.NAME);
            }
        }
        Map<String, Place> namedRegions = new HashMap<>();
        for (String line : dataLines("named-regions.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IOException("named-regions.tsv: expected 6 tab-separated columns in '" + line + "'");
            }
            Place p = new Place(-3_000_000 - (++synthetic), f[0], f[2].equals("-") ? "" : f[2], "",
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), "L", f[3], 0);
            places.add(p);
            namedRegions.put(f[0], p);
            name(p, f[0], NameKind.NAME);
            if (!f[1].equals("-")) {
                for (String n : f[1].split("\\|")) {
                    name(p, n, NameKind.NAME);
                }
            }
        }
        System.out.println("[dyad-gazetteer] " + fromBoundary.size() + " of " + cscStates.size()
                + " first-level regions placed at the centre of their Natural Earth boundary, "
                + countryCentre.size() + " countries");
        if (droppedStates > 0) {
            System.out.println("[dyad-gazetteer] " + droppedStates + " first-level regions left out: no usable point");
        }
        int skipped = 0;
        for (String[] f : cities) {
            String iso3 = iso2to3.get(f[8]);
            if (iso3 == null) {
                skipped++;
                continue;
            }
            Place p = new Place(Long.parseLong(f[0]), f[1], iso3, admin1Name.getOrDefault(f[8] + "/" + f[10], ""),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7].isEmpty() ? "PPL" : f[7],
                    Long.parseLong(f[14]));
            places.add(p);
            name(p, f[1], NameKind.NAME);
            name(p, f[2], NameKind.NAME);
            if (!f[3].isEmpty()) {
                for (String alt : f[3].split(",")) {
                    if (usableAlternate(alt)) {
                        name(p, alt, NameKind.NAME);
                    }
                }
            }
        }
        if (skipped > 0) {
            System.out.println("[dyad-gazetteer] " + skipped + " places left out: their country has no ISO alpha-3 code in CountryInfo");
        }
        Map<String, Place> regionOfCode = new HashMap<>();
        admin1Name.forEach((code, name) -> {
            Place p = regionByName.get(iso2to3.get(code.substring(0, code.indexOf('/'))) + "/" + name);
            if (p != null) {
                regionOfCode.put(code, p);
            }
        });
        System.out.println("[dyad-gazetteer] " + LocalNames.admin1Names(geonamesAdmin1, regionOfCode, this::name)
                + " English first-level region names from GeoNames admin1");
        List<Place> counties = LocalNames.admin2(a2.get(LocalNames.ADMIN2_MEMBER), cities, iso2to3, admin1Name, -4_000_000);
        for (Place p : counties) {
            places.add(p);
            name(p, p.name(), NameKind.NAME);
        }
        System.out.println("[dyad-gazetteer] " + counties.size() + " second-level regions with a populated place");
        LocalNames.abbreviations(dataLines("region-abbreviations.tsv"), regionByName, this::name);
        LocalNames.demonyms(dataLines("demonyms.tsv"), t -> t.matches("[A-Z]{3}") ? countryByIso3.get(t)
                : t.matches("[A-Z]{3}/.+") ? regionByName.get(t) : namedRegions.get(t), // "USA/Texas": a first-level region
                this::name);
        LocalNames.plurals(names, this::name);
        return new IndexFormat.Contents(provenance, places, names);
    }

    /** The centre of each country's main territory ({@link AreaCentre}), keyed by ISO alpha-2 code. */
    @SuppressWarnings("unchecked")
    private void name(Place p, String name, NameKind kind) {
        String key = PlaceNames.normalize(name);
        if (key.isEmpty()) {
            return;
        }
        List<Candidate> list = names.computeIfAbsent(key, k -> new ArrayList<>(1));
        // A place's names are added together, so a repeat sits near the end of the list:
        // looking back 32 entries keeps this linear for names shared by thousands of places.
        for (int i = list.size() - 1; i >= Math.max(0, list.size() - 32); i--) {
            if (list.get(i).place() == p) {
                if (list.get(i).kind() != NameKind.NAME && kind == NameKind.NAME) {
                    list.set(i, new Candidate(p, kind));
                }
                return;
            }
        }
        if (list.size() < Short.MAX_VALUE) {
            list.add(new Candidate(p, kind));
        }
    }

    private List<String> dataLines(String file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    private static List<String[]> readCities(byte[] bytes) throws IOException {
        List<String[]> out = new ArrayList<>(200_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length != 19) {
                    throw new IOException("cities500.txt line " + n + " has " + f.length + " fields, expected 19");
                }
                out.add(f);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(byte[] json) {
        return (List<Map<String, Object>>) (List<?>) Json.parse(new String(json, StandardCharsets.UTF_8));
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.parseDouble((String) o);
    }
}
