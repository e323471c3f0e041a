package org.dyad.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.geo.Candidate;
import org.dyad.core.geo.NameKind;
import org.dyad.core.facts.Place;
import org.dyad.core.geo.PlaceNames;
import org.junit.jupiter.api.Test;

/** Counties, abbreviations and demonyms as the index builder derives them, on made-up rows. */
class LocalNamesTest {
    private static final Place TEXAS = new Place(-2, "Texas", "USA", "Texas", 31, -100, "A", "ADM1", 29_000_000);
    private static final Place KENYA = new Place(-1, "Kenya", "KEN", "", 0, 38, "A", "PCLI", 50_000_000);

    @Test
    void a_county_takes_the_median_point_the_summed_population_and_the_state_of_its_towns() throws IOException {
        byte[] json = "[{\"code\":\"US.TX.277\",\"name\":\"Lamar County\"},{\"code\":\"US.TX.999\",\"name\":\"Empty County\"}]"
                .getBytes(StandardCharsets.UTF_8);
        List<String[]> cities = List.of(row("Paris", 33.66, -95.56, "TX", "277", 25_000), row("Reno", 33.67, -95.48, "TX", "277", 3_000),
                row("Blossom", 33.66, -95.38, "TX", "277", 1_500), row("Austin", 30.27, -97.74, "TX", "453", 960_000));
        List<Place> counties = LocalNames.admin2(json, cities, Map.of("US", "USA"), Map.of("US/TX", "Texas"), -4_000_000);
        assertEquals(1, counties.size(), "a county without a populated place has no point and is left out");
        Place lamar = counties.get(0);
        assertEquals("Lamar County", lamar.name());
        assertEquals("Texas", lamar.admin1());
        assertEquals("ADM2", lamar.featureCode());
        assertEquals(33.66, lamar.lat(), 1e-9);
        assertEquals(-95.48, lamar.lon(), 1e-9);
        assertEquals(29_500, lamar.population());
    }

    @Test
    void address_forms_are_abbreviations_and_standalone_forms_names() throws IOException {
        Map<String, List<Candidate>> names = new LinkedHashMap<>();
        LocalNames.abbreviations(List.of("USA\tTexas\tTex.|TX\tTexas State"), Map.of("USA/Texas", TEXAS), namer(names));
        assertEquals(NameKind.ABBREVIATION, names.get("tex").get(0).kind());
        assertEquals(NameKind.ABBREVIATION, names.get("tx").get(0).kind());
        assertEquals(NameKind.NAME, names.get("texas state").get(0).kind());
        IOException e = assertThrows(IOException.class,
                () -> LocalNames.abbreviations(List.of("USA\tTexass\tTx.\t-"), Map.of("USA/Texas", TEXAS), namer(names)));
        assertTrue(e.getMessage().contains("unknown region USA/Texass"), e.getMessage());
    }

    @Test
    void geonames_english_region_names_name_the_region_their_code_was_matched_to() throws IOException {
        Place jawaBarat = new Place(-3, "Jawa Barat", "IDN", "Jawa Barat", -6.9, 107.6, "A", "ADM1", 40_000_000);
        Map<String, List<Candidate>> names = new LinkedHashMap<>();
        byte[] json = "[{\"code\":\"ID.30\",\"name\":\"West Java\"},{\"code\":\"ID.99\",\"name\":\"Nowhere\"}]"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(1, LocalNames.admin1Names(LocalNames.admin1Codes(json), Map.of("ID/30", jawaBarat), namer(names)));
        assertEquals(jawaBarat, names.get("west java").get(0).place());
        assertTrue(!names.containsKey("nowhere"), "a code matched to no region names nothing");
    }

    @Test
    void demonyms_in_an_or_i_get_plurals_unless_the_plural_is_a_name() {
        Map<String, List<Candidate>> names = new LinkedHashMap<>();
        names.put("kenyan", new ArrayList<>(List.of(new Candidate(KENYA, NameKind.DEMONYM))));
        names.put("kenya", new ArrayList<>(List.of(new Candidate(KENYA, NameKind.NAME))));
        names.put("israeli", new ArrayList<>(List.of(new Candidate(KENYA, NameKind.DEMONYM))));
        names.put("israelis", new ArrayList<>());
        LocalNames.plurals(names, namer(names));
        assertEquals(NameKind.DEMONYM, names.get("kenyans").get(0).kind());
        assertTrue(names.get("israelis").isEmpty(), "an existing key is left alone");
        assertTrue(!names.containsKey("kenyas"), "names get no plural");
    }

    private static LocalNames.Namer namer(Map<String, List<Candidate>> names) {
        return (p, n, k) -> names.computeIfAbsent(PlaceNames.normalize(n), x -> new ArrayList<>()).add(new Candidate(p, k));
    }

    /** A cities500 row with the columns the builder reads. */
    private static String[] row(String name, double lat, double lon, String admin1, String admin2, long pop) {
        String[] f = new String[19];
        java.util.Arrays.fill(f, "");
        f[1] = name;
        f[4] = Double.toString(lat);
        f[5] = Double.toString(lon);
        f[8] = "US";
        f[10] = admin1;
        f[11] = admin2;
        f[14] = Long.toString(pop);
        return f;
    }
}
