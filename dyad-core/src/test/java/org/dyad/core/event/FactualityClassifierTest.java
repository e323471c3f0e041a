package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.core.doc.Document;
import org.dyad.core.facts.Factuality;
import org.dyad.core.testing.HandParsed;
import org.junit.jupiter.api.Test;

class FactualityClassifierTest {
    private final FactualityClassifier classifier = new FactualityClassifier();

    @Test
    void will_not_is_a_negated_refusal_not_a_future() {
        Document doc = HandParsed.document("""
                Syria NNP Syria 4 nsubj
                will MD will 4 aux
                not RB not 4 advmod
                accept VB accept 0 root
                refugees NNS refugee 4 obj
                """);
        assertEquals(new FactualityClassifier.Assessment(Factuality.NEGATED, true, true), classifier.assess(doc, 3));
    }

    @Test
    void would_in_reported_speech_is_a_future() {
        Document doc = HandParsed.document("""
                NATO NNP NATO 2 nsubj
                confirmed VBD confirm 0 root
                it PRP it 5 nsubj
                would MD would 5 aux
                tighten VB tighten 2 ccomp
                the DT the 7 det
                blockade NN blockade 5 obj
                """);
        assertEquals(Factuality.FUTURE, classifier.classify(doc, 4));
    }

    @Test
    void what_an_accusation_embeds_is_alleged() {
        Document doc = HandParsed.document("""
                Sudan NNP Sudan 2 nsubj
                accused VBD accuse 0 root
                the DT the 4 det
                rebels NNS rebel 2 obj
                of IN of 6 mark
                violating VBG violate 2 advcl
                the DT the 8 det
                ceasefire NN ceasefire 6 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 1));
        assertEquals(Factuality.ALLEGED, classifier.classify(doc, 5));
    }

    @Test
    void what_a_party_is_urged_to_do_is_hypothetical_and_what_a_subject_calls_for_its_own_intent() {
        Document urged = HandParsed.document("""
                Egypt NNP Egypt 2 nsubj
                urged VBD urge 0 root
                Sudan NNP Sudan 2 obj
                to TO to 5 mark
                respond VB respond 2 xcomp
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(urged, 1));
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(urged, 4));
        Document wants = HandParsed.document("""
                Egypt NNP Egypt 2 nsubj
                wants VBZ want 0 root
                to TO to 4 mark
                mediate VB mediate 2 xcomp
                """);
        assertEquals(Factuality.REPORTED_INTENT, classifier.classify(wants, 3));
    }

    @Test
    void a_main_clause_parsed_as_the_subject_of_its_complement_keeps_its_own_fact() {
        Document believes = HandParsed.document("""
                Arnor NNP Arnor 2 nsubj
                believes VBZ believe 5 csubj
                Dagolath NNP Dagolath 2 obj
                can MD can 5 aux
                cope VB cope 0 root
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(believes, 1));
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(believes, 4));
        Document respond = HandParsed.document("""
                countries NNS country 2 nsubj
                respond VBP respond 6 csubj
                to IN to 4 case
                challenges NNS challenge 2 obl
                will MD will 6 aux
                define VB define 0 root
                """);
        assertEquals(Factuality.FUTURE, classifier.classify(respond, 1),
                "a clausal subject without an object of its own is one: the way countries respond will define");
    }

    @Test
    void what_a_party_needs_to_do_is_not_done() {
        // Wikinews: "We need to withdraw our troops from all but a very few foreign countries"
        Document doc = HandParsed.document("""
                We PRP we 2 nsubj
                need VBP need 0 root
                to TO to 4 mark
                withdraw VB withdraw 2 xcomp
                our PRP$ our 6 nmod:poss
                troops NNS troop 4 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 1));
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(doc, 3));
    }
}
