package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.facts.MentionKind;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceEvidence;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.junit.jupiter.api.Test;

/**
 * Local news on a small hand-made gazetteer: counties, region abbreviations in addresses,
 * demonyms of countries and regions, small towns named like countries and states, the article's
 * focus and nearby places, and the evidence each mention keeps. Places marked fictional are made
 * up so that only the mechanism under test can pick the right one.
 */
class LocalPlacesTest {
    private static final Place USA = country(-1, "United States", "USA", 39.8, -98.6, 300_000_000);
    private static final Place FRANCE = country(-2, "France", "FRA", 46.0, 2.0, 67_000_000);
    private static final Place JORDAN = country(-3, "Jordan", "JOR", 31.0, 36.5, 10_000_000);
    private static final Place RUSSIA = country(-4, "Russia", "RUS", 60.0, 95.0, 144_000_000);
    private static final Place EUROPE = new Place(-5, "Europe", "", "", 48.7, 9.1, "L", "CONT", 0);
    private static final Place TEXAS = region(-10, "Texas", 31.0, -100.0, 29_000_000);
    private static final Place INDIANA = region(-11, "Indiana", 39.9, -86.3, 6_800_000);
    private static final Place KANSAS = region(-12, "Kansas", 38.5, -98.4, 2_900_000);
    private static final Place WEST_VIRGINIA = region(-13, "West Virginia", 38.6, -80.6, 1_800_000);
    private static final Place SOUTH_CAROLINA = region(-14, "South Carolina", 33.9, -80.9, 5_100_000);
    private static final Place MINNESOTA = region(-15, "Minnesota", 46.3, -94.3, 5_700_000);
    private static final Place OKLAHOMA = region(-16, "Oklahoma", 35.6, -97.5, 4_000_000);
    private static final Place GEORGIA_STATE = region(-17, "Georgia", 32.7, -83.4, 10_700_000);
    private static final Place GEORGIA_COUNTRY = country(-18, "Georgia", "GEO", 42.0, 43.5, 3_700_000);
    private static final Place DC = region(-19, "District of Columbia", 38.9, -77.0, 700_000);
    private static final Place WASHINGTON_STATE = region(-20, "Washington", 47.4, -120.5, 7_700_000);
    private static final Place SCOTT_COUNTY_IN = county(-30, "Scott County", "Indiana", 38.68, -85.75, 24_000);
    private static final Place SCOTT_COUNTY_MN = county(-31, "Scott County", "Minnesota", 44.65, -93.53, 150_000);
    private static final Place SCOTT_CITY = city(4277241, "Scott City", "Kansas", 38.48, -100.91, "PPLA2", 3_800);
    private static final Place PARIS_FR = new Place(2988507, "Paris", "FRA", "Ile-de-France", 48.85, 2.35, "P", "PPLC", 2_100_000);
    private static final Place PARIS_TX = city(4717560, "Paris", "Texas", 33.66, -95.56, "PPLA2", 25_000);
    private static final Place CHARLESTON_SC = city(4574324, "Charleston", "South Carolina", 32.78, -79.93, "PPLA2", 150_000);
    private static final Place CHARLESTON_WV = city(4801859, "Charleston", "West Virginia", 38.35, -81.63, "PPLA", 48_000);
    private static final Place JORDAN_MN = city(5030005, "Jordan", "Minnesota", 44.67, -93.63, "PPL", 6_600);
    private static final Place OKLAHOMA_PA = city(5202620, "Oklahoma", "Pennsylvania", 40.58, -79.58, "PPL", 800);
    private static final Place WASHINGTON_DC = city(4140963, "Washington", "District of Columbia", 38.9, -77.04, "PPLC", 690_000);
    /** Two fictional Millbrooks in Texas, the far one larger, and a fictional town near the small one. */
    private static final Place MILLBROOK_TX = city(9000010, "Millbrook", "Texas", 33.70, -95.40, "PPL", 5_000);
    private static final Place MILLBROOK_FAR = city(9000011, "Millbrook", "Texas", 31.8, -106.4, "PPL", 7_000);
    private static final Place BRENTWOOD_TX = city(9000012, "Brentwood", "Texas", 33.9, -95.3, "PPL", 4_000);

    private static final Place MALAKAL = new Place(370737, "Malakal", "SSD", "Upper Nile", 9.53, 31.66, "P", "PPLA", 160_765);
    private static final Place IVINS = city(5543307, "Ivins", "Utah", 37.17, -113.68, "PPL", 7_876);

    private static final Gazetteer GAZETTEER = MemoryGazetteer.builder()
            .add(MALAKAL).add(IVINS)
            .add(USA, "U.S.").add(FRANCE).add(JORDAN).add(RUSSIA).add(EUROPE).add(TEXAS).add(INDIANA).add(KANSAS)
            .add(WEST_VIRGINIA).add(SOUTH_CAROLINA).add(MINNESOTA).add(OKLAHOMA).add(GEORGIA_STATE).add(GEORGIA_COUNTRY)
            .add(DC, "D.C.").add(WASHINGTON_STATE).add(SCOTT_COUNTY_IN).add(SCOTT_COUNTY_MN).add(SCOTT_CITY, "Scott")
            .add(PARIS_FR).add(PARIS_TX).add(CHARLESTON_SC).add(CHARLESTON_WV).add(JORDAN_MN).add(OKLAHOMA_PA)
            .add(WASHINGTON_DC).add(MILLBROOK_TX).add(MILLBROOK_FAR).add(BRENTWOOD_TX)
            .abbreviation(WEST_VIRGINIA, "W.Va.", "WV").abbreviation(TEXAS, "Tex.", "TX").abbreviation(INDIANA, "IN", "Ind.")
            .demonym(RUSSIA, "Russian", "Russians").demonym(EUROPE, "European")
            .build();

    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceResolver.Options.DEFAULT);

    @Test
    void a_county_with_its_state_is_that_county() {
        List<PlaceMention> places = resolve("An outbreak in Scott County, Indiana has grown.");
        PlaceMention scott = named(places, "Scott County");
        assertEquals(SCOTT_COUNTY_IN, scott.place());
        assertEquals(Resolution.ADMIN2, scott.resolution());
        assertTrue(scott.centroid());
    }

    @Test
    void a_county_inside_an_organisation_name_is_kept() {
        List<PlaceMention> places = resolve("Deputies of the Scott County Sheriff's Office, Indiana said so.");
        assertEquals(Resolution.ADMIN2, named(places, "Scott County").resolution());
    }

    @Test
    void a_state_abbreviation_after_a_town_and_a_comma_is_its_state() {
        List<PlaceMention> places = resolve("CHARLESTON, W.Va. (AP) - Water was cut off.");
        assertEquals(CHARLESTON_WV, named(places, "CHARLESTON").place());
        assertEquals(WEST_VIRGINIA, named(places, "W.Va.").place());
        assertEquals("address", named(places, "CHARLESTON").evidence().rule());
    }

    @Test
    void a_postal_code_is_a_state_only_in_an_address() {
        assertEquals(PARIS_TX, named(resolve("The fair in Paris, TX drew crowds."), "Paris").place());
        List<PlaceMention> alone = resolve("Voters in TX and IN went to the polls.");
        assertTrue(alone.isEmpty(), "abbreviations alone are no places: " + alone);
        assertTrue(resolve("Millbrook, in the morning, was quiet.").stream().noneMatch(p -> p.text().equals("in")));
    }

    @Test
    void washington_dc_is_the_capital_not_the_state() {
        List<PlaceMention> places = resolve("Officials met in Washington, D.C. on Monday. Washington state was not there.");
        assertEquals(WASHINGTON_DC, places.get(0).place());
    }

    @Test
    void demonyms_and_regional_adjectives_stand_for_their_country_or_region_never_a_town() {
        List<PlaceMention> places = resolve("Russians and European officials met in Paris.");
        assertEquals(RUSSIA, named(places, "Russians").place());
        assertEquals(MentionKind.DEMONYM, named(places, "Russians").kind());
        assertEquals(EUROPE, named(places, "European").place());
        assertEquals("demonym", named(places, "European").evidence().rule());
    }

    @Test
    void a_country_or_state_name_alone_beats_a_small_town_of_that_name_in_local_news() {
        List<PlaceMention> places = resolve("Police in Scott County, Minnesota said the suspect fled to Jordan. "
                + "He was born in Oklahoma.");
        assertEquals(JORDAN, named(places, "Jordan").place());
        assertEquals(OKLAHOMA, named(places, "Oklahoma").place());
    }

    @Test
    void a_small_town_named_in_its_state_is_still_that_town() {
        assertEquals(JORDAN_MN, named(resolve("A fire broke out in Jordan, Minnesota."), "Jordan").place());
    }

    @Test
    void a_direction_before_a_us_state_keeps_the_state() {
        List<PlaceMention> places = resolve("Storms hit North Georgia and Atlanta's suburbs. Texas was spared.");
        PlaceMention north = named(places, "North Georgia");
        assertEquals(GEORGIA_STATE, north.place());
    }

    @Test
    void a_place_near_the_articles_other_places_wins_over_a_larger_one_far_away() {
        List<PlaceMention> places = resolve("A storm passed Brentwood overnight. Millbrook lost power.");
        assertEquals(MILLBROOK_TX, named(places, "Millbrook").place());
        assertEquals("nearby", named(places, "Millbrook").evidence().rule());
    }

    @Test
    void a_county_located_in_a_state_is_that_states_county() {
        assertEquals(SCOTT_COUNTY_IN, named(resolve("Birds died in Scott County located in Indiana."), "Scott County").place());
    }

    @Test
    void a_word_seen_as_a_surname_is_a_place_only_when_well_known() {
        List<PlaceMention> places = resolve("Bruce Ivins worked in Texas. Aid reached Children's Village Malakal. "
                + "Ivins said flights go to Malakal daily.");
        assertTrue(places.stream().noneMatch(p -> p.text().equals("Ivins")), "a surname: " + places);
        assertEquals(MALAKAL, named(places, "Malakal").place());
    }

    @Test
    void evidence_lists_the_competing_candidates_best_first() {
        PlaceMention paris = named(resolve("Talks resumed in Paris on Monday."), "Paris");
        assertEquals(PARIS_FR, paris.place());
        assertEquals("prior", paris.evidence().rule());
        assertEquals(List.of(PARIS_TX), paris.evidence().alternatives().stream().map(PlaceEvidence.Alternative::place).toList());
        PlaceMention france = named(resolve("Talks resumed in France."), "France");
        assertEquals("only candidate", france.evidence().rule());
        assertFalse(france.isDemonym());
    }

    private List<PlaceMention> resolve(String text) {
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text), Set.of());
        for (PlaceMention p : places) {
            assertEquals(p.text(), text.substring(p.start(), p.end()), "spans are raw-text offsets");
        }
        return places;
    }

    private static PlaceMention named(List<PlaceMention> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + places));
    }

    private static Place country(long id, String name, String iso3, double lat, double lon, long pop) {
        return new Place(id, name, iso3, "", lat, lon, "A", "PCLI", pop);
    }

    private static Place region(long id, String name, double lat, double lon, long pop) {
        return new Place(id, name, "USA", name, lat, lon, "A", "ADM1", pop);
    }

    private static Place county(long id, String name, String state, double lat, double lon, long pop) {
        return new Place(id, name, "USA", state, lat, lon, "A", "ADM2", pop);
    }

    private static Place city(long id, String name, String state, double lat, double lon, String code, long pop) {
        return new Place(id, name, "USA", state, lat, lon, "P", code, pop);
    }
}
