package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.dyad.core.testing.TinyGazetteer;
import org.junit.jupiter.api.Test;

/**
 * Event nouns standing on their own (docs/coding.md, "Nominal events"): their parties read from
 * the noun's own dependents, their factuality from the noun and its governor, and a predicate's
 * reading kept beside them or merged with them.
 */
class StandingNounsTest {
    private final PlaceResolver places = TinyGazetteer.places();
    private final ActorStages actors = new ActorStages(
            TinyCodebooks.actors("Gondor\tGON\tcountry", "Rohan\tROH\tcountry", "Mordor\tMOR\tcountry"),
            TinyCodebooks.agents("police\tCOP", "protester\tOPP", "envoy\tGOV", "troops\tMIL"),
            Conventions.PLOVER.unownedRoles());
    private final EventCoder coder = new EventCoder(
            TinyCodebooks.verbs(
                    "hold\t-\tobj\t@event\tnoun",
                    "approve\t-\t-\t-\t080",
                    "reject\t-\t-\t-\t120",
                    "kill\t-\t-\t-\t190",
                    "call\t-\t-\t-\t---",
                    "say\t-\t-\t-\t010"),
            TinyCodebooks.nouns("attack\t190", "shooting\t180", "bombing\t195", "arrest\t173", "protest\t140",
                    "rally\t141", "meeting\t040", "talks\t040", "talk\t040", "phone call\t041", "demand\t100",
                    "request\t020", "murder\t190", "aid\t070"),
            TinyCodebooks.cameoWith(
                    "02\t2\t02\tAPPEAL\tMake an appeal or request\t\t0\t3.0\t3.0\tREQUEST\t\t",
                    "020\t3\t02\tAppeal\tMake an appeal or request\t\t0\t3.0\t3.0\tREQUEST\t\t",
                    "041\t3\t04\tDiscuss by telephone\tDiscuss by telephone\t\t1\t1.0\t1.0\tCONSULT\tphone\t",
                    "07\t2\t07\tPROVIDE AID\tProvide aid\t\t2\t7.0\t7.0\tAID\t\t",
                    "08\t2\t08\tYIELD\tYield\t\t2\t5.0\t5.0\tCONCEDE\t\t",
                    "080\t3\t08\tYield\tYield\t\t2\t5.0\t5.0\tCONCEDE\t\t",
                    "10\t2\t10\tDEMAND\tDemand\t\t3\t-5.0\t-5.0\tREQUEST\t\t",
                    "100\t3\t10\tDemand\tDemand\t\t3\t-5.0\t-5.0\tREQUEST\t\t",
                    "12\t2\t12\tREJECT\tReject\t\t3\t-4.0\t-4.0\tREJECT\t\t",
                    "120\t3\t12\tReject\tReject\t\t3\t-4.0\t-4.0\tREJECT\t\t",
                    "14\t2\t14\tPROTEST\tProtest\t\t3\t-6.5\t-6.5\tPROTEST\t\t",
                    "140\t3\t14\tProtest\tProtest\t\t3\t-6.5\t-6.5\tPROTEST\t\t",
                    "141\t3\t14\tDemonstrate\tDemonstrate or rally\t\t3\t-6.5\t-6.5\tPROTEST\tdemo\t",
                    "18\t2\t18\tASSAULT\tAssault\t\t4\t-9.0\t-9.0\tASSAULT\t\t",
                    "180\t3\t18\tUse unconventional violence\tUse unconventional violence\t\t4\t-9.0\t-9.0\tASSAULT\t\t",
                    "195\t3\t19\tEmploy aerial weapons\tEmploy aerial weapons\t\t4\t-10.0\t-10.0\tASSAULT\t\taerial"),
            new FactualityClassifier(), Conventions.PLOVER);

    private Document coded(String table) {
        return coder.apply(places.apply(actors.apply(HandParsed.document(table))));
    }

    /** Each event as "source code target [factuality]". */
    private List<String> code(String table) {
        return coded(table).events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-")
                        + (e.factuality() == Factuality.ASSERTED ? "" : " " + e.factuality().label()))
                .toList();
    }

    @Test
    void a_possessor_is_the_agent_and_an_on_phrase_the_target() {
        assertEquals(List.of("GON 190 ROH"), code("""
                Mordor NNP Mordor 2 nsubj
                studied VBD study 0 root
                Gondor NNP Gondor 5 nmod:poss
                's POS 's 3 case
                attack NN attack 2 obj
                on IN on 7 case
                Rohan NNP Rohan 5 nmod
                """));
    }

    @Test
    void a_by_phrase_is_the_agent_and_an_of_phrase_the_patient_of_a_transitive_act() {
        assertEquals(List.of("GON 173 ROHGOV"), code("""
                Mordor NNP Mordor 2 nsubj
                studied VBD study 0 root
                the DT the 4 det
                arrest NN arrest 2 obj
                of IN of 7 case
                the DT the 7 det
                envoy NN envoy 4 nmod
                from IN from 9 case
                Rohan NNP Rohan 7 nmod
                by IN by 11 case
                Gondor NNP Gondor 4 nmod
                """));
    }

    @Test
    void a_compound_name_is_the_agent() {
        assertEquals(List.of("GON 180 -"), code("""
                riots NNS riot 2 nsubj
                broke VBD break 0 root
                out RP out 2 compound:prt
                after IN after 7 case
                the DT the 7 det
                Gondor NNP Gondor 7 compound
                shooting NN shooting 2 obl
                """));
    }

    @Test
    void an_of_phrase_is_the_agent_of_an_intransitive_act() {
        assertEquals(List.of("ROHMIL 140 -"), code("""
                Gondor NNP Gondor 2 nsubj
                watched VBD watch 0 root
                protests NNS protest 2 obj
                of IN of 6 case
                Rohan NNP Rohan 6 compound
                troops NNS troops 3 nmod
                """));
    }

    @Test
    void coordinated_parties_after_between_meet_each_other() {
        assertEquals(List.of("GON 040 ROH", "ROH 040 GON"), code("""
                Mordor NNP Mordor 2 nsubj
                welcomed VBD welcome 0 root
                the DT the 4 det
                talks NNS talk 2 obj
                between IN between 6 case
                Gondor NNP Gondor 4 nmod
                and CC and 8 cc
                Rohan NNP Rohan 6 conj
                """));
    }

    @Test
    void a_call_to_a_party_has_that_party_as_its_target() {
        assertEquals(List.of("GON 041 ROH"), code("""
                Mordor NNP Mordor 2 nsubj
                released VBD release 0 root
                Gondor NNP Gondor 6 nmod:poss
                's POS 's 3 case
                phone NN phone 6 compound
                call NN call 2 obj
                to IN to 8 case
                Rohan NNP Rohan 6 nmod
                """));
    }

    @Test
    void a_support_verbs_subject_is_the_agent_and_its_default_reading_yields() {
        Document doc = coded("""
                Gondor NNP Gondor 2 nsubj
                approved VBD approve 0 root
                the DT the 4 det
                attacks NNS attack 2 obj
                on IN on 6 case
                Rohan NNP Rohan 4 nmod
                """);
        assertEquals(List.of("GON 190 ROH"), doc.events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().get().code()).toList());
        assertEquals(PatternKind.NOMINAL, doc.events().get(0).pattern().orElseThrow());
    }

    @Test
    void violence_with_no_one_named_has_an_unnamed_perpetrator_and_happened_after_an_after() {
        assertEquals(List.of("---UAF 180 -"), code("""
                guests NNS guest 6 nsubj
                still RB still 6 advmod
                after IN after 5 case
                the DT the 5 det
                shooting NN shooting 1 nmod
                fled VBD flee 0 root
                """));
    }

    @Test
    void a_protest_with_no_one_named_has_the_agent_the_noun_implies() {
        assertEquals(List.of("--- 141 -"), code("""
                visitors NNS visitor 2 nsubj
                attended VBD attend 0 root
                the DT the 4 det
                rally NN rally 2 obj
                """));
    }

    @Test
    void other_acts_need_a_named_party() {
        assertEquals(List.of(), code("""
                the DT the 2 det
                meeting NN meeting 3 nsubj
                ended VBD end 0 root
                """));
    }

    @Test
    void a_planned_act_is_future() {
        assertEquals(List.of("GON 195 ROH future"), code("""
                Mordor NNP Mordor 2 nsubj
                exposed VBD expose 0 root
                a DT a 6 det
                planned VBN plan 6 amod
                Gondor NNP Gondor 6 compound
                bombing NN bombing 2 obj
                of IN of 8 case
                Rohan NNP Rohan 6 nmod
                """));
    }

    @Test
    void what_is_called_for_is_wanted_not_done() {
        assertEquals(List.of("--- 040 ROH reported-intent"), code("""
                Gondor NNP Gondor 2 nsubj
                called VBD call 0 root
                for IN for 4 case
                talks NNS talk 2 obl
                with IN with 6 case
                Rohan NNP Rohan 4 nmod
                """));
    }

    @Test
    void a_refused_request_is_still_a_request_that_was_made() {
        assertEquals(List.of("GON 020 ROH"), code("""
                Rohan NNP Rohan 4 nsubj
                would MD would 4 aux
                not RB not 4 advmod
                consider VB consider 0 root
                Gondor NNP Gondor 7 nmod:poss
                's POS 's 5 case
                request NN request 4 obj
                to IN to 9 case
                Rohan NNP Rohan 7 nmod
                """));
    }

    @Test
    void a_support_verb_gives_its_noun_its_own_reading_will_attend_is_future() {
        assertEquals(List.of("GON 141 - future"), code("""
                Gondor NNP Gondor 3 nsubj
                will MD will 3 aux
                attend VB attend 0 root
                the DT the 5 det
                rally NN rally 3 obj
                """));
    }

    @Test
    void a_bare_plural_in_the_present_is_generic_and_no_event() {
        assertEquals(List.of(), code("""
                protests NNS protest 3 nsubj
                are VBP be 3 cop
                common JJ common 0 root
                """));
    }

    @Test
    void a_crime_one_is_charged_with_is_alleged() {
        assertEquals(List.of("---UAF 180 ROHGOV alleged"), code("""
                Rohan NNP Rohan 2 nsubj
                charged VBD charge 0 root
                Gondor NNP Gondor 2 obj
                with IN with 6 case
                the DT the 6 det
                shooting NN shooting 2 obl
                of IN of 9 case
                the DT the 9 det
                envoy NN envoy 6 nmod
                """));
    }

    @Test
    void a_fighting_noun_that_names_no_fighter_is_background_not_an_event() {
        // "set fire to the offices ... following the killing of an Israeli man" (PLOVER study record)
        assertEquals(List.of(), code("""
                troops NNS troops 2 nsubj
                left VBD leave 0 root
                after IN after 5 case
                the DT the 5 det
                attack NN attack 2 obl
                on IN on 7 case
                Rohan NNP Rohan 5 nmod
                """));
    }

    @Test
    void a_fighting_noun_that_names_its_fighter_stands() {
        // "Russia's full-scale invasion of Ukraine" (VOA)
        assertEquals(List.of("GON 190 ROH"), code("""
                troops NNS troops 2 nsubj
                left VBD leave 0 root
                after IN after 6 case
                Gondor NNP Gondor 6 nmod:poss
                's POS 's 4 case
                attack NN attack 2 obl
                on IN on 8 case
                Rohan NNP Rohan 6 nmod
                """));
    }

    @Test
    void a_demand_refused_is_a_rejection_and_a_demand() {
        assertEquals(List.of("ROH 120 GON", "GON 100 -"), code("""
                Rohan NNP Rohan 2 nsubj
                rejected VBD reject 0 root
                Gondor NNP Gondor 5 nmod:poss
                's POS 's 3 case
                demands NNS demand 2 obj
                """));
    }

    @Test
    void a_light_verbs_noun_is_one_event_not_two() {
        assertEquals(List.of("GON 040 ROH"), code("""
                Gondor NNP Gondor 2 nsubj
                held VBD hold 0 root
                talks NNS talk 2 obj
                with IN with 5 case
                Rohan NNP Rohan 3 nmod
                """));
    }

    @Test
    void an_act_of_the_governors_own_type_is_that_act() {
        assertEquals(List.of("ROHUAF 190 ROHMIL"), code("""
                a DT a 2 det
                bombing NN bombing 3 nsubj
                killed VBD kill 0 root
                Rohan NNP Rohan 5 compound
                troops NNS troops 3 obj
                """));
    }

    @Test
    void a_noun_with_no_predicate_above_it_a_headline_is_no_event() {
        assertEquals(List.of(), code("""
                Gondor NNP Gondor 2 compound
                attack NN attack 0 root
                on IN on 4 case
                Rohan NNP Rohan 2 nmod
                """));
    }

    @Test
    void cooperation_and_aid_do_not_stand_alone() {
        assertEquals(List.of(), code("""
                Mordor NNP Mordor 2 nsubj
                praised VBD praise 0 root
                Gondor NNP Gondor 5 nmod:poss
                's POS 's 3 case
                aid NN aid 2 obj
                to IN to 7 case
                Rohan NNP Rohan 5 nmod
                """));
    }
}
