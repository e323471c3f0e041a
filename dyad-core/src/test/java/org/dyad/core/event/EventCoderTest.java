package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.PloverType;
import org.dyad.core.facts.Quantity;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyGazetteer;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

class EventCoderTest {
    private final PlaceResolver places = TinyGazetteer.places();
    private final ActorStages actors = new ActorStages(
            TinyCodebooks.actors(
                    "Beijing\tCHN\tcapital",
                    "Moscow\tRUS\tcapital",
                    "Russia\tRUS\tcountry",
                    "Western\tWST\tregion",
                    "Uzbekistan\tUZB\tcountry",
                    "Chinese\tCHN\tadjective",
                    "Russian\tRUS\tadjective",
                    "Afghan\tAFG\tadjective",
                    "Kabul\tAFG\tcapital",
                    "China\tCHN\tcountry",
                    "Afghanistan\tAFG\tcountry",
                    "Taliban\tAFGREB\torganization",
                    "Karimov\tUZB\tperson"),
            TinyCodebooks.agents("soldier\tMIL", "ambassador\tGOV", "troops\tMIL", "military\tMIL", "president\tGOV"));
    private final EventCoder coder = new EventCoder(
            TinyCodebooks.verbs(
                    "meet\t-\t-\t-\t040",
                    "meet\twith\t-\t-\t040",
                    "detain\t-\t-\t-\t173",
                    "hold\t-\tobj\t@event\tnoun",
                    "hold\t-\t-\t-\t---",
                    "hit\t-\tprep:by\t@event\tnoun",
                    "hit\t-\t-\t-\t190",
                    "take\t-\tobj\t@place\t192",
                    "forge\t-\tobj\talliance\t057",
                    "participate\t-\tprep:in\t@event\tnoun",
                    "arrive\t-\t-\t-\t040:040",
                    "welcome\t-\t-\t-\t057"),
            TinyCodebooks.nouns("exercise\t062", "sanction\t163"),
            TinyCodebooks.cameo(), new FactualityClassifier());

    private List<String> code(String table) {
        Document doc = coder.apply(places.apply(actors.apply(HandParsed.document(table))));
        return doc.events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-")
                        + (e.factuality() == Factuality.ASSERTED ? "" : " " + e.factuality().label()))
                .collect(Collectors.toList());
    }

    @Test
    void an_active_verb_codes_subject_against_object() {
        assertEquals(List.of("UZB 173 AFGMIL"), code("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                detained VBD detain 0 root
                Afghan JJ Afghan 4 amod
                soldiers NNS soldier 2 obj
                """));
    }

    @Test
    void a_particle_or_preposition_selects_the_verb_entry_and_its_object_is_the_target() {
        assertEquals(List.of("RUSGOV 040 AFGREB"), code("""
                Russia NNP Russia 3 nmod:poss
                's POS 's 1 case
                ambassador NN ambassador 4 nsubj
                met VBD meet 0 root
                with IN with 7 case
                the DT the 7 det
                Taliban NNP Taliban 4 obl
                """));
    }

    @Test
    void coordinated_subjects_of_a_joint_event_act_with_each_other_both_ways() {
        assertEquals(List.of("CHNGOV 062 RUSGOV", "RUSGOV 062 CHNGOV"), code("""
                Beijing NNP Beijing 4 nsubj
                and CC and 3 cc
                Moscow NNP Moscow 1 conj
                held VBD hold 0 root
                military JJ military 6 amod
                exercises NNS exercise 4 obj
                """));
    }

    @Test
    void a_passive_hit_by_an_event_noun_takes_the_nouns_code_and_its_modifier_as_source() {
        assertEquals(List.of("WST 163 RUS"), code("""
                Russia NNP Russia 2 nsubj
                found VBD find 0 root
                itself PRP itself 2 obj
                hit VBN hit 2 xcomp
                by IN by 7 case
                Western JJ Western 7 amod
                sanctions NNS sanction 4 obl
                """));
    }

    @Test
    void a_participial_clause_shares_the_subject_of_its_verb() {
        assertEquals(List.of("UZB 173 AFGMIL"), code("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                defended VBD defend 0 root
                its PRP$ its 4 nmod:poss
                borders NNS border 2 obj
                , , , 2 punct
                detaining VBG detain 2 advcl
                Afghan JJ Afghan 8 amod
                soldiers NNS soldier 6 obj
                """));
    }

    @Test
    void a_verb_hanging_on_a_misparsed_reduced_relative_takes_the_relatives_subject() {
        assertEquals(List.of("AFGMIL 173 RUS"), code("""
                Afghan JJ Afghan 2 amod
                soldiers NNS soldier 3 nsubj
                stationed VBN station 0 root
                in IN in 5 case
                Kabul NNP Kabul 3 obl
                detained VBD detain 3 dep
                Russia NNP Russia 6 obj
                """));
    }

    @Test
    void a_subject_swallowed_as_an_apposition_of_a_fronted_phrase_is_the_main_verbs_subject() {
        assertEquals(List.of("RUSMIL 173 AFGMIL"), code("""
                After IN after 3 case
                the DT the 3 det
                talks NNS talk 11 obl
                in IN in 5 case
                Kabul NNP Kabul 3 nmod
                , , , 9 punct
                the DT the 9 det
                Russian JJ Russian 9 amod
                military NN military 3 appos
                has VBZ have 11 aux
                detained VBN detain 0 root
                Afghan JJ Afghan 13 amod
                soldiers NNS soldier 11 obj
                """));
    }

    @Test
    void a_participle_with_its_own_object_under_a_root_noun_is_the_sentences_verb() {
        assertEquals(List.of("AFGMIL 173 RUS"), code("""
                Afghan JJ Afghan 2 amod
                soldiers NNS soldier 0 root
                from IN from 4 case
                Kabul NNP Kabul 2 nmod
                detained VBN detain 4 acl
                Russia NNP Russia 5 obj
                """));
    }

    @Test
    void the_party_of_a_participle_on_the_object_is_the_target_even_when_parsed_as_a_clause() {
        assertEquals(List.of("CHNGOV 057 AFGGOV"), code("""
                Beijing NNP Beijing 2 nsubj
                welcomed VBD welcome 0 root
                memos NNS memo 4 nsubj
                sent VBN send 2 dep
                by IN by 6 case
                Kabul NNP Kabul 4 obl
                """));
        assertEquals(List.of("CHNGOV 057 AFGGOV"), code("""
                Beijing NNP Beijing 2 nsubj
                welcomed VBD welcome 0 root
                assurances NNS assurance 2 obj
                sent VBN send 3 acl
                from IN from 6 case
                Kabul NNP Kabul 4 obl
                """));
    }

    @Test
    void the_subject_of_a_clause_completing_the_object_is_the_target() {
        assertEquals(List.of("CHN 057 AFG"), code("""
                China NNP China 2 nsubj
                welcomed VBD welcome 0 root
                hopes NNS hope 2 obj
                that IN that 6 mark
                Afghanistan NNP Afghanistan 6 nsubj
                joins VBZ join 3 ccomp
                """));
    }

    @Test
    void a_dictionary_naming_a_verb_by_its_written_form_codes_that_form_not_its_lemma() {
        VerbDictionary verbs = TinyCodebooks.verbs("leave\t-\t-\t-\t173", "left\t-\t-\t-\t040");
        String table = """
                Uzbekistan NNP Uzbekistan 2 nsubj
                left VBD leave 0 root
                for IN for 4 case
                Afghanistan NNP Afghanistan 2 obl
                """;
        assertEquals(List.of("UZB 173 AFG"), codeWith(verbs, table), "a lemma dictionary reads 'left' as 'leave'");
        assertEquals(List.of("UZB 040 AFG"), codeWith(verbs.withWrittenForms(java.util.Set.of("left")), table));
    }

    @Test
    void a_subject_slot_with_a_modifier_needs_it_right_before_the_head() {
        VerbDictionary verbs = TinyCodebooks.verbs("rise\t-\tsubj\tdeath_toll\t190");
        assertEquals(List.of("AFG 190 -"), codeWith(verbs, """
                Afghanistan NNP Afghanistan 4 nmod:poss
                's POS 's 1 case
                death NN death 4 compound
                toll NN toll 5 nsubj
                rose VBD rise 0 root
                """));
        assertEquals(List.of(), codeWith(verbs, """
                Afghanistan NNP Afghanistan 6 nmod:poss
                's POS 's 1 case
                death NN death 6 compound
                and CC and 5 cc
                injury NN injury 3 conj
                toll NN toll 7 nsubj
                rose VBD rise 0 root
                """));
    }

    @Test
    void an_object_pattern_also_tests_a_predicative_complement() {
        VerbDictionary verbs = TinyCodebooks.verbs("find\t-\t-\t-\t---", "find\t-\tobj\tguilty\t173");
        assertEquals(List.of("UZB 173 AFGREB"), codeWith(verbs, """
                Uzbekistan NNP Uzbekistan 2 nsubj
                found VBD find 0 root
                the DT the 4 det
                Taliban NNP Taliban 2 obj
                guilty JJ guilty 2 xcomp
                """));
    }

    @Test
    void a_compound_subject_pattern_needs_coordinated_subjects() {
        VerbDictionary verbs = TinyCodebooks.verbs("downplay\t-\t-\t-\t173", "downplay\t-\tsubj\t@compound\t062");
        assertEquals(List.of("CHN 062 RUS", "RUS 062 CHN"), codeWith(verbs, """
                China NNP China 4 nsubj
                and CC and 3 cc
                Russia NNP Russia 1 conj
                downplayed VBD downplay 0 root
                their PRP$ their 6 nmod:poss
                meeting NN meeting 4 obj
                """));
        assertEquals(List.of("CHN 173 -"), codeWith(verbs, """
                China NNP China 2 nsubj
                downplayed VBD downplay 0 root
                the DT the 4 det
                meeting NN meeting 2 obj
                """));
    }

    private List<String> codeWith(VerbDictionary verbs, String table) {
        EventCoder withVerbs = new EventCoder(verbs, TinyCodebooks.nouns(), TinyCodebooks.cameo(), new FactualityClassifier());
        return withVerbs.apply(actors.apply(HandParsed.document(table))).events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-"))
                .toList();
    }

    @Test
    void a_verb_with_a_reverse_code_gives_the_target_its_event_in_return_and_finds_a_target_inside_a_phrase() {
        assertEquals(List.of("UZB 040 AFGGOV", "AFGGOV 040 UZB"), code("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                arrived VBD arrive 0 root
                for IN for 4 case
                talks NNS talk 2 obl
                in IN in 6 case
                Kabul NNP Kabul 4 nmod
                """));
    }

    @Test
    void a_name_inside_a_title_of_its_own_country_is_one_party_with_the_title() {
        assertEquals(List.of("UZBGOV 040 AFG", "AFG 040 UZBGOV"), code("""
                Uzbekistan NNP Uzbekistan 3 compound
                President NNP President 3 compound
                Karimov NNP Karimov 4 nsubj
                arrived VBD arrive 0 root
                in IN in 6 case
                Afghanistan NNP Afghanistan 4 obl
                """));
    }

    @Test
    void coordinated_roles_of_one_country_are_each_a_party_of_the_event() {
        assertEquals(List.of("RUSMIL 040 AFGREB", "RUSGOV 040 AFGREB"), code("""
                troops NNS troop 6 nsubj
                and CC and 3 cc
                ambassadors NNS ambassador 1 conj
                from IN from 5 case
                Russia NNP Russia 1 nmod
                met VBD meet 0 root
                with IN with 9 case
                the DT the 9 det
                Taliban NNP Taliban 6 obl
                """));
    }

    @Test
    void the_target_of_a_passive_may_be_the_owner_of_a_generic_subject() {
        assertEquals(List.of("RUSMIL 190 AFG"), code("""
                the DT the 3 det
                Afghan JJ Afghan 3 amod
                convoy NN convoy 5 nsubj:pass
                was VBD be 5 aux:pass
                hit VBN hit 0 root
                by IN by 8 case
                Russian JJ Russian 8 amod
                troops NNS troop 5 obl:agent
                """));
    }

    @Test
    void the_parties_between_which_the_object_stands_are_the_targets() {
        assertEquals(List.of("UZB 057 CHN", "UZB 057 RUS"), code("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                welcomed VBD welcome 0 root
                talks NNS talk 2 obj
                between IN between 5 case
                China NNP China 3 nmod
                and CC and 7 cc
                Russia NNP Russia 5 conj
                """));
    }

    @Test
    void taking_a_place_is_occupying_it() {
        assertEquals(List.of("AFGREB 192 AFGGOV"), code("""
                the DT the 2 det
                Taliban NNP Taliban 3 nsubj
                took VBD take 0 root
                Kabul NNP Kabul 3 obj CITY
                """));
    }

    @Test
    void a_negated_subject_makes_the_event_negated() {
        assertEquals(List.of("CHNGOV 057 RUSGOV negated", "RUSGOV 057 CHNGOV negated"), code("""
                neither CC neither 2 cc:preconj
                Beijing NNP Beijing 6 nsubj
                or CC or 4 cc
                Moscow NNP Moscow 2 conj
                is VBZ be 6 cop
                intent JJ intent 0 root
                on IN on 8 mark
                forging VBG forge 6 advcl
                an DT a 10 det
                alliance NN alliance 8 obj
                """));
    }

    @Test
    void a_modal_makes_the_event_hypothetical_and_will_makes_it_future() {
        assertEquals(List.of("UZB 173 AFGMIL hypothetical"), code("""
                Uzbekistan NNP Uzbekistan 3 nsubj
                could MD could 3 aux
                detain VB detain 0 root
                Afghan JJ Afghan 5 amod
                soldiers NNS soldier 3 obj
                """));
        assertEquals(List.of("UZB 173 AFGMIL future"), code("""
                Uzbekistan NNP Uzbekistan 3 nsubj
                will MD will 3 aux
                detain VB detain 0 root
                Afghan JJ Afghan 5 amod
                soldiers NNS soldier 3 obj
                """));
    }

    @Test
    void an_attempted_attack_is_an_attack_but_an_attempted_arrest_is_no_arrest() {
        assertEquals(List.of("RUS 190 AFGMIL"), code("""
                Russia NNP Russia 2 nsubj
                attempted VBD attempt 0 root
                to TO to 4 mark
                hit VB hit 2 xcomp
                Afghan JJ Afghan 6 amod
                soldiers NNS soldier 4 obj
                """));
        List<String> arrest = code("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                attempted VBD attempt 0 root
                to TO to 4 mark
                detain VB detain 2 xcomp
                Afghan JJ Afghan 6 amod
                soldiers NNS soldier 4 obj
                """);
        assertTrue(arrest.stream().noneMatch(e -> e.equals("UZB 173 AFGMIL")), arrest.toString());
    }

    @Test
    void a_pattern_coded_as_not_an_event_codes_nothing() {
        assertEquals(List.of(), code("""
                Beijing NNP Beijing 2 nsubj
                held VBD hold 0 root
                Moscow NNP Moscow 2 obj
                """));
    }

    @Test
    void an_event_without_a_target_actor_is_coded_without_one() {
        assertEquals(List.of("UZB 173 -"), code("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                detained VBD detain 0 root
                hundreds NNS hundred 2 obj
                """));
    }

    @Test
    void the_target_may_stand_inside_the_objects_phrase() {
        assertEquals(List.of("RUS 040 AFGREB"), code("""
                Russia NNP Russia 2 nsubj
                met VBD meet 0 root
                a DT a 4 det
                group NN group 2 obj
                of IN of 6 case
                Taliban NNP Taliban 4 nmod
                """));
    }

    @Test
    void events_carry_codebook_values_and_raw_offsets() {
        Document doc = coder.apply(actors.apply(HandParsed.document("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                detained VBD detain 0 root
                Afghan JJ Afghan 4 amod
                soldiers NNS soldier 2 obj
                """)));
        Event e = doc.events().get(0);
        assertEquals(PloverType.COERCE, e.plover().orElseThrow().type());
        assertEquals("arrest", e.plover().orElseThrow().mode().orElseThrow());
        assertEquals(-5.0, e.goldstein());
        assertEquals(4, e.quadClass());
        assertEquals("detained", e.triggerSpan().of(doc.text().raw()));
        assertEquals("Afghan soldiers", e.target().orElseThrow().rawSpan().of(doc.text().raw()));
        assertTrue(e.confidence() > 0 && e.confidence() <= 1);
        assertEquals("hand-e1", e.eventId());
    }

    @Test
    void repeated_mentions_of_one_event_merge() {
        Document doc = coder.apply(actors.apply(HandParsed.document("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                detained VBD detain 0 root
                Afghan JJ Afghan 4 amod
                soldiers NNS soldier 2 obj

                Uzbekistan NNP Uzbekistan 2 nsubj
                detained VBD detain 0 root
                Afghan JJ Afghan 4 amod
                soldiers NNS soldier 2 obj
                """)));
        assertEquals(1, doc.events().size());
        assertEquals(1, doc.events().get(0).mentions().size());
    }

    @Test
    void a_later_mention_of_the_same_joint_event_merges_and_brings_its_quantity() {
        Document doc = coder.apply(actors.apply(HandParsed.document("""
                Beijing NNP Beijing 4 nsubj
                and CC and 3 cc
                Moscow NNP Moscow 1 conj
                held VBD hold 0 root
                exercises NNS exercise 4 obj

                More JJR more 3 advmod
                than IN than 1 fixed
                10,000 CD 10000 4 nummod
                troops NNS troops 11 nsubj
                from IN from 10 case
                the DT the 10 det
                Chinese JJ Chinese 10 amod
                and CC and 9 cc
                Russian JJ Russian 7 conj
                militaries NNS military 4 nmod
                participated VBD participate 0 root
                in IN in 13 case
                exercises NNS exercise 11 obl
                """)));
        assertEquals(2, doc.events().size(), doc.events().toString()); // one each way
        Event e = doc.events().get(0);
        assertEquals(1, e.mentions().size());
        Quantity q = e.attributes().quantities().get(0);
        assertEquals("troops", q.what());
        assertEquals(10_000, q.value());
        assertEquals("more than", q.qualifier().orElseThrow());
        assertEquals("More than 10,000", q.rawSpan().of(doc.text().raw()));
    }

    @Test
    void promised_cooperation_is_an_asserted_agreement_as_plover_codes_it() {
        assertEquals(List.of("RUS 036 AFGREB"), code("""
                Russia NNP Russia 3 nsubj
                will MD will 3 aux
                meet VB meet 0 root
                with IN with 6 case
                the DT the 6 det
                Taliban NNP Taliban 3 obl
                """));
    }

    @Test
    void promised_conflict_stays_a_future_event() {
        assertEquals(List.of("UZB 173 AFGMIL future"), code("""
                Uzbekistan NNP Uzbekistan 3 nsubj
                will MD will 3 aux
                detain VB detain 0 root
                Afghan JJ Afghan 5 amod
                soldiers NNS soldier 3 obj
                """));
    }

    @Test
    void coordinated_subjects_acting_on_their_own_shared_thing_act_on_each_other() {
        assertEquals(List.of("CHNGOV 173 RUSGOV", "RUSGOV 173 CHNGOV"), code("""
                Beijing NNP Beijing 4 nsubj
                and CC and 3 cc
                Moscow NNP Moscow 1 conj
                detained VBD detain 0 root
                their PRP$ their 6 nmod:poss
                diplomats NNS diplomat 4 obj
                """));
    }

    @Test
    void without_another_target_the_first_actor_of_another_phrase_is_taken() {
        assertEquals(List.of("UZB 173 AFG"), code("""
                Uzbekistan NNP Uzbekistan 2 nsubj
                detained VBD detain 0 root
                refugees NNS refugee 2 obj
                in IN in 5 case
                Afghanistan NNP Afghanistan 2 obl
                """).stream().map(x -> x.replace("AFGGOV", "AFG")).toList());
    }

    @Test
    void the_nationalities_of_a_generic_subject_are_its_actors() {
        assertEquals(List.of("CHN 173 AFGMIL", "RUS 173 AFGMIL"), code("""
                the DT the 5 det
                Chinese JJ Chinese 5 amod
                and CC and 4 cc
                Russian JJ Russian 2 conj
                sides NNS side 6 nsubj
                detained VBD detain 0 root
                Afghan JJ Afghan 8 amod
                soldiers NNS soldier 6 obj
                """));
    }

    @Test
    void a_subject_naming_no_actor_takes_the_actor_inside_its_phrase() {
        assertEquals(List.of("UZB 173 AFGMIL"), code("""
                thousands NNS thousand 4 nsubj
                of IN of 3 case
                Uzbekistan NNP Uzbekistan 1 nmod
                detained VBD detain 0 root
                Afghan JJ Afghan 6 amod
                soldiers NNS soldier 4 obj
                """));
    }

    @Test
    void a_verb_default_naming_cooperation_needs_a_partner() {
        assertEquals(List.of(), code("""
                Russia NNP Russia 2 nsubj
                met VBD meet 0 root
                yesterday NN yesterday 2 obl:tmod
                """));
    }

    @Test
    void a_joint_cooperation_that_is_only_planned_is_an_agreement_both_ways() {
        assertEquals(List.of("CHNGOV 031 RUSGOV", "RUSGOV 031 CHNGOV"), code("""
                Beijing NNP Beijing 5 nsubj
                and CC and 3 cc
                Moscow NNP Moscow 1 conj
                will MD will 5 aux
                hold VB hold 0 root
                exercises NNS exercise 5 obj
                """));
    }

    @Test
    void a_place_in_the_sources_own_country_is_no_target_and_leaves_the_joint_reading() {
        assertEquals(List.of("CHNGOV 062 RUSGOV", "RUSGOV 062 CHNGOV"), code("""
                Beijing NNP Beijing 4 nsubj
                and CC and 3 cc
                Moscow NNP Moscow 1 conj
                held VBD hold 0 root
                exercises NNS exercise 4 obj
                in IN in 8 case
                western JJ western 8 amod
                China NNP China 4 obl
                """));
    }
}
