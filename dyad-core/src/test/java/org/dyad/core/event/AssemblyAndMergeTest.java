package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Event;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** EventAssembler (events from a reading) and MentionMerger (one event per occurrence), through the coder. */
class AssemblyAndMergeTest {
    private final EventCoder coder = new EventCoder(CodingFixtures.VERBS, TinyCodebooks.nouns("exercise\t062"),
            TinyCodebooks.cameo(), new FactualityClassifier());

    private List<Event> code(String table) {
        Document doc = coder.apply(CodingFixtures.withActors(table));
        return doc.events();
    }

    @Test
    void a_pattern_with_a_reverse_code_gives_the_target_the_reverse_event() {
        List<Event> events = code("""
                Gondor NNP Gondor 2 compound
                envoy NN envoy 3 nsubj
                arrived VBD arrive 0 root
                in IN in 5 case
                Rohan NNP Rohan 3 obl
                """);
        assertEquals(List.of("GONGOV 040 ROH", "ROH 040 GONGOV"), events.stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().orElseThrow().code()).toList());
        assertEquals(events.get(0).confidence(), events.get(1).confidence());
    }

    @Test
    void the_same_occurrence_in_two_sentences_is_one_event_with_two_mentions() {
        List<Event> events = code("""
                Gondor NNP Gondor 2 nsubj
                met VBD meet 0 root
                Rohan NNP Rohan 2 obj

                Gondor NNP Gondor 2 nsubj
                met VBD meet 0 root
                Rohan NNP Rohan 2 obj
                """);
        assertEquals(1, events.size());
        assertEquals("hand-e1", events.get(0).eventId());
        assertEquals(1, events.get(0).mentions().size());
    }

    @Test
    void an_event_without_a_target_is_rarely_the_dyad_a_coder_records() {
        List<Event> events = code("""
                Gondor NNP Gondor 2 nsubj
                attacked VBD attack 0 root
                """);
        assertEquals(0.1, events.get(0).confidence());
    }
}
