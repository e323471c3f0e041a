package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * What the engine's other layers say about places, on a small hand-made gazetteer: actors read off
 * a place name, NER's person names, and region abbreviations that NER or the tokenizer hand over
 * in pieces. Each case is a local-news failure kind of issue 19.
 */
class NewsContextTest {
    private static final Place JORDAN = new Place(-3, "Jordan", "JOR", "", 31.0, 36.5, "A", "PCLI", 10_000_000);
    private static final Place EGYPT = new Place(-6, "Egypt", "EGY", "", 26.5, 30.0, "A", "PCLI", 100_000_000);
    private static final Place MINNESOTA = region(-15, "Minnesota", 46.3, -94.3, 5_700_000);
    private static final Place ILLINOIS = region(-21, "Illinois", 40.0, -89.2, 12_800_000);
    private static final Place MISSOURI = region(-22, "Missouri", 38.4, -92.5, 6_100_000);
    private static final Place GEORGIA = region(-17, "Georgia", 32.7, -83.4, 10_700_000);
    private static final Place TEXAS = region(-10, "Texas", 31.0, -100.0, 29_000_000);
    private static final Place JORDAN_MN = city(5030005, "Jordan", "USA", "Minnesota", 44.67, -93.63, "PPL", 6_600);
    private static final Place CAIRO_EG = city(360630, "Cairo", "EGY", "Cairo", 30.06, 31.25, "PPLC", 9_600_000);
    private static final Place CAIRO_IL = city(4235193, "Cairo", "USA", "Illinois", 37.0, -89.18, "PPLA2", 2_000);
    private static final Place ST_LOUIS = city(4407066, "St. Louis", "USA", "Missouri", 38.63, -90.2, "PPLA2", 300_000);
    private static final Place MO_NORWAY = city(3145580, "Mo", "NOR", "Nordland", 66.3, 14.1, "PPLA2", 18_000);
    private static final Place ATLANTA = city(4180439, "Atlanta", "USA", "Georgia", 33.75, -84.39, "PPLA", 500_000);
    private static final Place PARIS_FR = city(2988507, "Paris", "FRA", "Ile-de-France", 48.85, 2.35, "PPLC", 2_100_000);
    private static final Place BENI_SUEF = new Place(-30, "Beni Suef", "EGY", "Beni Suef", 28.9, 30.6, "A", "ADM1", 3_000_000);
    private static final Place MILLBROOK = city(9000010, "Millbrook", "USA", "Texas", 33.70, -95.40, "PPL", 16_000);
    private static final Place PARIS_TX = city(4717560, "Paris", "USA", "Texas", 33.66, -95.56, "PPLA2", 25_000);

    private static final Gazetteer GAZETTEER = MemoryGazetteer.builder()
            .add(JORDAN).add(EGYPT).add(MINNESOTA).add(ILLINOIS).add(MISSOURI).add(GEORGIA).add(TEXAS).add(JORDAN_MN)
            .add(CAIRO_EG).add(CAIRO_IL).add(ST_LOUIS).add(MO_NORWAY).add(ATLANTA).add(PARIS_FR).add(PARIS_TX).add(MILLBROOK).add(BENI_SUEF)
            .abbreviation(ILLINOIS, "Ill.", "IL").abbreviation(MISSOURI, "Mo.", "MO").abbreviation(GEORGIA, "Ga.", "GA")
            .build();

    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceResolver.Options.DEFAULT);

    @Test
    void a_container_in_the_text_outranks_the_actors_country() {
        String text = "A fire broke out in Jordan, Minnesota. Smoke drifted toward Cairo, Ill. overnight.";
        Document doc = TestDocs.of(text);
        Document withActors = doc.withActors(List.of(actor(doc, text, "Jordan", "JOR"), actor(doc, text, "Cairo", "EGY")));
        List<PlaceMention> places = resolver.apply(withActors).places();
        assertEquals(JORDAN_MN, named(places, "Jordan").place());
        assertEquals(CAIRO_IL, named(places, "Cairo").place());
    }

    @Test
    void an_actor_elsewhere_in_the_text_still_gives_its_country_as_context() {
        String text = "Jordan's army crossed into Egypt. Troops reached Cairo.";
        Document doc = TestDocs.of(text);
        Document withActors = doc.withActors(List.of(actor(doc, text, "army", "EGY")));
        assertEquals(CAIRO_EG, named(resolver.apply(withActors).places(), "Cairo").place());
    }

    @Test
    void a_place_name_inside_a_persons_name_is_no_place() {
        String text = "Sheriff Bill Paris told reporters that Paris was calm in Jordan.";
        List<PlaceMention> without = resolver.resolve(TestDocs.of(text), Set.of());
        assertEquals(PARIS_FR, named(without, "Paris").place(), "without NER, a famous city glued to a name survives: " + without);
        assertTrue(without.stream().anyMatch(p -> p.start() == 13));
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text, List.of(new EntityMention(1, 3, "PERSON"))), Set.of());
        assertTrue(places.stream().noneMatch(p -> p.start() == 13), "the sheriff is no place: " + places);
        assertEquals(PARIS_FR, named(places, "Paris").place(), "the city named on its own stays");
        assertEquals(JORDAN, named(places, "Jordan").place());
    }

    @Test
    void a_one_word_person_keeps_a_well_known_place_but_a_small_town_only_with_support() {
        String text = "The Jordan family left Millbrook.";
        List<Place> plain = resolver.resolve(TestDocs.of(text), Set.of()).stream().map(PlaceMention::place).toList();
        assertTrue(plain.contains(MILLBROOK), "without NER the small town is read: " + plain);
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text, List.of(new EntityMention(1, 2, "PERSON"),
                new EntityMention(4, 5, "PERSON"))), Set.of());
        assertEquals(JORDAN, named(places, "Jordan").place(), "NER's slip on a country's name");
        assertTrue(places.stream().noneMatch(p -> p.text().equals("Millbrook")), places.toString());
        List<PlaceMention> supported = resolver.resolve(TestDocs.of("The Jordan family left Millbrook, Texas.",
                List.of(new EntityMention(4, 5, "PERSON"))), Set.of());
        assertEquals(MILLBROOK, named(supported, "Millbrook").place(), "its state in the text speaks for the town");
    }

    @Test
    void a_whole_two_word_person_that_names_a_region_is_that_region() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("Birds died in Beni Suef on Monday.",
                List.of(new EntityMention(3, 5, "PERSON"))), Set.of());
        assertEquals(BENI_SUEF, named(places, "Beni Suef").place());
    }

    @Test
    void a_two_letter_ner_location_in_an_address_is_the_states_abbreviation_not_a_town() {
        String text = "Floods reached St. Louis, Mo. on Friday.";
        // PlainAnalysis tokens: Floods reached St . Louis , Mo . on Friday .
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text,
                List.of(new EntityMention(2, 5, "LOCATION"), new EntityMention(6, 7, "LOCATION"))), Set.of());
        assertEquals(MISSOURI, named(places, "Mo.").place());
        assertEquals(ST_LOUIS, named(places, "St. Louis").place());
    }

    @Test
    void a_dotted_two_letter_state_abbreviation_is_read_in_an_address() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("ATLANTA, Ga. (AP) - Schools closed."), Set.of());
        assertEquals(GEORGIA, named(places, "Ga.").place());
        assertEquals(ATLANTA, named(places, "ATLANTA").place());
        assertTrue(resolver.resolve(TestDocs.of("Mo. and Ga. voted."), Set.of()).isEmpty(), "never alone");
    }

    @Test
    void an_elided_article_before_a_capital_counts_as_capitalised_as_corenlp_tokenizes_cote_divoire() {
        assertTrue(PlaceRecognizer.capitalised("d'Ivoire"));
        assertTrue(PlaceRecognizer.capitalised("d\u2019Ivoire"));
        assertTrue(!PlaceRecognizer.capitalised("d'accord") && !PlaceRecognizer.capitalised("don't"));
    }

    private static ActorMention actor(Document doc, String text, String word, String country) {
        int start = text.indexOf(word);
        int token = 0;
        while (doc.tokens().start(token) != start) {
            token++;
        }
        return new ActorMention(token, token + 1, token, new org.dyad.core.text.Span(start, start + word.length()), word,
                new ActorCode(country), ActorBasis.NAME, PartyKind.STATE, "test", Optional.empty());
    }

    private static PlaceMention named(List<PlaceMention> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + places));
    }

    private static Place region(long id, String name, double lat, double lon, long pop) {
        return new Place(id, name, "USA", name, lat, lon, "A", "ADM1", pop);
    }

    private static Place city(long id, String name, String iso3, String admin1, double lat, double lon, String code, long pop) {
        return new Place(id, name, iso3, admin1, lat, lon, "P", code, pop);
    }
}
