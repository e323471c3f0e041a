package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The block defaults of roots 01-10 audited for news (dyad.verbs.tsv, block "Block defaults of roots
 * 01-10"; docs/dictionaries.md "Which patterns code news"), through the engine as a user runs it:
 * CoreNLP's parse, the bundled codebooks, the coder. Each verb whose default said an event its news
 * sense is not sits beside a reading that must still code.
 */
class VerbDefaultsIT {
    private static Engine engine;

    @BeforeAll
    static void loadTheEngine() {
        engine = Engine.create(List.of());
    }

    /** The CAMEO code of each event, in order. */
    private static List<String> codes(String sentence) {
        return engine.process(Article.of("test", sentence)).events().stream().map(Event::cameo).toList();
    }

    @Test
    void needing_and_wanting_are_no_demand_and_no_intent() {
        assertEquals(List.of(), codes("Egypt needs to act on its border with Libya."));
        assertEquals(List.of(), codes("Pakistan wants a backstop for investment."));
    }

    @Test
    void allowing_is_no_concession_unless_a_pattern_names_what_is_conceded() {
        assertEquals(List.of(), codes("The Chinese government allows these journalists to go only where it wants them to go."));
    }

    @Test
    void calling_a_party_something_is_naming_not_a_telephone_call() {
        assertEquals(List.of(), codes("Trump called Canada one of the highest tariffing nations in the world."));
    }

    @Test
    void considering_joining_and_facing_are_no_meetings() {
        assertEquals(List.of(), codes("The government of Ivory Coast considers France a key international partner."));
        assertEquals(List.of(), codes("The Philippines is facing an increasingly assertive China."));
    }

    @Test
    void expressing_is_a_statement_and_mediating_is_mediation() {
        assertTrue(!codes("Germany expressed sorrow over the deaths in France.").contains("110"));
        assertTrue(codes("Egypt mediated an end to the conflict between Israel and Hamas.").contains("045"));
    }

    @Test
    void taking_is_a_seizure_only_in_its_patterns() {
        assertEquals(List.of(), codes("Iraqi police said the images were taken by a Turkish journalist."));
        assertTrue(codes("Russian troops took the town of Avdiivka.").contains("192"));
    }
}
