package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attempts, reports, reason participles and reduced events on real VOA sentences, through
 * CoreNLP's parse and the bundled codebooks (docs/coding.md, "Factuality", "Event nouns and light
 * verbs").
 */
class FactualityAndNominalIT {
    private static Engine engine;

    @BeforeAll
    static void loadTheEngine() {
        engine = Engine.create(List.of());
    }

    /** "SOURCE CAMEO TARGET factuality" of each event. */
    private static List<String> events(String sentence) {
        return engine.process(Article.of("test", sentence)).events().stream().map(FactualityAndNominalIT::line)
                .toList();
    }

    private static String line(Event e) {
        return e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-") + " "
                + e.factuality().label();
    }

    private static boolean any(List<String> events, String regex) {
        return events.stream().anyMatch(e -> e.matches(regex));
    }

    @Test
    void an_attempted_killing_told_to_a_court_is_the_killing_not_a_threat() {
        List<String> events = events("A self-described member of a Russian organized crime group told a court on "
                + "Tuesday that he tried to kill the Iranian American journalist and VOA host Masih Alinejad in New "
                + "York in 2022.");
        assertTrue(any(events, "\\S+ (18|19|20)\\d* \\S+ asserted"),
                events.toString());
        assertFalse(any(events, "\\S+ 13\\d* \\S+ asserted"), events.toString());
    }

    @Test
    void citing_a_reason_accuses_no_one() {
        List<String> events = events("The U.N. did not invite Afghan women or human rights representatives, however, "
                + "citing the Taliban's opposition, a move that drew strong criticism of the world body.");
        assertFalse(any(events, "IGOUNO 11\\d* .*"), events.toString());
    }

    @Test
    void cutting_ties_reduces_relations() {
        List<String> events = events("In December, Mogadishu announced it was cutting ties with Kenya for allegedly "
                + "meddling in its internal political affairs.");
        assertTrue(any(events, "SOM\\S* 160 KEN\\S* asserted"), events.toString());
    }

    @Test
    void an_attempt_at_anything_but_violence_is_attempted_not_a_threat() {
        List<String> events = events("Bosnian state prosecutors said Dodik had tried to undermine Bosnia's constitution.");
        assertFalse(any(events, "\\S+ 13\\d* \\S+ asserted"), events.toString());
        assertFalse(events.stream().anyMatch(e -> e.endsWith(" " + Factuality.REPORTED_INTENT.label())),
                events.toString());
    }
}
