package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Spans NER hands over that differ from the gazetteer matcher's (issue 19, why the engine path
 * placed fewer GeoVirus check toponyms than the matcher), and organisations whose names hold a
 * small town's name. On a small hand-made gazetteer.
 */
class EngineSpansTest {
    private static final Place AFGHANISTAN = new Place(-1, "Afghanistan", "AFG", "", 33.9, 67.7, "A", "PCLI", 30_000_000);
    private static final Place KANDAHAR_PROVINCE = new Place(-2, "Kandahar", "AFG", "Kandahar", 31.0, 65.5, "A", "ADM1", 1_300_000);
    private static final Place KANDAHAR_CITY = new Place(1138336, "Kandahar", "AFG", "Kandahar", 31.61, 65.71, "P", "PPLA", 390_000);
    private static final Place UNITED_STATES = new Place(-3, "United States", "USA", "", 39.1, -98.9, "A", "PCLI", 300_000_000);
    private static final Place OKLAHOMA = new Place(-4, "Oklahoma", "USA", "Oklahoma", 35.6, -97.5, "A", "ADM1", 3_900_000);
    private static final Place JUSTICE_IL = new Place(4897543, "Justice", "USA", "Illinois", 41.74, -87.84, "P", "PPL", 12_968);
    private static final Place ENERGY_IL = new Place(4237600, "Energy", "USA", "Illinois", 37.77, -89.03, "P", "PPL", 1_100);
    private static final Place CONGRESS_AZ = new Place(5289282, "Congress", "USA", "Arizona", 34.16, -112.85, "P", "PPL", 1_975);
    private static final Place COMMERCE_TX = new Place(4682464, "Commerce", "USA", "Texas", 33.25, -95.90, "P", "PPL", 9_000);

    private static final Gazetteer GAZETTEER = MemoryGazetteer.builder()
            .add(AFGHANISTAN).add(KANDAHAR_PROVINCE).add(KANDAHAR_CITY).add(UNITED_STATES).add(OKLAHOMA)
            .add(JUSTICE_IL).add(ENERGY_IL).add(CONGRESS_AZ).add(COMMERCE_TX)
            .build();

    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER, PlaceResolver.Options.DEFAULT);

    @Test
    void an_admin_word_after_an_ner_location_chooses_the_province_as_it_does_after_a_gazetteer_match() {
        String text = "Fighting continued in Kandahar province on Sunday.";
        List<PlaceMention> matcher = resolver.resolve(TestDocs.of(text), Set.of());
        List<PlaceMention> ner = resolver.resolve(TestDocs.of(text, List.of(new EntityMention(3, 4, "LOCATION"))), Set.of());
        assertEquals(KANDAHAR_PROVINCE, named(matcher, "Kandahar province").place());
        assertEquals(KANDAHAR_PROVINCE, named(ner, "Kandahar province").place(), "NER's span was 'Kandahar', the city: " + ner);
    }

    @Test
    void an_ner_location_with_no_admin_word_after_it_keeps_its_own_reading() {
        String text = "Fighting continued in Kandahar on Sunday.";
        List<PlaceMention> ner = resolver.resolve(TestDocs.of(text, List.of(new EntityMention(3, 4, "LOCATION"))), Set.of());
        assertEquals(KANDAHAR_CITY, named(ner, "Kandahar").place());
    }

    @Test
    void the_field_of_a_department_or_ministry_is_no_small_town() {
        String text = "In the United States, the Department of Justice, the Department of Energy and the Chamber of Commerce met.";
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text), Set.of());
        assertTrue(places.stream().noneMatch(p -> p.place().equals(JUSTICE_IL) || p.place().equals(ENERGY_IL)
                || p.place().equals(COMMERCE_TX)), "fields of bodies, not towns: " + places);
        assertEquals(UNITED_STATES, named(places, "United States").place());
    }

    @Test
    void a_well_known_place_after_of_in_a_name_stays_a_place() {
        String text = "He studied at the University of Oklahoma and worked for the Department of Oklahoma in the United States.";
        List<PlaceMention> places = resolver.resolve(TestDocs.of(text), Set.of());
        assertEquals(2, places.stream().filter(p -> p.place().equals(OKLAHOMA)).count(), "the state stays: " + places);
    }

    @Test
    void a_whole_organisation_ner_names_is_no_small_town_of_that_name() {
        String text = "In the United States, the House accused him of obstruction of Congress.";
        List<PlaceMention> matcher = resolver.resolve(TestDocs.of(text), Set.of());
        assertTrue(matcher.stream().anyMatch(p -> p.place().equals(CONGRESS_AZ)), "without NER the town is read: " + matcher);
        List<PlaceMention> ner = resolver.resolve(TestDocs.of(text, List.of(new EntityMention(12, 13, "ORGANIZATION"))), Set.of());
        assertTrue(ner.stream().noneMatch(p -> p.place().equals(CONGRESS_AZ)), "the legislature is no town: " + ner);
        assertEquals(UNITED_STATES, named(ner, "United States").place());
    }

    private static PlaceMention named(List<PlaceMention> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + places));
    }
}
