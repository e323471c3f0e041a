package org.dyad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Place;
import org.junit.jupiter.api.Test;

/** What the gazetteer matcher takes as a place mention, before any resolution. */
class PlaceRecognizerTest {
    private static final Place TANZANIA = new Place(-1, "Tanzania", "TZA", "", -6, 35, "A", "PCLI", 50_000_000);
    private static final Place DAR = new Place(160263, "Dar es Salaam", "TZA", "Dar es Salaam", -6.8, 39.3, "P", "PPLA", 4_000_000);
    private static final Place CHINA = new Place(-2, "China", "CHN", "", 35, 103, "A", "PCLI", 1_400_000_000);
    private static final Place MAYVILLE = new Place(5, "Mayville", "USA", "", 43, -88, "P", "PPL", 5_000);
    private static final Place TEXAS = new Place(-3, "Texas", "USA", "Texas", 31, -100, "A", "ADM1", 29_000_000);
    private static final Place FLORIDA_URY = new Place(-4, "Florida Department", "URY", "Florida Department", -33.9, -55.9, "A", "ADM1", 67_000);
    private static final Place FLORIDA = new Place(-5, "Florida", "USA", "Florida", 28.6, -82.4, "A", "ADM1", 21_000_000);

    private final PlaceRecognizer recognizer = new PlaceRecognizer(MemoryGazetteer.builder()
            .add(TANZANIA).add(DAR).add(CHINA, "People's Republic of China").add(MAYVILLE, "May", "Christmas").add(TEXAS)
            .add(FLORIDA_URY).add(FLORIDA).build());

    @Test
    void lower_case_connectors_stay_inside_a_name() {
        assertEquals(List.of("Dar es Salaam", "Tanzania"), texts("The forum met in Dar es Salaam, Tanzania."));
        assertEquals(List.of("People's Republic of China"), texts("Officials of the People's Republic of China spoke."));
    }

    @Test
    void calendar_words_are_not_places() {
        assertEquals(List.of(), texts("The vote is due in May."));
        assertEquals(List.of(), texts("She died a week before Christmas."));
    }

    @Test
    void an_admin_suffix_joins_the_mention() {
        assertEquals(List.of("Texas state"), texts("Rain fell across Texas state on Sunday."));
    }

    @Test
    void a_name_running_into_another_capitalised_word_is_marked_glued() {
        Document doc = TestDocs.of("The Texas Instruments plant met.");
        PlaceRecognizer.Recognized texas = recognizer.recognize(doc).get(0);
        assertEquals(true, texas.glued());
    }

    @Test
    void a_place_heading_an_organisation_named_after_it_is_not_glued() {
        // issue 19: "the Texas Highway Patrol" names Texas, as "the Alachua Sheriff's Office" names Alachua
        Document doc = TestDocs.of("The Texas Highway Patrol met.");
        PlaceRecognizer.Recognized texas = recognizer.recognize(doc).get(0);
        assertEquals(false, texas.glued());
        assertEquals(true, recognizer.recognize(TestDocs.of("The Royal Texas Hospital met.")).get(0).glued(),
                "a capitalised word before the name: no organisation named after the place");
        assertEquals(List.of("Florida"), texts("The Florida Department of Transportation said."),
                "an organisation's 'Department of' is no region named 'Florida Department' (Uruguay)");
    }

    private List<String> texts(String text) {
        Document doc = TestDocs.of(text);
        return recognizer.recognize(doc).stream()
                .map(r -> text.substring(doc.tokens().start(r.firstToken()), doc.tokens().end(r.endToken() - 1))).toList();
    }
}
