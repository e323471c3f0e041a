package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events with a party unnamed or generic (issue 14, docs/coding.md "Unnamed and generic
 * parties"), through the engine as a user runs it: CoreNLP's parse of real VOA sentences (the
 * demo sample), the bundled codebooks, PLOVER's conventions, the fast path's triage.
 */
class GenericPartiesIT {
    private static Engine engine;

    @BeforeAll
    static void loadTheEngine() {
        engine = Engine.create(List.of());
    }

    private static List<Event> events(String sentence) {
        return engine.process(Article.of("test", sentence)).events();
    }

    private static Event only(List<Event> events, String cameo) {
        List<Event> found = events.stream().filter(e -> e.cameo().equals(cameo)).toList();
        assertEquals(1, found.size(), () -> cameo + " once in " + events.stream().map(Event::rule).toList());
        return found.get(0);
    }

    @Test
    void an_arrest_in_the_passive_is_by_its_implicit_agent() {
        // VOA 8008697
        Event arrest = only(events("After arriving in the U.S., David Gee was detained at the Angel Island "
                + "Immigration Station for almost a year."), "173");
        assertEquals("---", arrest.source().code().code());
        assertEquals(ActorBasis.IMPLICIT_AGENT, arrest.source().basis());
        assertEquals("", arrest.source().text());
        assertEquals("David Gee", arrest.target().orElseThrow().text(), "a person no dictionary lists");
    }

    @Test
    void authorities_and_a_court_nothing_owns_arrest_and_sentence_a_person_no_dictionary_lists() {
        // VOA: the Zamora story
        Event arrest = only(events("But in 2022, authorities arrested Zamora and later froze the newspaper's assets."),
                "173");
        assertEquals("---GOV", arrest.source().code().code());
        assertEquals("authorities", arrest.source().text());
        assertEquals("Zamora", arrest.target().orElseThrow().text());
        assertEquals(ActorBasis.UNLISTED_PERSON, arrest.target().orElseThrow().basis());
        Event sentence = only(events("A court later sentenced Zamora to six years in prison on money-laundering "
                + "charges."), "172");
        assertEquals("---JUD", sentence.source().code().code());
    }

    @Test
    void armed_men_nothing_owns_assault_with_no_victim_named_but_women_struggling_for_jobs_do_not() {
        // VOA 8009976, the Balochistan train siege (the sentence alone: no one named owns the militants);
        // the African women's jobs story
        List<Event> ambush = events("The militants blew up tracks, bringing the train with nearly 450 passengers "
                + "to a halt in a tunnel, where they stormed it.");
        assertTrue(ambush.stream().anyMatch(e -> e.plover().map(p -> p.type().name()).orElse("").equals("ASSAULT")
                && !e.source().code().knowsCountry() && e.source().code().sector().equals("REB")), ambush.toString());
        assertEquals(List.of(), events("Many African women struggle to get jobs, either because they were married "
                + "off or became mothers at a young age.").stream()
                .filter(e -> e.source().isGeneric()).toList());
    }

    @Test
    void insurgents_of_a_group_the_dictionary_knows_by_its_acronym_are_that_group() {
        // VOA 8007760: the BLA is the Baloch Liberation Army, a Pakistani armed group
        List<Event> ambush = events("Last month, BLA insurgents ambushed a bus transporting a paramilitary force in "
                + "Kalat and killed 18 of those on board.");
        assertTrue(ambush.stream().anyMatch(e -> e.plover().map(p -> p.type().name()).orElse("").equals("ASSAULT")
                && e.source().code().code().equals("PAKREB")), ambush.toString());
    }

    @Test
    void a_generic_party_lowers_the_confidence_below_the_same_event_with_named_parties() {
        Event named = only(events("Pakistani rebels killed four Pakistani soldiers."), "190");
        Event generic = only(events("Gunmen killed four soldiers."), "190");
        assertTrue(generic.source().isGeneric());
        assertTrue(generic.confidence() < named.confidence(), generic.confidence() + " < " + named.confidence());
    }
}
