package org.dyad.gazetteer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.core.geo.Candidate;
import org.dyad.core.geo.NameKind;
import org.dyad.core.facts.Place;
import org.dyad.gazetteer.internal.Json;

/**
 * The index's entries below the first-level regions and its short and adjectival names:
 * second-level regions (GeoNames admin2 names, with points from the cities500 places that carry
 * their code), region abbreviations for {@code City, ST} addresses, plurals of demonyms, and
 * regional adjectives (docs/geo.md, "How the entries are derived").
 */
final class LocalNames {
    static final String ADMIN2_MEMBER = "package/admin2.json";

    /** Adds a name of a kind to a place. */
    @FunctionalInterface
    interface Namer {
        void name(Place place, String name, NameKind kind);
    }

    private LocalNames() {
    }

    /**
     * One county or district per admin2 code that at least one cities500 place carries. Its point
     * is the median of those places' coordinates (a rough centre of the populated area), its
     * population their sum, its first-level region theirs.
     *
     * @param cities cities500 rows (GeoNames columns: 4 lat, 5 lon, 8 country, 10 admin1, 11 admin2, 14 population)
     * @param iso3 ISO alpha-3 code by alpha-2 code
     * @param admin1Name a first-level region's name by {@code CC/admin1code}
     * @param firstId the id of the first entry; the next ones count down
     */
    @SuppressWarnings("unchecked")
    static List<Place> admin2(byte[] admin2Json, List<String[]> cities, Map<String, String> iso3,
            Map<String, String> admin1Name, long firstId) throws IOException {
        Map<String, List<String[]>> byCode = new HashMap<>();
        for (String[] f : cities) {
            if (!f[11].isEmpty()) {
                byCode.computeIfAbsent(f[8] + "." + f[10] + "." + f[11], k -> new ArrayList<>()).add(f);
            }
        }
        Object parsed = Json.parse(new String(admin2Json, StandardCharsets.UTF_8));
        if (!(parsed instanceof List<?> entries)) {
            throw new IOException(ADMIN2_MEMBER + " is not a JSON array; the package layout changed");
        }
        List<Place> out = new ArrayList<>();
        long id = firstId;
        for (Object o : entries) {
            Map<String, Object> e = (Map<String, Object>) o;
            String code = (String) e.get("code");
            String name = (String) e.get("name");
            List<String[]> members = byCode.get(code);
            if (members == null || name == null || name.isBlank()) {
                continue;
            }
            String[] f = members.get(0);
            String country = iso3.get(f[8]);
            if (country == null) {
                continue;
            }
            double[] lats = members.stream().mapToDouble(m -> Double.parseDouble(m[4])).sorted().toArray();
            double[] lons = members.stream().mapToDouble(m -> Double.parseDouble(m[5])).sorted().toArray();
            long pop = members.stream().mapToLong(m -> Long.parseLong(m[14])).sum();
            out.add(new Place(id--, name, country, admin1Name.getOrDefault(f[8] + "/" + f[10], ""),
                    lats[lats.length / 2], lons[lons.length / 2], "A", "ADM2", pop));
        }
        return out;
    }

    static final String ADMIN1_MEMBER = "package/admin1.json";

    /** GeoNames' admin1 names by {@code CC/code} ({@code FR/11} -> {@code Île-de-France}). */
    @SuppressWarnings("unchecked")
    static Map<String, String> admin1Codes(byte[] admin1Json) throws IOException {
        Object parsed = Json.parse(new String(admin1Json, StandardCharsets.UTF_8));
        if (!(parsed instanceof List<?> entries)) {
            throw new IOException(ADMIN1_MEMBER + " is not a JSON array; the package layout changed");
        }
        Map<String, String> out = new HashMap<>();
        for (Object o : entries) {
            Map<String, Object> e = (Map<String, Object>) o;
            if (e.get("code") instanceof String code && e.get("name") instanceof String name && !name.isBlank()) {
                out.put(code.replace('.', '/'), name);
            }
        }
        return out;
    }

    /**
     * GeoNames' English names of first-level regions ({@code West Java} for the source's
     * {@code Jawa Barat}, from {@link #admin1Codes}), as names of the region each GeoNames admin1
     * code was matched to.
     *
     * @param regionOfCode the first-level region by {@code CC/admin1code}
     */
    static int admin1Names(Map<String, String> admin1Codes, Map<String, Place> regionOfCode, Namer namer) {
        int added = 0;
        for (Map.Entry<String, String> e : admin1Codes.entrySet()) {
            Place p = regionOfCode.get(e.getKey());
            if (p != null) {
                namer.name(p, e.getValue(), NameKind.NAME);
                added++;
            }
        }
        return added;
    }

    /**
     * Region abbreviations ({@code region-abbreviations.tsv}): address-only forms as
     * {@link NameKind#ABBREVIATION}, the others as names.
     *
     * @param region the first-level region by {@code ISO3/name}
     */
    static void abbreviations(List<String> lines, Map<String, Place> region, Namer namer) throws IOException {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IOException("region-abbreviations.tsv: expected 4 tab-separated columns in '" + line + "'");
            }
            Place p = region.get(f[0] + "/" + f[1]);
            if (p == null) {
                throw new IOException("region-abbreviations.tsv names unknown region " + f[0] + "/" + f[1]);
            }
            for (String a : f[2].split("\\|")) {
                namer.name(p, a, NameKind.ABBREVIATION);
            }
            if (!f[3].equals("-")) {
                for (String a : f[3].split("\\|")) {
                    namer.name(p, a, NameKind.NAME);
                }
            }
        }
    }

    /** Demonyms from {@code demonyms.tsv}; the first column is a country code, {@code ISO3/region} or a named region's name. */
    static void demonyms(List<String> lines, Function<String, Place> target, Namer namer) throws IOException {
        for (String line : lines) {
            String[] f = line.split("\t");
            Place p = f.length == 2 ? target.apply(f[0]) : null;
            if (p == null) {
                throw new IOException("demonyms.tsv: '" + line + "' needs a known country code, ISO3/first-level region or named region, and forms");
            }
            for (String n : f[1].split("\\|")) {
                namer.name(p, n, NameKind.DEMONYM);
            }
        }
    }

    /**
     * Plurals of one-word demonyms ending in -an or -i ({@code Kenyans}, {@code Israelis}), for
     * keys no place is named by.
     */
    static void plurals(Map<String, List<Candidate>> names, Namer namer) {
        List<Object[]> add = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> e : names.entrySet()) {
            String k = e.getKey();
            if (k.contains(" ") || k.length() < 4 || !(k.endsWith("an") || k.endsWith("i"))
                    || names.containsKey(k + "s")) {
                continue;
            }
            for (Candidate c : e.getValue()) {
                if (c.kind() == NameKind.DEMONYM) {
                    add.add(new Object[] {c.place(), k + "s"});
                }
            }
        }
        for (Object[] a : add) {
            namer.name((Place) a[0], (String) a[1], NameKind.DEMONYM);
        }
    }
}
