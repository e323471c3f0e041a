package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.core.doc.Document;
import org.dyad.core.facts.Factuality;
import org.dyad.core.testing.HandParsed;
import org.junit.jupiter.api.Test;

/** Clauses under nouns of allegation and of prospect, as CoreNLP parsed the real sentences (docs/coding.md). */
class EmbeddingNounsTest {
    private final FactualityClassifier classifier = new FactualityClassifier();

    @Test
    void what_an_allegation_says_is_alleged_when_the_clause_follows_the_noun() {
        // Wikinews: "The arrest came after an allegation he assaulted Neka Dorokashvili" (the parser hung the clause on "came")
        Document doc = HandParsed.document("""
                The DT the 2 det
                arrest NN arrest 3 nsubj
                came VBD come 0 root
                after IN after 6 case
                an DT a 6 det
                allegation NN allegation 3 obl
                he PRP he 8 nsubj
                assaulted VBD assault 3 ccomp
                Dorokashvili NNP Dorokashvili 8 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 2));
        assertEquals(Factuality.ALLEGED, classifier.classify(doc, 7));
    }

    @Test
    void what_a_claim_that_says_is_alleged() {
        // Wikinews: "Saudi Arabia initially denied all claims that Khashoggi was slain"
        Document doc = HandParsed.document("""
                Arabia NNP Arabia 2 nsubj
                denied VBD deny 0 root
                all DT all 4 det
                claims NNS claim 2 obj
                that WDT that 8 dep
                Khashoggi NNP Khashoggi 8 nsubj:pass
                was VBD be 8 aux:pass
                slain VBN slay 4 ccomp
                """);
        assertEquals(Factuality.ALLEGED, classifier.classify(doc, 7));
    }

    @Test
    void a_subject_with_its_own_clause_is_no_allegation_when_no_such_noun_precedes_it() {
        Document doc = HandParsed.document("""
                Police NNP police 2 nsubj
                said VBD say 0 root
                he PRP he 4 nsubj
                assaulted VBD assault 2 ccomp
                Dorokashvili NNP Dorokashvili 4 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 3));
    }

    @Test
    void what_calls_are_for_has_not_happened_through_modifiers_and_conjuncts() {
        // VOA: "... holding high-level talks this week after calls for massively rearming Europe and boosting aid for Kyiv"
        Document doc = HandParsed.document("""
                heads NNS head 2 nsubj
                holding VBG hold 0 root
                talks NNS talk 2 obj
                after IN after 5 case
                calls NNS call 2 obl
                for IN for 9 case
                massively RB massively 8 advmod
                rearming VBG rearm 9 amod
                Europe NNP Europe 5 nmod
                and CC and 12 cc
                boosting VBG boost 12 amod
                aid NN aid 5 conj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 1));
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(doc, 7));
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(doc, 10));
    }

    @Test
    void pressure_to_resign_and_the_way_paved_for_deepening_are_hypothetical() {
        // VOA: "Lulzim Basha has been under pressure to resign"
        Document pressure = HandParsed.document("""
                Basha NNP Basha 5 nsubj
                has VBZ have 5 aux
                been VBN be 5 cop
                under IN under 5 case
                pressure NN pressure 0 root
                to TO to 7 mark
                resign VB resign 5 xcomp
                """);
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(pressure, 6));
        // VOA: "leaders signed a treaty, paving the way for further deepening their military cooperation"
        Document way = HandParsed.document("""
                leaders NNS leader 2 nsubj
                signed VBD sign 0 root
                a DT a 4 det
                treaty NN treaty 2 obj
                paving VBG pave 4 acl
                the DT the 7 det
                way NN way 5 obj
                for IN for 9 case
                deepening VBG deepen 5 advcl
                cooperation NN cooperation 9 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(way, 1));
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(way, 8));
    }

    @Test
    void a_gerund_past_a_finite_verb_keeps_its_own_fact() {
        // "the call came after troops began shelling the town": the shelling is told, not called for
        Document doc = HandParsed.document("""
                the DT the 2 det
                call NN call 3 nsubj
                came VBD come 0 root
                after IN after 6 mark
                troops NNS troop 6 nsubj
                began VBD begin 3 advcl
                shelling VBG shell 6 xcomp
                the DT the 9 det
                town NN town 7 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 6));
    }
}
