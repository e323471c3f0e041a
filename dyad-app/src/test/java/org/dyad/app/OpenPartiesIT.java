package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PloverType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parties no actor resolves (issue 14, docs/coding.md "Phrases, pronouns and quotation speakers
 * no actor resolves"), through the engine: CoreNLP's parse of real Wikinews sentences of the
 * real-news study part, the bundled codebooks with the derived person nouns, the fast path.
 */
class OpenPartiesIT {
    private static Engine engine;

    @BeforeAll
    static void loadTheEngine() {
        engine = Engine.create(List.of());
    }

    private static List<Event> asserted(String text) {
        return engine.process(Article.of("test", text)).events().stream()
                .filter(e -> e.factuality().label().equals("asserted")).toList();
    }

    private static List<Event> ofType(List<Event> events, PloverType type) {
        return events.stream().filter(e -> e.plover().map(p -> p.type() == type).orElse(false)).toList();
    }

    @Test
    void a_sentenced_pronoun_with_no_antecedent_is_the_target_of_an_implicit_agent() {
        // Wikinews wn-088 (study part)
        List<Event> events = ofType(asserted("He was sentenced to fourteen years in prison, serving eight before being "
                + "granted clemency."), PloverType.COERCE);
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals(ActorBasis.IMPLICIT_AGENT, e.source().basis());
        assertEquals("He", e.target().orElseThrow().text());
        assertEquals(ActorBasis.UNRESOLVED_PRONOUN, e.target().orElseThrow().basis());
        assertEquals(0, e.target().orElseThrow().rawSpan().start());
    }

    @Test
    void coordinated_persons_who_refuse_what_they_are_asked_each_reject() {
        // Wikinews wn-028 (study part)
        List<Event> events = ofType(asserted("Barr and Ross, however, refused to hand over the documents."),
                PloverType.REJECT);
        assertTrue(!events.isEmpty(), events.toString());
        assertTrue(events.stream().allMatch(e -> e.target().isEmpty()), events.toString());
    }

    @Test
    void a_pronoun_met_with_a_phrase_nobody_names_codes_no_cooperation() {
        List<Event> events = asserted("They met visitors from the village on Tuesday.");
        assertEquals(List.of(), events.stream().filter(e -> !e.source().code().knowsCountry()
                && e.target().map(t -> !t.code().knowsCountry()).orElse(true)).toList());
    }
}
