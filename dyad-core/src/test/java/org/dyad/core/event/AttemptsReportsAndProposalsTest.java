package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.core.doc.Document;
import org.dyad.core.facts.Factuality;
import org.dyad.core.testing.HandParsed;
import org.junit.jupiter.api.Test;

/** Factuality of attempts, reports, protest purposes, oaths and proposals (docs/coding.md, "Factuality"). */
class AttemptsReportsAndProposalsTest {
    private final FactualityClassifier classifier = new FactualityClassifier();

    @Test
    void an_attempt_that_was_made_is_attempted_neither_done_nor_only_intended() {
        Document doc = HandParsed.document("""
                Iran NNP Iran 2 nsubj
                tried VBD try 0 root
                to TO to 4 mark
                negotiate VB negotiate 2 xcomp
                """);
        assertEquals(Factuality.ATTEMPTED, classifier.classify(doc, 3));
    }

    @Test
    void what_an_attempt_presses_another_to_do_is_not_itself_attempted() {
        // "Trump tried to pressure the Ukrainian government to launch an investigation" (Wikinews)
        Document doc = HandParsed.document("""
                Trump NNP Trump 2 nsubj
                tried VBD try 0 root
                to TO to 4 mark
                pressure VB pressure 2 xcomp
                Ukraine NNP Ukraine 4 obj
                to TO to 7 mark
                launch VB launch 4 xcomp
                an DT an 9 det
                investigation NN investigation 7 obj
                """);
        assertEquals(Factuality.ATTEMPTED, classifier.classify(doc, 3));
        assertEquals(Factuality.REPORTED_INTENT, classifier.classify(doc, 6));
    }

    @Test
    void an_attempt_still_to_be_made_stays_an_intention_or_a_future() {
        Document trying = HandParsed.document("""
                Iran NNP Iran 3 nsubj
                is VBZ be 3 aux
                trying VBG try 0 root
                to TO to 5 mark
                negotiate VB negotiate 3 xcomp
                """);
        assertEquals(Factuality.REPORTED_INTENT, classifier.classify(trying, 4));
        Document willTry = HandParsed.document("""
                Iran NNP Iran 3 nsubj
                will MD will 3 aux
                try VB try 0 root
                to TO to 5 mark
                negotiate VB negotiate 3 xcomp
                """);
        assertEquals(Factuality.FUTURE, classifier.classify(willTry, 4));
    }

    @Test
    void what_someone_told_a_court_had_happened_is_reported_not_asked() {
        // "he told a court on Tuesday that he tried to kill the journalist" (VOA)
        Document doc = HandParsed.document("""
                he PRP he 2 nsubj
                told VBD tell 0 root
                a DT a 4 det
                court NN court 2 obj
                that IN that 7 mark
                he PRP he 7 nsubj
                tried VBD try 2 ccomp
                to TO to 9 mark
                kill VB kill 7 xcomp
                the DT the 11 det
                journalist NN journalist 9 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 6));
        assertEquals(Factuality.ATTEMPTED, classifier.classify(doc, 8));
    }

    @Test
    void what_someone_is_told_to_do_is_still_asked() {
        Document doc = HandParsed.document("""
                Egypt NNP Egypt 2 nsubj
                told VBD tell 0 root
                Sudan NNP Sudan 2 obj
                to TO to 5 mark
                withdraw VB withdraw 2 xcomp
                """);
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(doc, 4));
    }

    @Test
    void an_act_done_to_protest_something_is_the_protest_as_factual_as_the_act() {
        // "Workers went on strike to protest the arrests"; a purpose other than protest stays intended.
        Document doc = HandParsed.document("""
                Workers NNS worker 2 nsubj
                struck VBD strike 0 root
                to TO to 4 mark
                protest VB protest 2 advcl
                the DT the 6 det
                arrests NNS arrest 4 obj
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(doc, 3));
        Document demand = HandParsed.document("""
                Workers NNS worker 2 nsubj
                struck VBD strike 0 root
                to TO to 4 mark
                demand VB demand 2 advcl
                reforms NNS reform 4 obj
                """);
        assertEquals(Factuality.REPORTED_INTENT, classifier.classify(demand, 3));
    }

    @Test
    void what_a_party_swears_to_do_is_its_intention() {
        Document doc = HandParsed.document("""
                Hamas NNP Hamas 2 nsubj
                swore VBD swear 0 root
                to TO to 4 mark
                retaliate VB retaliate 2 xcomp
                """);
        assertEquals(Factuality.REPORTED_INTENT, classifier.classify(doc, 3));
    }

    @Test
    void what_officials_hint_at_doing_is_hypothetical() {
        // "some of its officials are hinting at lifting or reducing the sanctions Washington has imposed" (VOA)
        Document doc = HandParsed.document("""
                officials NNS official 3 nsubj
                are VBP be 3 aux
                hinting VBG hint 0 root
                at IN at 5 mark
                reducing VBG reduce 3 advcl
                the DT the 7 det
                sanctions NNS sanction 5 obj
                """);
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(doc, 4));
    }

    @Test
    void what_a_proposal_proposes_is_hypothetical_and_what_a_failed_one_proposed_is_negated() {
        Document proposed = HandParsed.document("""
                France NNP France 2 nsubj
                tabled VBD table 0 root
                a DT a 4 det
                proposal NN proposal 2 obj
                to TO to 6 mark
                impose VB impose 4 acl
                sanctions NNS sanction 6 obj
                """);
        assertEquals(Factuality.HYPOTHETICAL, classifier.classify(proposed, 5));
        Document failed = HandParsed.document("""
                a DT a 2 det
                resolution NN resolution 6 nsubj
                condemning VBG condemn 2 acl
                Israel NNP Israel 3 obj
                was VBD be 6 aux:pass
                defeated VBN defeat 0 root
                """);
        assertEquals(Factuality.NEGATED, classifier.classify(failed, 2));
        Document passed = HandParsed.document("""
                a DT a 2 det
                resolution NN resolution 6 nsubj
                condemning VBG condemn 2 acl
                Israel NNP Israel 3 obj
                was VBD be 6 aux:pass
                adopted VBN adopt 0 root
                """);
        assertEquals(Factuality.ASSERTED, classifier.classify(passed, 2));
    }
}
