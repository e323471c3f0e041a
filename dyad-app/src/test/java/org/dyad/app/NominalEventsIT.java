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
 * Event nouns standing on their own (docs/coding.md, "Nominal events") on real sentences of the
 * VOA sample's stories (public domain), through CoreNLP's parse and the bundled codebooks: the
 * noun's parties from its own dependents, and no event for a noun that names a plan or a kind.
 */
class NominalEventsIT {
    private static Engine engine;

    @BeforeAll
    static void loadTheEngine() {
        engine = Engine.create(List.of());
    }

    /** "SOURCE CAMEO TARGET" of each asserted event. */
    private static List<String> asserted(String sentence) {
        return engine.process(Article.of("test", sentence)).events().stream()
                .filter(e -> e.factuality() == Factuality.ASSERTED)
                .map(NominalEventsIT::triple).toList();
    }

    private static String triple(Event e) {
        return e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-");
    }

    @Test
    void a_possessors_request_is_a_request_beside_its_rejection() {
        List<String> events = asserted("The court's president, Judge Joan Donoghue, rejected Kenya's request to brief it "
                + "before the start of Monday's opening.");
        assertTrue(events.contains("KEN 020 -"), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.contains(" 120 ")), events.toString());
    }

    @Test
    void a_visit_by_a_leader_to_a_country_is_his_visit_there() {
        List<String> events = asserted("The announcement of upgraded ties came during a two-day visit by Indian Prime "
                + "Minister Narendra Modi to Mauritius, an island nation that sits along vital seaways in the western "
                + "Indian Ocean.");
        assertTrue(events.contains("INDGOV 042 MUS"), events.toString());
    }

    @Test
    void a_crackdown_in_a_phrase_of_cause_happened_and_so_did_the_protests_it_was_on() {
        List<String> events = asserted("Both countries withdrew ambassadors in 2018 over Israel's crackdown on protests "
                + "by Palestinians.");
        assertTrue(events.contains("ISR 175 PSE"), events.toString());
        assertTrue(events.contains("PSE 140 -"), events.toString());
    }

    @Test
    void fighting_no_one_is_named_for_is_background_not_an_event() {
        // docs/coding.md, "Generalising the coder": a fighting noun standing alone that names no fighter
        List<String> events = asserted("Glwadys Siopathis led a delegation of humanitarian workers to villages affected "
                + "by the fighting.");
        assertFalse(events.stream().anyMatch(e -> e.contains(" 190 ")), events.toString());
    }

    @Test
    void fighting_that_names_its_fighter_stands() {
        List<String> events = asserted("But unlike most United Nations member states, China has never condemned "
                + "Russia's full-scale invasion of Ukraine.");
        assertTrue(events.contains("RUS 190 UKR"), events.toString());
    }

    @Test
    void a_meeting_still_ahead_is_no_meeting_yet() {
        List<String> events = asserted("Wood spoke ahead of a meeting of the U.N. Security Council requested by the "
                + "United States, Britain, France, Japan and South Korea to discuss North Korea's transfer of arms and "
                + "munitions to Russia.");
        assertFalse(events.stream().anyMatch(e -> e.contains(" 040 ")), events.toString());
    }

    @Test
    void kinds_of_violence_are_no_events_weapons_of_mass_destruction_and_more_attacks_than_any_other() {
        assertFalse(asserted("Gary Samore, a former White House coordinator for arms control and weapons of mass "
                + "destruction in the Obama administration, said a full long-range missile test is a little dangerous "
                + "for Kim Jong Un.").stream().anyMatch(e -> e.contains(" 19")));
        assertFalse(asserted("The city has suffered more terrorist attacks than any other in Somalia except Mogadishu.")
                .stream().anyMatch(e -> e.contains(" 19")));
    }
}
