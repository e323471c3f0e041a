package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.facts.PloverType;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.core.testing.TinyCodebooks;
import org.dyad.core.testing.TinyGazetteer;
import org.junit.jupiter.api.Test;

/** The coder's trace: each reading it tried, how far it got, and what produced the events it built. */
class CodingTraceTest {
    private final PlaceResolver places = TinyGazetteer.places();
    private final EventCoder coder = new EventCoder(CodingFixtures.VERBS, TinyCodebooks.nouns("exercise\t062"),
            TinyCodebooks.cameo(), new FactualityClassifier());

    private CodingTrace trace(String table) {
        Document doc = places.apply(CodingFixtures.withActors(table));
        return coder.trace(doc);
    }

    @Test
    void a_coded_predicate_records_its_events_with_their_pattern_and_parties() {
        CodingTrace trace = trace("""
                Gondor NNP Gondor 2 nsubj
                met VBD meet 0 root
                with IN with 4 case
                Rohan NNP Rohan 2 obl
                """);
        assertEquals(List.of(true), trace.parsed());
        CodingTrace.Attempt met = trace.attempts().get(0);
        assertEquals(CodingTrace.Outcome.CODED, met.outcome());
        assertEquals(Optional.of(PloverType.CONSULT), met.type());
        CodingTrace.Built built = met.built().get(0);
        assertEquals("GON", built.source());
        assertEquals(ActorBasis.NAME, built.sourceBasis());
        assertEquals(Optional.of(ActorBasis.NAME), built.targetBasis());
        assertEquals(PatternKind.DEFAULT, built.pattern());
        assertEquals(Set.of(), built.mechanisms());
    }

    @Test
    void a_reading_with_no_source_is_recorded_as_lost_with_its_type() {
        CodingTrace trace = trace("""
                the DT the 2 det
                crowd NN crowd 3 nsubj
                attacked VBD attack 0 root
                Rohan NNP Rohan 3 obj
                """);
        CodingTrace.Attempt attacked = trace.attempts().get(0);
        assertEquals(CodingTrace.Outcome.NO_SOURCE, attacked.outcome());
        assertEquals(Optional.of("190"), attacked.cameo());
        assertTrue(attacked.built().isEmpty());
    }

    @Test
    void a_verb_without_a_pattern_and_a_cooperation_without_its_partner_are_told_apart() {
        CodingTrace trace = trace("""
                Gondor NNP Gondor 2 nsubj
                cooperated VBD cooperate 0 root
                and CC and 4 cc
                slept VBD sleep 2 conj
                """);
        assertEquals(List.of(CodingTrace.Outcome.NO_DYAD, CodingTrace.Outcome.NO_PATTERN),
                trace.attempts().stream().map(CodingTrace.Attempt::outcome).toList());
    }

    @Test
    void a_light_verb_and_a_joint_reading_are_named_as_the_mechanisms_of_the_event() {
        CodingTrace trace = trace("""
                Gondor NNP Gondor 4 nsubj
                and CC and 3 cc
                Rohan NNP Rohan 1 conj
                held VBD hold 0 root
                exercises NNS exercise 4 obj
                """);
        CodingTrace.Built built = trace.attempts().get(0).built().get(0);
        assertEquals(Set.of(CodingTrace.Mechanism.LIGHT_VERB_NOUN, CodingTrace.Mechanism.JOINT), built.mechanisms());
        assertEquals(PatternKind.NOMINAL, built.pattern());
    }

    @Test
    void tracing_codes_the_same_events_as_coding() {
        Document doc = places.apply(CodingFixtures.withActors("""
                Gondor NNP Gondor 2 nsubj
                attacked VBD attack 0 root
                Rohan NNP Rohan 2 obj
                """));
        Document coded = coder.apply(doc);
        CodingTrace trace = coder.trace(coded);
        assertEquals(1, coded.events().size());
        assertTrue(trace.attempts().get(0).built().get(0).isOf(coded.events().get(0)));
    }
}
