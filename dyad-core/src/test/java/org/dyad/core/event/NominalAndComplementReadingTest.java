package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyGazetteer;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** Event nouns read with their modifiers, events ended by a verb, and targets and demands in complements. */
class NominalAndComplementReadingTest {
    private final PlaceResolver places = TinyGazetteer.places();
    private final ActorStages actors = new ActorStages(
            TinyCodebooks.actors(
                    "Algeria\tDZA\tcountry",
                    "Syria\tSYR\tcountry",
                    "Bosnia\tBIH\tcountry",
                    "Egypt\tEGY\tcountry",
                    "Iran\tIRN\tcountry",
                    "Azerbaijan\tAZE\tcountry",
                    "US\tUSA\tcountry",
                    "Sudan\tSDN\tcountry",
                    "Samarra\tIRQ\tplace",
                    "Iraqi\tIRQ\tadjective",
                    "Egyptian\tEGY\tadjective",
                    "Sudanese\tSDN\tadjective"),
            TinyCodebooks.agents("soldier\tMIL", "civilian\tCVL"));
    private final EventCoder coder = new EventCoder(
            TinyCodebooks.verbs(
                    "begin\t-\tobj\t@event\tnoun",
                    "suspend\t-\tobj\t@event\tended",
                    "end\t-\tobj\t@event\tended",
                    "say\t-\t-\t-\t010",
                    "demand\t-\t-\t-\t100",
                    "threaten\t-\t-\t-\t130",
                    "vow\t-\t-\t-\t---",
                    "join\t-\t-\t-\t040",
                    "vow\t-\tobj\twar\t138",
                    "sign\t-\tobj\taccord\t057",
                    "plan\t-\t-\t-\t030",
                    "accept\t-\tobj\trefugee\t0333",
                    "impose\t-\tobj\t@event\tnoun",
                    "provide\t-\tobj\t@event\tnoun",
                    "kill\t-\t-\t-\t190",
                    "launch\t-\tobj\t@event\tnoun",
                    "halt\t-\tobj\t@event\tended",
                    "stage\t-\tobj\t@event\tnoun",
                    "continue\t-\tsubj\t@event\tnoun",
                    "announce\t-\tobj\t@event\tnoun",
                    "release\t-\t-\t-\t0841",
                    "resign\t-\t-\t-\t0831"),
            TinyCodebooks.nouns("strike\t143", "strike on\t190", "hunger strike\t142", "aid\t070", "military aid\t072",
                    "mediation\t045", "curfew\t1723", "bombing\t190", "demonstration\t141", "riot\t145", "link\t060", "sanction\t163"),
            TinyCodebooks.cameoWith(
                    "01\t2\t01\tMAKE PUBLIC STATEMENT\tMake public statement\t\t0\t0.0\t0.0\t\t\t",
                    "010\t3\t01\tMake statement\tMake statement\t\t0\t0.0\t0.0\t\t\t",
                    "07\t2\t07\tPROVIDE AID\tProvide aid\t\t2\t7.0\t7.0\tAID\t\t",
                    "072\t3\t07\tProvide military aid\tProvide military aid\t\t2\t8.3\t8.3\tAID\t\tmilitary",
                    "10\t2\t10\tDEMAND\tDemand\t\t3\t-5.0\t-5.0\tREQUEST\t\t",
                    "100\t3\t10\tDemand\tDemand\t\t3\t-5.0\t-5.0\tREQUEST\t\t",
                    "13\t2\t13\tTHREATEN\tThreaten\t\t3\t-4.4\t-4.4\tTHREATEN\t\t",
                    "130\t3\t13\tThreaten\tThreaten\t\t3\t-4.4\t-4.4\tTHREATEN\t\t",
                    "138\t3\t13\tThreaten war\tThreaten with military force\t\t3\t-7.0\t-7.0\tTHREATEN\t\t",
                    "1323\t4\t13\tThreaten curfew\tThreaten to impose curfew\t\t3\t-5.0\t-5.0\tTHREATEN\trestrict\t",
                    "1723\t4\t17\tImpose curfew\tImpose curfew\t\t4\t-5.0\t-5.0\tCOERCE\tcurfew\t",
                    "0333\t4\t03\tIntend humanitarian aid\tExpress intent to provide humanitarian aid\t\t1\t5.2\t5.2\tAGREE\t\t",
                    "12\t2\t12\tREJECT\tReject\t\t3\t-4.0\t-4.0\tREJECT\t\t",
                    "120\t3\t12\tReject\tReject\t\t3\t-4.0\t-4.0\tREJECT\t\t",
                    "14\t2\t14\tPROTEST\tProtest\t\t3\t-6.5\t-6.5\tPROTEST\t\t",
                    "142\t3\t14\tConduct hunger strike\tConduct hunger strike\t\t3\t-6.5\t-6.5\tPROTEST\thunger\t",
                    "1622\t4\t16\tReduce military aid\tReduce or stop military assistance\t\t3\t-5.6\t-5.6\tSANCTION\t\t",
                    "135\t3\t13\tThreaten to halt mediation\tThreaten to halt mediation\t\t3\t-5.0\t-5.0\tTHREATEN\trelations\t",
                    "141\t3\t14\tDemonstrate\tDemonstrate or rally\t\t3\t-6.5\t-6.5\tPROTEST\tdemo\t",
                    "145\t3\t14\tRiot\tProtest violently, riot\t\t3\t-7.5\t-7.5\tPROTEST\triot\t",
                    "143\t3\t14\tConduct strike\tConduct strike or boycott\t\t3\t-6.5\t-6.5\tPROTEST\tboycott\t",
                    "160\t3\t16\tReduce relations\tReduce relations\t\t3\t-4.0\t-4.0\tSANCTION\t\t",
                    "165\t3\t16\tHalt mediation\tHalt mediation\t\t3\t-5.0\t-5.0\tSANCTION\twithdraw\t",
                    "035\t3\t03\tExpress intent to yield\tExpress intent to yield\t\t1\t5.0\t5.0\tAGREE\t\t",
                    "08\t2\t08\tYIELD\tYield\t\t2\t5.0\t5.0\tCONCEDE\t\t",
                    "0831\t4\t08\tResign\tAccede to demands for change in leadership\t\t2\t5.0\t5.0\tRETREAT\t\t",
                    "0841\t4\t08\tRelease persons\tReturn, release person(s)\t\t2\t7.0\t7.0\tCONCEDE\t\t"),
            new FactualityClassifier());

    private List<String> code(String table) {
        Document doc = coder.apply(places.apply(actors.apply(HandParsed.document(table))));
        return doc.events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-")
                        + (e.factuality() == Factuality.ASSERTED ? "" : " " + e.factuality().label()))
                .toList();
    }

    @Test
    void a_compound_event_noun_is_read_before_its_head_hunger_strike_is_no_military_strike() {
        assertEquals(List.of("DZA 142 -"), code("""
                Algeria NNP Algeria 2 nsubj
                began VBD begin 0 root
                a DT a 5 det
                hunger NN hunger 5 compound
                strike NN strike 2 obj
                """));
    }

    @Test
    void a_verb_that_ends_an_event_codes_the_ending_of_the_nouns_event() {
        assertEquals(List.of("USA 1622 BIH"), code("""
                the DT the 2 det
                US NNP US 3 nsubj
                suspended VBD suspend 0 root
                military JJ military 5 amod
                aid NN aid 3 obj
                to IN to 7 case
                Bosnia NNP Bosnia 5 nmod
                """));
    }

    @Test
    void a_noun_that_carries_another_takes_the_event_of_its_compound() {
        assertEquals(List.of("SYR 165 -"), code("""
                Syria NNP Syria 2 nsubj
                ended VBD end 0 root
                mediation NN mediation 4 compound
                efforts NNS effort 2 obj
                """));
    }

    @Test
    void a_statement_of_what_another_party_must_do_demands_it_of_that_party() {
        assertEquals(List.of("EGY 100 USA"), code("""
                Egypt NNP Egypt 2 nsubj
                said VBD say 0 root
                that IN that 7 mark
                the DT the 5 det
                US NNP US 7 nsubj
                must MD must 7 aux
                mediate VB mediate 2 ccomp
                """));
    }

    @Test
    void a_statement_of_what_another_party_will_do_is_no_demand_only_a_statement() {
        assertEquals(List.of("EGY 010 USA"), code("""
                Egypt NNP Egypt 2 nsubj
                said VBD say 0 root
                that IN that 7 mark
                the DT the 5 det
                US NNP US 7 nsubj
                will MD will 7 aux
                mediate VB mediate 2 ccomp
                """));
    }

    @Test
    void a_demand_that_a_party_act_targets_the_complements_subject() {
        assertEquals(List.of("EGY 100 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                demanded VBD demand 0 root
                that IN that 5 mark
                Sudan NNP Sudan 5 nsubj
                end VB end 2 ccomp
                curbs NNS curb 5 obj
                """));
    }

    @Test
    void a_threat_to_act_on_a_party_targets_that_party_in_the_complement() {
        assertEquals(List.of("IRN 130 AZE"), code("""
                Iran NNP Iran 2 nsubj
                threatened VBD threaten 0 root
                to TO to 4 mark
                cut VB cut 2 xcomp
                off RP off 4 compound:prt
                electricity NN electricity 4 obj
                to IN to 8 case
                Azerbaijan NNP Azerbaijan 4 obl
                """));
    }

    @Test
    void conflict_announced_for_the_future_is_a_threat() {
        assertEquals(List.of("IRN 1323 AZE"), code("""
                Iran NNP Iran 3 nsubj
                will MD will 3 aux
                impose VB impose 0 root
                a DT a 5 det
                curfew NN curfew 3 obj
                on IN on 7 case
                Azerbaijan NNP Azerbaijan 3 obl
                """));
    }

    @Test
    void cooperation_refused_for_the_future_is_a_rejection() {
        assertEquals(List.of("SYR 120 -"), code("""
                Syria NNP Syria 4 nsubj
                will MD will 4 aux
                not RB not 4 advmod
                accept VB accept 0 root
                refugees NNS refugee 4 obj
                """));
    }

    @Test
    void a_plan_whose_complement_codes_an_event_is_that_event_only() {
        assertEquals(List.of("IRN 1323 AZE"), code("""
                Iran NNP Iran 2 nsubj
                plans VBZ plan 0 root
                to TO to 4 mark
                impose VB impose 2 xcomp
                a DT a 6 det
                curfew NN curfew 4 obj
                on IN on 8 case
                Azerbaijan NNP Azerbaijan 4 obl
                """));
    }

    @Test
    void a_measure_offers_its_of_noun_to_the_verbs_patterns() {
        assertEquals(List.of("EGY 072 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                provided VBD provide 0 root
                25,000 CD 25,000 4 nummod
                tons NNS ton 2 obj
                of IN of 7 case
                military JJ military 7 amod
                aid NN aid 4 nmod
                to IN to 9 case
                Sudan NNP Sudan 2 obl
                """));
    }

    @Test
    void a_killing_by_an_incident_is_by_an_unidentified_force_of_the_country_where_it_happened() {
        assertEquals(List.of("IRQUAF 190 SYRMIL"), code("""
                A DT a 2 det
                bombing NN bombing 6 nsubj
                near IN near 4 case
                Samarra NNP Samarra 2 nmod LOCATION
                , , , 2 punct
                killed VBD kill 0 root
                Syria NNP Syria 8 compound
                soldiers NNS soldier 6 obj
                """));
    }

    @Test
    void a_killing_in_a_clause_describing_a_noun_gets_no_unnamed_perpetrator() {
        assertEquals(List.of(), code("""
                raids NNS raid 0 root
                in IN in 3 case
                which WDT which 6 obl
                Iraqi JJ Iraqi 5 amod
                civilians NNS civilian 7 nsubj:pass
                were VBD be 7 aux:pass
                killed VBN kill 1 acl:relcl
                """));
    }

    @Test
    void an_event_with_a_target_is_more_confident_than_one_without() {
        Document doc = coder.apply(actors.apply(HandParsed.document("""
                Algeria NNP Algeria 2 nsubj
                began VBD begin 0 root
                a DT a 5 det
                hunger NN hunger 5 compound
                strike NN strike 2 obj

                Egypt NNP Egypt 2 nsubj
                demanded VBD demand 0 root
                that IN that 5 mark
                Sudan NNP Sudan 5 nsubj
                end VB end 2 ccomp
                """)));
        double targetless = doc.events().get(0).confidence();
        double withTarget = doc.events().get(1).confidence();
        assertEquals("DZA/-", doc.events().get(0).source().code() + "/" + doc.events().get(0).target().map(t -> "x").orElse("-"));
        assertTrue(withTarget > targetless, withTarget + " > " + targetless);
    }

    @Test
    void a_noun_s_own_preposition_decides_its_sense_a_strike_on_a_town_is_military() {
        assertEquals(List.of("SYR 190 IRN", "SYR 143 -"), code("""
                Syria NNP Syria 2 nsubj
                launched VBD launch 0 root
                a DT a 4 det
                strike NN strike 2 obj
                on IN on 6 case
                Iran NNP Iran 4 nmod

                Syria NNP Syria 2 nsubj
                launched VBD launch 0 root
                a DT a 4 det
                strike NN strike 2 obj
                """));
    }

    @Test
    void conflict_under_a_condition_of_its_own_is_a_threat() {
        assertEquals(List.of("EGY 135 SDN"), code("""
                Egypt NNP Egypt 3 nsubj
                may MD may 3 aux
                halt VB halt 0 root
                mediation NN mediation 3 obj
                in IN in 6 case
                Sudan NNP Sudan 4 nmod
                if IN if 9 mark
                talks NNS talk 9 nsubj
                fail VBP fail 3 advcl
                """));
    }

    @Test
    void what_a_protest_is_staged_to_demand_is_its_purpose_not_a_second_event() {
        assertEquals(List.of("DZA 141 -", "DZA 100 - reported-intent"), code("""
                Algeria NNP Algeria 2 nsubj
                staged VBD stage 0 root
                demonstrations NNS demonstration 2 obj
                to TO to 5 mark
                demand VB demand 2 advcl
                reforms NNS reform 5 obj
                """));
    }

    @Test
    void an_event_noun_that_goes_on_is_the_event_of_the_actors_that_modify_it() {
        assertEquals(List.of("EGY 145 SDN"), code("""
                Egyptian JJ Egyptian 2 amod
                riots NNS riot 7 nsubj
                against IN against 5 case
                Sudanese JJ Sudanese 5 amod
                policies NNS policy 2 nmod
                are VBP be 7 aux
                continuing VBG continue 0 root
                """));
    }

    @Test
    void a_noun_naming_the_end_of_its_of_nouns_event_codes_that_ending() {
        assertEquals(List.of("EGY 160 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                announced VBD announce 0 root
                a DT a 4 det
                suspension NN suspension 2 obj
                of IN of 7 case
                air NN air 7 compound
                links NNS link 4 nmod
                with IN with 9 case
                Sudan NNP Sudan 7 nmod
                """));
    }

    @Test
    void a_target_phrase_naming_no_actor_offers_the_actor_that_modifies_it() {
        assertEquals(List.of("EGY 163 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                imposed VBD impose 0 root
                sanctions NNS sanction 2 obj
                on IN on 7 case
                the DT the 7 det
                Sudanese JJ Sudanese 7 amod
                faction NN faction 2 obl
                """));
    }

    @Test
    void a_concession_promised_to_a_named_party_is_an_agreement_and_one_without_a_partner_stays_future() {
        assertEquals(List.of("EGY 035 SDNMIL"), code("""
                Egypt NNP Egypt 3 nsubj
                will MD will 3 aux
                release VB release 0 root
                Sudanese JJ Sudanese 5 amod
                soldiers NNS soldier 3 obj
                """));
        assertEquals(List.of(), code("""
                Egypt NNP Egypt 3 nsubj
                will MD will 3 aux
                resign VB resign 0 root
                """), "a bare future concession is no asserted event");
    }

    @Test
    void a_verb_without_an_object_meets_its_pattern_in_its_infinitives_object_and_a_day_is_no_subject() {
        assertEquals(List.of("EGY 138 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                vowed VBD vow 0 root
                on IN on 6 mark
                Thursday NNP Thursday 6 nsubj
                to TO to 6 mark
                wage VB wage 2 advcl
                war NN war 6 obj
                on IN on 9 case
                Sudan NNP Sudan 6 obl
                """));
    }

    @Test
    void an_agreement_without_a_partner_takes_the_party_its_purpose_clause_acts_on() {
        assertEquals(List.of("EGY 057 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                signed VBD sign 0 root
                an DT a 4 det
                accord NN accord 2 obj
                to TO to 6 mark
                supply VB supply 2 advcl
                Sudan NNP Sudan 6 obj
                """));
    }

    @Test
    void a_noun_object_parsed_with_an_object_of_its_own_hands_it_to_the_verb() {
        assertEquals(List.of("EGY 130 SDNMIL"), code("""
                Egypt NNP Egypt 2 nsubj
                threatened VBD threaten 0 root
                fire NN fire 2 obj
                Sudanese JJ Sudanese 5 amod
                soldiers NNS soldier 3 obj
                """));
    }

    @Test
    void a_main_clause_parsed_as_the_clausal_subject_gives_the_complement_its_object_as_subject() {
        assertEquals(List.of("EGY 130 SDN future"), code("""
                Iran NNP Iran 2 nsubj
                indicated VBD indicate 5 csubj
                Egypt NNP Egypt 2 obj
                will MD will 5 aux
                threaten VB threaten 0 root
                Sudan NNP Sudan 5 obj
                """));
    }

    @Test
    void each_conjunct_of_a_generic_subject_gives_its_own_owner() {
        assertEquals(List.of("SDN 130 SYR", "EGY 130 SYR"), code("""
                Egypt NNP Egypt 3 nmod:poss
                's POS 's 1 case
                farmers NNS farmer 8 nsubj
                and CC and 5 cc
                workers NNS worker 3 conj
                from IN from 7 case
                Sudan NNP Sudan 5 nmod
                threatened VBD threaten 0 root
                Syria NNP Syria 8 obj
                """));
    }

    @Test
    void a_party_speaking_of_its_own_country_makes_no_statement_to_it() {
        assertEquals(List.of(), code("""
                Egyptian JJ Egyptian 2 amod
                soldiers NNS soldier 3 nsubj
                said VBD say 0 root
                Egypt NNP Egypt 6 nsubj
                will MD will 6 aux
                mediate VB mediate 3 ccomp
                """));
    }

    @Test
    void a_gerund_the_tagger_read_as_a_verb_is_still_its_event_noun() {
        assertEquals(List.of("EGY 190 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                launched VBD launch 0 root
                bombing VBG bomb 2 obj
                against IN against 5 case
                Sudan NNP Sudan 3 nmod
                """));
    }

    @Test
    void what_an_unnamed_party_must_do_is_no_demand() {
        assertEquals(List.of(), code("""
                Egypt NNP Egypt 2 nsubj
                said VBD say 0 root
                the DT the 4 det
                agency NN agency 6 nsubj
                must MD must 6 aux
                grow VB grow 2 ccomp
                """), "a plain statement with no party in its clause has no target, so no event");
    }

    @Test
    void a_series_of_event_nouns_is_read_as_the_events() {
        assertEquals(List.of("EGY 190 SDN"), code("""
                Egypt NNP Egypt 2 nsubj
                launched VBD launch 0 root
                a DT a 4 det
                series NN series 2 obj
                of IN of 6 case
                bombings NNS bombing 4 nmod
                against IN against 8 case
                Sudan NNP Sudan 6 nmod
                """));
    }

    @Test
    void the_agents_of_a_passive_participle_on_a_noun_act_on_it_not_with_each_other() {
        assertEquals(List.of(), code("""
                a DT a 2 det
                fight NN fight 0 root
                joined VBN join 2 acl
                by IN by 5 case
                Sudan NNP Sudan 3 obl
                and CC and 7 cc
                Syria NNP Syria 5 conj
                """), "not Sudan consulting Syria and back");
    }
}
