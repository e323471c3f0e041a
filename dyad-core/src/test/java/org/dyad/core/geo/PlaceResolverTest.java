package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.facts.MentionKind;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.junit.jupiter.api.Test;

/** The resolver on a tiny hand-built gazetteer: each test shows one mechanism. */
class PlaceResolverTest {
    private static final Place USA = country(-1, "United States", "USA", 39.8, -98.6, 300_000_000);
    private static final Place GEORGIA_COUNTRY = country(-2, "Georgia", "GEO", 42.0, 43.5, 3_700_000);
    private static final Place GEORGIA_STATE = new Place(-3, "Georgia", "USA", "Georgia", 32.7, -83.4, "A", "ADM1", 10_700_000);
    private static final Place TEXAS = new Place(-4, "Texas", "USA", "Texas", 31.0, -100.0, "A", "ADM1", 29_000_000);
    private static final Place FRANCE = country(-5, "France", "FRA", 46.0, 2.0, 67_000_000);
    private static final Place PARIS_FR = city(2988507, "Paris", "FRA", "Ile-de-France", 48.85, 2.35, "PPLC", 2_100_000);
    private static final Place PARIS_TX = city(4717560, "Paris", "USA", "Texas", 33.66, -95.56, "PPLA2", 25_000);
    private static final Place AFGHANISTAN = country(-6, "Afghanistan", "AFG", 33.0, 65.0, 38_000_000);
    /** Coded as a regional seat, not a capital, so that the capital bonus does not hide containment. */
    private static final Place KABUL = city(1138958, "Kabul", "AFG", "Kabul", 34.53, 69.17, "PPLA", 3_000_000);
    /** A fictional larger Kabul elsewhere, so that only containment picks the Afghan one. */
    private static final Place KABUL_ELSEWHERE = city(9000001, "Kabul", "NGA", "Lagos", 6.5, 3.4, "PPLA", 9_000_000);
    private static final Place CHINA = country(-7, "China", "CHN", 35.0, 103.0, 1_400_000_000);
    private static final Place ATLANTA = city(4180439, "Atlanta", "USA", "Georgia", 33.75, -84.39, "PPLA", 500_000);
    private static final Place READING = city(2639577, "Reading", "GBR", "England", 51.45, -0.97, "PPL", 8_000);
    private static final Place KENYA = country(-8, "Kenya", "KEN", 1.0, 38.0, 50_000_000);
    /** A fictional village named Georgia in Texas, which {@code Georgia, Texas} could mean. */
    private static final Place UNITED_KINGDOM = country(-9, "United Kingdom", "GBR", 54.0, -2.8, 67_000_000);
    /** Two fictional Hartleys, the American one a little larger. */
    private static final Place HARTLEY_GB = city(9000003, "Hartley", "GBR", "England", 51.4, 0.3, "PPL", 8_000);
    private static final Place HARTLEY_US = city(9000004, "Hartley", "USA", "Ohio", 39.2, -84.4, "PPL", 8_500);
    private static final Place AUSTRALIA = country(-10, "Australia", "AUS", -25.0, 134.0, 25_000_000);
    private static final Place ESPERANCE_AU = city(2071860, "Esperance", "AUS", "Western Australia", -33.86, 121.89, "PPL", 2_263);
    private static final Place ESPERANCE_US = city(5793876, "Esperance", "USA", "Washington", 47.79, -122.36, "PPL", 3_601);
    private static final Place FITZGERALD_US = city(4154933, "Fitzgerald", "USA", "Georgia", 31.71, -83.25, "PPLA2", 9_000);
    private static final Place GEORGIA_VILLAGE_TX = city(9000002, "Georgia", "USA", "Texas", 32.0, -97.0, "PPL", 2_000);

    private static final Gazetteer GAZETTEER = MemoryGazetteer.builder()
            .add(USA, "U.S.", "US", "United States of America")
            .add(GEORGIA_COUNTRY).add(GEORGIA_STATE).add(TEXAS).add(FRANCE).add(PARIS_FR).add(PARIS_TX)
            .add(AFGHANISTAN).add(KABUL).add(KABUL_ELSEWHERE).add(CHINA).add(ATLANTA).add(READING).add(KENYA)
            .add(GEORGIA_VILLAGE_TX).add(UNITED_KINGDOM).add(HARTLEY_GB).add(HARTLEY_US).add(AUSTRALIA).add(ESPERANCE_AU)
            .add(ESPERANCE_US).add(FITZGERALD_US)
            .demonym(UNITED_KINGDOM, "British")
            .demonym(KENYA, "Kenyan")
            .build();

    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceResolver.Options.DEFAULT);

    @Test
    void georgia_without_context_is_the_country() {
        PlaceMention georgia = only(resolver.resolve(TestDocs.of("Bird flu reached Georgia last week."), Set.of()));
        assertEquals(GEORGIA_COUNTRY, georgia.place());
        assertEquals(Resolution.COUNTRY, georgia.resolution());
        assertTrue(georgia.centroid());
    }

    @Test
    void georgia_among_american_places_is_the_us_state() {
        List<PlaceMention> places = resolver.resolve(
                TestDocs.of("Officials in Atlanta said the outbreak in Georgia is the worst in the United States."), Set.of());
        assertEquals(GEORGIA_STATE, placeNamed(places, "Georgia").place());
        assertEquals(Resolution.ADMIN1, placeNamed(places, "Georgia").resolution());
    }

    @Test
    void georgia_with_the_callers_country_context_is_the_us_state() {
        PlaceMention georgia = only(resolver.resolve(TestDocs.of("Bird flu reached Georgia last week."), Set.of("USA")));
        assertEquals(GEORGIA_STATE, georgia.place());
    }

    @Test
    void paris_alone_is_the_french_capital() {
        assertEquals(PARIS_FR, only(resolver.resolve(TestDocs.of("Talks resumed in Paris on Monday."), Set.of())).place());
    }

    @Test
    void paris_in_an_article_about_texas_is_paris_texas() {
        List<PlaceMention> places = resolver.resolve(
                TestDocs.of("A tornado hit Texas overnight. Paris was without power."), Set.of());
        assertEquals(PARIS_TX, placeNamed(places, "Paris").place());
    }

    @Test
    void a_named_container_picks_the_place_inside_it() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("A bomb exploded in Kabul, Afghanistan."), Set.of());
        assertEquals(KABUL, placeNamed(places, "Kabul").place());
        assertEquals(AFGHANISTAN, placeNamed(places, "Afghanistan").place());
    }

    @Test
    void two_regions_of_one_country_side_by_side_are_a_list_not_a_place_and_its_container() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("Cases were confirmed in Georgia, Texas and France."), Set.of());
        assertEquals(GEORGIA_STATE, placeNamed(places, "Georgia").place());
        assertEquals(TEXAS, placeNamed(places, "Texas").place());
    }

    @Test
    void a_demonym_is_a_demonym_mention_of_its_country_and_says_which_country_the_article_is_about() {
        List<PlaceMention> places = resolver.resolve(TestDocs.of("British officials visited Hartley on Monday."), Set.of());
        assertEquals(HARTLEY_GB, placeNamed(places, "Hartley").place());
        PlaceMention british = placeNamed(places, "British");
        assertEquals(UNITED_KINGDOM, british.place());
        assertEquals(MentionKind.DEMONYM, british.kind());
        assertEquals(MentionKind.TOPONYM, placeNamed(places, "Hartley").kind());
    }

    @Test
    void a_name_glued_to_a_person_does_not_vote_for_its_country() {
        List<PlaceMention> places = resolver.resolve(
                TestDocs.of("Mike Fitzgerald said the birds died near Esperance. The deaths alarmed Australia."), Set.of());
        assertEquals(ESPERANCE_AU, placeNamed(places, "Esperance").place());
    }

    @Test
    void without_the_container_the_population_prior_decides() {
        assertEquals(KABUL_ELSEWHERE, only(resolver.resolve(TestDocs.of("Markets in Kabul opened."), Set.of())).place());
    }

    @Test
    void a_direction_before_a_country_names_the_country_as_a_centroid() {
        PlaceMention west = only(resolver.resolve(TestDocs.of("Floods hit western China on Sunday."), Set.of()));
        assertEquals("western China", west.text());
        assertEquals(CHINA, west.place());
        assertEquals(Resolution.COUNTRY, west.resolution());
        assertTrue(west.centroid());
    }

    @Test
    void spans_are_offsets_into_the_raw_text() {
        String text = "Troops left Kabul, Afghanistan.";
        for (PlaceMention m : resolver.resolve(TestDocs.of(text), Set.of())) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        PlaceMention kabul = resolver.resolve(TestDocs.of(text), Set.of()).get(0);
        assertEquals(12, kabul.start());
        assertEquals(17, kabul.end());
    }

    @Test
    void a_small_place_named_like_a_word_at_the_start_of_a_sentence_is_not_a_place() {
        assertTrue(resolver.resolve(TestDocs.of("Reading the report, officials were alarmed."), Set.of()).isEmpty());
    }

    @Test
    void demonyms_can_be_left_out_and_still_vote() {
        String text = "Kenyan officials met.";
        PlaceMention kenyan = only(resolver.resolve(TestDocs.of(text), Set.of()));
        assertEquals(KENYA, kenyan.place());
        assertTrue(kenyan.isDemonym());
        assertTrue(kenyan.centroid());
        PlaceResolver without = new PlaceResolver(GAZETTEER, new PlaceResolver.Options(false, false));
        assertTrue(without.resolve(TestDocs.of(text), Set.of()).isEmpty());
        assertEquals(HARTLEY_GB, only(without.resolve(TestDocs.of("British officials visited Hartley."), Set.of())).place());
    }

    @Test
    void abbreviations_with_dots_find_their_country() {
        assertEquals(USA, only(resolver.resolve(TestDocs.of("The U.S. sent aid."), Set.of())).place());
    }

    @Test
    void the_population_baseline_takes_the_most_populous_candidate_despite_containment() {
        PlaceResolver baseline = new PlaceResolver(GAZETTEER, PlaceResolver.Options.POPULATION_BASELINE);
        List<PlaceMention> places = baseline.resolve(TestDocs.of("A bomb exploded in Kabul, Afghanistan."), Set.of());
        assertEquals(KABUL_ELSEWHERE, placeNamed(places, "Kabul").place());
    }

    @Test
    void scores_are_probabilities_and_an_unambiguous_name_is_certain() {
        PlaceMention china = only(resolver.resolve(TestDocs.of("Exports from China rose."), Set.of()));
        assertEquals(1.0, china.score(), 1e-9);
        PlaceMention paris = only(resolver.resolve(TestDocs.of("Talks resumed in Paris on Monday."), Set.of()));
        assertTrue(paris.score() > 0.5 && paris.score() < 1.0, "score " + paris.score());
    }

    @Test
    void the_stage_declares_what_it_needs_and_gives() {
        assertEquals(Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.ENTITIES), resolver.requires());
        assertEquals(Set.of(LayerKind.PLACES), resolver.provides());
        assertTrue(resolver.apply(TestDocs.of("Paris.")).has(LayerKind.PLACES));
    }

    @Test
    void an_ner_location_is_kept_where_the_matcher_alone_would_doubt_it() {
        String text = "Reading was flooded.";
        assertTrue(resolver.resolve(TestDocs.of(text), Set.of()).isEmpty());
        List<PlaceMention> places = resolver.resolve(
                TestDocs.of(text, List.of(new org.dyad.core.doc.EntityMention(0, 1, "CITY"))), Set.of());
        assertEquals(READING, only(places).place());
    }

    @Test
    void an_article_without_places_gives_none() {
        assertFalse(resolver.resolve(TestDocs.of("the committee met and adjourned."), Set.of()).iterator().hasNext());
    }

    private static PlaceMention only(List<PlaceMention> places) {
        assertEquals(1, places.size(), "expected one place, got " + places);
        return places.get(0);
    }

    private static PlaceMention placeNamed(List<PlaceMention> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + places));
    }

    private static Place country(long id, String name, String iso3, double lat, double lon, long pop) {
        return new Place(id, name, iso3, "", lat, lon, "A", "PCLI", pop);
    }

    private static Place city(long id, String name, String iso3, String admin1, double lat, double lon, String code, long pop) {
        return new Place(id, name, iso3, admin1, lat, lon, "P", code, pop);
    }
}
