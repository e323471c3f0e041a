package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.junit.jupiter.api.Test;

/**
 * Recognition on local news (issue 19, third part), each case a kind of miss found by reading
 * Wikinews and VOA stories: small towns in lists, towns the gazetteer lacks before their state,
 * the bare name of a county named before, places heading organisations named after them, direction
 * words before a region that a small town shares, seas and capitals named like a state.
 */
class LocalRecognitionTest {
    private static final Place WALES = new Place(-1, "Wales", "GBR", "Wales", 52.1, -3.8, "A", "ADM1", 3_000_000);
    private static final Place DOLGELLAU = city(1, "Dolgellau", "GBR", "Wales", 52.74, -3.89, 2_600);
    private static final Place HARLECH = city(2, "Harlech", "GBR", "Wales", 52.86, -4.11, 1_700);
    private static final Place BALA = city(3, "Bala", "GBR", "Wales", 52.91, -3.6, 1_900);
    private static final Place NORTH_WALES_PA = city(4, "North Wales", "USA", "Pennsylvania", 40.21, -75.28, 3_200);
    private static final Place NEW_HAMPSHIRE = new Place(-2, "New Hampshire", "USA", "New Hampshire", 43.7, -71.6, "A", "ADM1", 1_300_000);
    private static final Place RANDOLPH_MA = city(5, "Randolph", "USA", "Massachusetts", 42.16, -71.04, 32_000);
    private static final Place NEW_YORK = new Place(-3, "New York", "USA", "New York", 42.9, -75.5, "A", "ADM1", 19_000_000);
    private static final Place WESTCHESTER_COUNTY = new Place(-4, "Westchester County", "USA", "New York", 41.12, -73.79, "A", "ADM2", 950_000);
    private static final Place WESTCHESTER_FL = city(6, "Westchester", "USA", "Florida", 25.75, -80.33, 29_000);
    private static final Place FLORIDA = new Place(-5, "Florida", "USA", "Florida", 28.6, -82.4, "A", "ADM1", 21_000_000);
    private static final Place ALACHUA = city(7, "Alachua", "USA", "Florida", 29.75, -82.42, 9_700);
    private static final Place GAINESVILLE = city(8, "Gainesville", "USA", "Florida", 29.65, -82.32, 141_000);
    private static final Place ATLANTIC_OCEAN = new Place(-6, "Atlantic Ocean", "", "", 0, -30, "L", "RGN", 0);
    private static final Place ATLANTIC_IA = city(9, "Atlantic", "USA", "Iowa", 41.4, -95.0, 6_800);
    private static final Place IOWA = new Place(-7, "Iowa", "USA", "Iowa", 42.0, -93.5, "A", "ADM1", 3_000_000);
    private static final Place WASHINGTON_STATE = new Place(-8, "Washington", "USA", "Washington", 47.4, -120.5, "A", "ADM1", 7_000_000);
    private static final Place WASHINGTON_DC = new Place(10, "Washington", "USA", "District of Columbia", 38.9, -77.04, "P", "PPLC", 690_000);

    private static final Gazetteer GAZETTEER = MemoryGazetteer.builder()
            .add(WALES).add(DOLGELLAU).add(HARLECH).add(BALA).add(NORTH_WALES_PA).add(NEW_HAMPSHIRE).add(RANDOLPH_MA)
            .add(NEW_YORK).add(WESTCHESTER_COUNTY).add(WESTCHESTER_FL).add(FLORIDA).add(ALACHUA).add(GAINESVILLE)
            .add(ATLANTIC_OCEAN, "Atlantic").add(ATLANTIC_IA).add(IOWA).add(WASHINGTON_STATE).add(WASHINGTON_DC)
            .abbreviation(NEW_HAMPSHIRE, "N.H.", "NH")
            .build();

    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceResolver.Options.DEFAULT);

    @Test
    void a_small_town_listed_beside_places_is_read_even_when_ner_calls_it_a_person() {
        String text = "Crews came from Wales. Engines came from Dolgellau, Harlech, and Bala on Monday.";
        // PlainAnalysis tokens: Crews came from Wales . Engines came from Dolgellau , Harlech , and Bala on Monday .
        List<EntityMention> ner = List.of(new EntityMention(8, 9, "LOCATION"), new EntityMention(10, 11, "PERSON"),
                new EntityMention(13, 14, "PERSON"));
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text, ner), Set.of());
        assertEquals(HARLECH, named(places, "Harlech").place());
        assertEquals(BALA, named(places, "Bala").place(), "a list runs through ', and'");
        List<PlaceMention> alone = resolver.resolve(TestDocs.of("Engines came. Harlech said no.",
                List.of(new EntityMention(3, 4, "PERSON"))), Set.of());
        assertTrue(alone.isEmpty(), "a person's name alone stays no place: " + alone);
    }

    @Test
    void a_town_the_gazetteer_lacks_before_its_state_is_a_mention_of_the_state() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("A truck crashed in Kinnear, New Hampshire on Friday."), Set.of());
        PlaceMention kinnear = named(places, "Kinnear");
        assertEquals(NEW_HAMPSHIRE, kinnear.place());
        assertEquals(Resolution.ADMIN1, kinnear.resolution());
        assertTrue(kinnear.centroid());
        assertEquals(NEW_HAMPSHIRE, named(resolver.resolve(TestDocs.of("KINNEAR, N.H. - Snow fell."), Set.of()), "KINNEAR").place(),
                "a dateline's town in capitals");
        assertTrue(resolver.resolve(TestDocs.of("Meanwhile, New Hampshire voted."), Set.of()).stream()
                .noneMatch(p -> p.text().equals("Meanwhile")), "an opening word is no town");
        assertTrue(resolver.resolve(TestDocs.of("Sen. Joe Smith, New Hampshire, spoke."), Set.of()).stream()
                .noneMatch(p -> p.text().contains("Smith")), "a person before a state is no town");
        assertTrue(resolver.resolve(TestDocs.of("He thanked the Ministry of Health, New Hampshire."), Set.of()).stream()
                .noneMatch(p -> p.text().equals("Health")), "an organisation's 'X of Y' before a state is no town");
    }

    @Test
    void a_town_named_like_one_elsewhere_but_not_in_the_written_state_is_a_place_in_that_state() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("Seven died in Randolph, New Hampshire on Friday."), Set.of());
        assertEquals(NEW_HAMPSHIRE, named(places, "Randolph").place(), "not Randolph, Massachusetts");
    }

    @Test
    void the_bare_name_of_a_county_named_before_is_that_county() {
        String text = "White Plains is the seat of Westchester County, New York. Westchester lies north of the city.";
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text), Set.of());
        assertEquals(WESTCHESTER_COUNTY, places.stream().filter(p -> p.text().equals("Westchester")).findFirst().orElseThrow().place());
        List<PlaceMention> without = resolver.resolve(TestDocs.of("Westchester lies north of the city, in Florida."), Set.of());
        assertEquals(WESTCHESTER_FL, named(without, "Westchester").place(), "without the county, the town");
    }

    @Test
    void a_place_heading_an_organisation_named_after_it_is_a_mention_of_the_place() {
        String text = "A crash near Gainesville, Florida killed five. The Alachua Sheriff's Office said the road was closed.";
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text), Set.of());
        assertEquals(ALACHUA, named(places, "Alachua").place());
        assertEquals(FLORIDA, named(resolver.resolve(TestDocs.of("The Florida Highway Patrol said so."), Set.of()), "Florida").place());
    }

    @Test
    void a_direction_word_before_a_region_that_a_small_town_shares_is_the_region() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("Fire crews across North Wales were called."), Set.of());
        PlaceMention north = named(places, "North Wales");
        assertEquals(WALES, north.place(), "not the borough in Pennsylvania");
        assertEquals(Resolution.ADMIN1, north.resolution());
    }

    @Test
    void a_small_town_named_like_an_ocean_needs_its_state_in_the_text() {
        String text = "Landings on the Atlantic coast were planned in Iowa and Florida.";
        assertEquals(ATLANTIC_OCEAN, named(resolver.resolve(TestDocs.of(text), Set.of("USA")), "Atlantic").place());
        assertEquals(ATLANTIC_IA, named(resolver.resolve(TestDocs.of("Storms hit Atlantic, Iowa."), Set.of()), "Atlantic").place());
    }

    @Test
    void a_capital_named_like_a_state_of_its_country_is_the_capital_unless_the_text_says_otherwise() {
        assertEquals(WASHINGTON_DC, named(resolver.resolve(TestDocs.of("Officials in Washington said the plane crashed."),
                Set.of("USA")), "Washington").place());
        assertEquals(WASHINGTON_STATE, named(resolver.resolve(TestDocs.of("Cases were found in Iowa, Washington and Florida."),
                Set.of("USA")), "Washington").place(), "listed beside states it is the state");
        assertEquals(WASHINGTON_STATE, named(resolver.resolve(TestDocs.of("Fires burned in Washington state."),
                Set.of("USA")), "Washington state").place(), "the admin word says it is the state");
    }

    private static PlaceMention named(List<PlaceMention> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + places));
    }

    private static Place city(long id, String name, String iso3, String admin1, double lat, double lon, long pop) {
        return new Place(id, name, iso3, admin1, lat, lon, "P", "PPL", pop);
    }
}
