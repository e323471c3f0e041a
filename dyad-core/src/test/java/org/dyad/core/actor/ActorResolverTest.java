package org.dyad.core.actor;

import org.dyad.core.conventions.UnownedRoles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
    private final ActorStages resolver = new ActorStages(
            TinyCodebooks.actors(
                    "Russia\tRUS\tcountry",
                    "Afghanistan\tAFG\tcountry",
                    "Afghan\tAFG\tadjective",
                    "Chinese\tCHN\tadjective",
                    "Russian\tRUS\tadjective",
                    "Beijing\tCHN\tcapital",
                    "China\tCHN\tcountry",
                    "Taliban\tAFGREB\torganization",
                    "Ruritania\tRUR\tcountry",
                    "Ruritanian\tRUR\tadjective",
                    "Rudolf Rassendyll\tRURELI\tperson",
                    "Rudolf Rassendyll\tRURGOV\tperson\t2020-01-01\t2022-12-31",
                    "Un\tIGOUNO\torganization",
                    "US\tUSA\tcountry",
                    "al-Shabab\tSOMREB\torganization",
                    "Trump\tUSAGOV\tperson",
                    "Albanian\tALB\tadjective",
                    "American\tUSA\tadjective",
                    "Serbia\tSRB\tcountry",
                    "Iraq\tIRQ\tcountry"),
            TinyCodebooks.agents(
                    "ambassador\tGOV",
                    "soldier\tMIL",
                    "military\tMIL",
                    "air force\tMIL",
                    "militant\tREB",
                    "troop\tMIL",
                    "government\tGOV",
                    "student\tEDU",
                    "students and teachers\tEDU"));

    private static List<String> codes(Document doc) {
        return doc.actors().stream().filter(m -> !m.isModifierOnly())
                .map(m -> m.code() + ":" + m.text()).collect(Collectors.toList());
    }

    @Test
    void a_possessor_gives_the_country_and_a_prepositional_destination_does_not() {
        Document doc = resolver.apply(HandParsed.document("""
                Russia NNP Russia 3 nmod:poss
                's POS 's 1 case
                ambassador NN ambassador 6 nsubj
                to IN to 5 case
                Afghanistan NNP Afghanistan 3 nmod
                met VBD meet 0 root
                with IN with 9 case
                the DT the 9 det
                Taliban NNP Taliban 6 obl
                """));
        assertEquals(List.of("RUSGOV:Russia 's ambassador", "AFG:Afghanistan", "AFGREB:Taliban"), codes(doc));
    }

    @Test
    void a_nationality_and_a_role_noun_combine_into_one_actor() {
        Document doc = resolver.apply(HandParsed.document("""
                They PRP they 2 nsubj
                detained VBD detain 0 root
                Afghan JJ Afghan 4 amod
                soldiers NNS soldier 2 obj
                """));
        assertEquals(List.of("AFGMIL:Afghan soldiers"), codes(doc));
    }

    @Test
    void a_role_compounded_into_another_noun_still_names_the_actor() {
        Document doc = resolver.apply(HandParsed.document("""
                an DT a 5 det
                Afghan NNP Afghan 4 compound
                Air NNP Air 4 compound
                Force NNP Force 5 compound
                plane NN plane 0 root
                """));
        assertEquals(List.of("AFGMIL:Afghan Air Force plane"), codes(doc));
    }

    @Test
    void coordinated_nationalities_give_one_actor_each() {
        Document doc = resolver.apply(HandParsed.document("""
                the DT the 5 det
                Chinese JJ Chinese 5 amod
                and CC and 4 cc
                Russian JJ Russian 2 conj
                militaries NNS military 0 root
                """));
        List<String> found = codes(doc);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("CHNMIL:") && found.get(1).startsWith("RUSMIL:"), found.toString());
    }

    @Test
    void an_ethnic_people_placed_in_another_country_belongs_to_that_country() {
        Document doc = resolver.apply(HandParsed.document("""
                Ethnic JJ ethnic 2 amod
                Albanians NNPS Albanian 6 nsubj
                in IN in 5 case
                south JJ south 5 amod
                Serbia NNP Serbia 2 nmod
                demand VBP demand 0 root
                autonomy NN autonomy 6 obj
                """));
        assertEquals(List.of("SRB:Albanians", "SRB:Serbia"), codes(doc));
    }

    @Test
    void a_people_of_a_country_belongs_to_it_without_the_word_ethnic() {
        Document doc = resolver.apply(HandParsed.document("""
                The DT the 2 det
                Albanians NNPS Albanian 6 nsubj
                of IN of 5 case
                southern JJ southern 5 amod
                Serbia NNP Serbia 2 nmod
                demand VBP demand 0 root
                """));
        assertEquals(List.of("SRB:Albanians", "SRB:Serbia"), codes(doc));
    }

    @Test
    void an_ethnic_subject_is_placed_by_its_verb_but_nationals_abroad_keep_their_country() {
        Document ethnic = resolver.apply(HandParsed.document("""
                ethnic JJ ethnic 2 amod
                Albanians NNPS Albanian 3 nsubj
                demonstrated VBD demonstrate 0 root
                in IN in 5 case
                Serbia NNP Serbia 3 obl
                """));
        assertEquals(List.of("SRB:Albanians", "SRB:Serbia"), codes(ethnic));
        Document placedByItsDate = resolver.apply(HandParsed.document("""
                ethnic JJ ethnic 2 amod
                Albanians NNPS Albanian 3 nsubj
                demonstrated VBD demonstrate 0 root
                on IN on 5 case
                Tuesday NNP Tuesday 3 obl
                in IN in 7 case
                Serbia NNP Serbia 5 nmod
                """));
        assertEquals(List.of("SRB:Albanians", "SRB:Serbia"), codes(placedByItsDate));
        Document abroad = resolver.apply(HandParsed.document("""
                Americans NNPS American 4 nsubj
                in IN in 3 case
                Iraq NNP Iraq 1 nmod
                protested VBD protest 0 root
                """));
        assertEquals(List.of("USA:Americans", "IRQ:Iraq"), codes(abroad));
    }

    @Test
    void an_ethnic_role_placed_by_its_participle_belongs_to_that_country_and_a_plain_one_keeps_its_own() {
        Document ethnic = resolver.apply(HandParsed.document("""
                ethnic JJ ethnic 3 amod
                Albanian JJ Albanian 3 amod
                soldiers NNS soldier 0 root
                operating VBG operate 3 acl
                in IN in 6 case
                Serbia NNP Serbia 4 obl
                """));
        assertEquals(List.of("SRBMIL:Albanian soldiers", "SRB:Serbia"), codes(ethnic));
        Document plain = resolver.apply(HandParsed.document("""
                Albanian JJ Albanian 2 amod
                soldiers NNS soldier 0 root
                operating VBG operate 2 acl
                in IN in 5 case
                Serbia NNP Serbia 3 obl
                """));
        assertEquals(List.of("ALBMIL:Albanian soldiers", "SRB:Serbia"), codes(plain));
    }

    @Test
    void an_office_of_another_organisation_in_apposition_replaces_a_persons_dictionary_code() {
        Document doc = resolver.apply(HandParsed.document("""
                Trump NNP Trump 6 nsubj
                , , , 5 punct
                the DT the 5 det
                UN NNP UN 5 compound
                envoy NN envoy 1 appos
                spoke VBD speak 0 root
                """));
        assertEquals(List.of("IGOUNO:Trump"), codes(doc));
        Document sameCountry = resolver.apply(HandParsed.document("""
                Trump NNP Trump 5 nsubj
                , , , 4 punct
                the DT the 4 det
                US NNP US 1 appos
                spoke VBD speak 0 root
                """));
        assertEquals(List.of("USAGOV:Trump", "USA:US"), codes(sameCountry));
    }

    @Test
    void a_capital_stands_for_its_government() {
        Document doc = resolver.apply(HandParsed.document("""
                Beijing NNP Beijing 2 nsubj
                protested VBD protest 0 root
                """));
        assertEquals(List.of("CHNGOV:Beijing"), codes(doc));
    }

    @Test
    void a_lower_case_common_word_is_not_taken_for_a_name() {
        Document doc = resolver.apply(HandParsed.document("""
                fine JJ fine 2 amod
                china NN china 0 root
                """));
        assertEquals(List.of(), codes(doc));
    }

    @Test
    void a_plural_pronoun_refers_to_the_nearest_group_before_it() {
        Document doc = resolver.apply(HandParsed.document("""
                Russia NNP Russia 2 nsubj
                met VBD meet 0 root
                the DT the 4 det
                Taliban NNP Taliban 2 obj
                since IN since 7 mark
                they PRP they 7 nsubj
                took VBD take 2 advcl
                """));
        ActorMention they = doc.actors().stream().filter(m -> m.text().equals("they")).findFirst().orElseThrow();
        assertEquals("AFGREB", they.code().code());
        assertEquals("Taliban", they.antecedent().orElseThrow().text());
    }

    @Test
    void a_singular_pronoun_prefers_the_earlier_subject() {
        Document doc = resolver.apply(HandParsed.document("""
                Ruritania NNP Ruritania 2 nsubj
                said VBD say 0 root
                it PRP it 4 nsubj
                detained VBD detain 2 ccomp
                an DT a 7 det
                Afghan JJ Afghan 7 amod
                soldier NN soldier 4 obj
                """));
        ActorMention it = doc.actors().stream().filter(m -> m.text().equals("it")).findFirst().orElseThrow();
        assertEquals("RUR", it.code().code());
    }

    @Test
    void a_definite_role_description_refers_back_to_an_actor_of_that_role() {
        Document doc = resolver.apply(HandParsed.document("""
                the DT the 2 det
                Taliban NNP Taliban 3 nsubj
                advanced VBD advance 0 root

                China NNP China 2 nsubj
                engaged VBD engage 0 root
                with IN with 5 case
                the DT the 5 det
                militants NNS militant 2 obl
                """));
        ActorMention militants = doc.actors().stream().filter(m -> m.text().contains("militants")).findFirst()
                .orElseThrow();
        assertEquals("AFGREB", militants.code().code());
        assertEquals("Taliban", militants.antecedent().orElseThrow().text());
    }

    @Test
    void a_dated_role_applies_only_on_the_article_date() {
        String table = """
                Rudolf NNP Rudolf 2 compound
                Rassendyll NNP Rassendyll 3 nsubj
                spoke VBD speak 0 root
                """;
        assertEquals("RURGOV", resolver.apply(HandParsed.document(table, LocalDate.of(2021, 6, 1))).actors().get(0)
                .code().code());
        assertEquals("RURELI", resolver.apply(HandParsed.document(table, LocalDate.of(2024, 6, 1))).actors().get(0)
                .code().code());
    }

    @Test
    void actor_spans_point_into_the_raw_text() {
        Document doc = resolver.apply(HandParsed.document("""
                Beijing NNP Beijing 2 nsubj
                protested VBD protest 0 root
                """));
        ActorMention m = doc.actors().get(0);
        assertEquals("Beijing", m.rawSpan().of(doc.text().raw()));
    }

    @Test
    void a_name_inside_a_persons_name_is_not_that_actor() {
        Document doc = resolver.apply(HandParsed.document("""
                Kim NNP Kim 3 compound PERSON
                Jong NNP Jong 3 compound PERSON
                Un NNP Un 4 nsubj PERSON
                spoke VBD speak 0 root
                """));
        assertEquals(List.of(), codes(doc));
    }

    @Test
    void a_determiner_that_ner_took_into_a_persons_name_does_not_hide_the_name_after_it() {
        Document doc = resolver.apply(HandParsed.document("""
                An DT a 2 det PERSON
                Afghan NNP Afghan 4 nsubj:pass PERSON
                was VBD be 4 aux:pass
                shot VBN shoot 0 root
                """));
        assertEquals(List.of("AFG:Afghan"), codes(doc));
    }

    @Test
    void coordinated_role_nouns_share_the_owner_phrase_after_them() {
        Document doc = resolver.apply(HandParsed.document("""
                soldiers NNS soldier 6 nsubj
                and CC and 3 cc
                ambassadors NNS ambassador 1 conj
                in IN in 5 case
                Russia NNP Russia 1 nmod
                met VBD meet 0 root
                """));
        assertEquals(List.of("RUSMIL", "RUSGOV"), doc.actors().stream().filter(m -> m.rule().startsWith("agent:"))
                .map(m -> m.code().code()).toList());
    }

    @Test
    void a_role_noun_takes_its_owner_from_a_from_phrase() {
        Document doc = resolver.apply(HandParsed.document("""
                troops NNS troop 0 root
                from IN from 5 case
                the DT the 5 det
                Chinese JJ Chinese 5 amod
                military NN military 1 nmod
                """));
        assertTrue(codes(doc).contains("CHNMIL:troops from the Chinese military"), codes(doc).toString());
    }

    @Test
    void a_from_phrase_whose_head_names_no_one_is_owned_by_the_name_modifying_it() {
        Document doc = resolver.apply(HandParsed.document("""
                soldiers NNS soldier 6 nsubj
                from IN from 5 case
                the DT the 5 det
                Ruritania NNP Ruritania 5 compound
                post NN post 1 nmod
                left VBD leave 0 root
                """));
        assertTrue(codes(doc).contains("RURMIL:soldiers from the Ruritania"), codes(doc).toString());
    }

    @Test
    void the_government_without_an_owner_is_the_last_countrys_government() {
        Document doc = resolver.apply(HandParsed.document("""
                Ruritania NNP Ruritania 2 nsubj
                voted VBD vote 0 root

                the DT the 2 det
                government NN government 3 nsubj
                resigned VBD resign 0 root
                """));
        ActorMention gov = doc.actors().stream().filter(m -> m.text().equals("the government")).findFirst().orElseThrow();
        assertEquals("RURGOV", gov.code().code());
        assertEquals("Ruritania", gov.antecedent().orElseThrow().text());
    }

    @Test
    void a_prefix_role_is_written_before_its_owners_code() {
        ActorStages prefixed = new ActorStages(
                TinyCodebooks.actors("Nigerian\tNGA\tadjective", "Ruritania\tRUR\tcountry"),
                TinyCodebooks.agents("peacekeeping troops\tIGO~", "MSF\tNGO~", "diplomat\tGOV"));
        Document troops = prefixed.apply(HandParsed.document("""
                Nigerian JJ Nigerian 3 amod
                peacekeeping NN peacekeeping 3 compound
                troops NNS troop 4 nsubj
                arrived VBD arrive 0 root
                """));
        assertEquals(List.of("IGONGA:Nigerian peacekeeping troops"), codes(troops));
        Document msf = prefixed.apply(HandParsed.document("""
                an DT a 4 det
                MSF NNP MSF 3 compound
                Ruritania NNP Ruritania 4 compound
                diplomat NN diplomat 5 nsubj
                left VBD leave 0 root
                MSF NNP MSF 7 compound
                Ruritania NNP Ruritania 8 nsubj
                stayed VBD stay 5 conj
                """));
        assertEquals(List.of("NGORURGOV:MSF Ruritania diplomat", "NGORUR:MSF Ruritania"), codes(msf));
    }

    private static final String ROLES_NO_ONE_OWNS = """
            soldiers NNS soldier 2 nsubj
            guarded VBD guard 0 root
            the DT the 5 det
            student NN student 5 compound
            union NN union 2 obj

            they PRP they 2 nsubj
            left VBD leave 0 root
            the DT the 4 det
            government NN government 2 obj
            """;

    @Test
    void under_petrarchs_reading_a_role_no_one_owns_is_of_unknown_country_and_refers_to_no_one() {
        ActorStages petrarch = new ActorStages(TinyCodebooks.actors("Ruritania\tRUR\tcountry"),
                TinyCodebooks.agents("soldier\tMIL", "student\tEDU", "government\tGOV"),
                UnownedRoles.UNKNOWN_COUNTRY);
        Document doc = petrarch.apply(HandParsed.document(ROLES_NO_ONE_OWNS));
        assertEquals(List.of("---MIL:soldiers", "---GOV:the government"), codes(doc),
                "a role inside another noun is no actor, and 'they' does not pick up the unknown soldiers");
    }

    @Test
    void under_petrarchs_reading_a_role_adjective_on_a_subject_makes_it_that_role_of_unknown_country() {
        ActorStages petrarch = new ActorStages(TinyCodebooks.actors("Ruritania\tRUR\tcountry"),
                TinyCodebooks.agents("official\tGOV"), UnownedRoles.UNKNOWN_COUNTRY);
        Document doc = petrarch.apply(HandParsed.document("""
                the DT the 4 det
                official JJ official 4 amod
                news NN news 4 compound
                agency NN agency 5 nsubj
                said VBD say 0 root

                Ruritania NNP Ruritania 2 nsubj
                paid VBD pay 0 root
                an DT a 5 det
                official JJ official 5 amod
                visit NN visit 2 obj
                """));
        assertEquals(List.of("---GOV:the official news agency", "RUR:Ruritania"), codes(doc),
                "an official visit is no actor: only a subject is read so");
    }

    @Test
    void by_default_a_role_no_one_owns_is_no_actor() {
        Document doc = resolver.apply(HandParsed.document(ROLES_NO_ONE_OWNS));
        assertEquals(List.of(), codes(doc));
    }

    @Test
    void the_group_refers_to_the_last_armed_group() {
        Document doc = resolver.apply(HandParsed.document("""
                the DT the 2 det
                Taliban NNP Taliban 3 nsubj
                advanced VBD advance 0 root

                the DT the 2 det
                group NN group 3 nsubj
                said VBD say 0 root
                """));
        ActorMention group = doc.actors().stream().filter(m -> m.text().equals("the group")).findFirst().orElseThrow();
        assertEquals("AFGREB", group.code().code());
    }

    @Test
    void both_countries_are_the_last_two_countries() {
        Document doc = resolver.apply(HandParsed.document("""
                China NNP China 4 nsubj
                and CC and 3 cc
                Russia NNP Russia 1 conj
                met VBD meet 0 root

                both DT both 2 det
                countries NNS country 3 nsubj
                agreed VBD agree 0 root
                """));
        List<String> pair = doc.actors().stream().filter(m -> m.text().equals("both countries"))
                .map(m -> m.code().code()).toList();
        assertEquals(List.of("CHN", "RUS"), pair);
    }

    @Test
    void a_short_name_matches_only_in_capitals() {
        assertEquals(List.of(), codes(resolver.apply(HandParsed.document("""
                Us PRP we 2 nsubj
                left VBD leave 0 root
                """))));
        assertEquals(List.of("USA:US"), codes(resolver.apply(HandParsed.document("""
                US NNP US 2 nsubj
                left VBD leave 0 root
                """))));
    }

    @Test
    void a_hyphenated_name_matches_as_corenlp_splits_it() {
        Document doc = resolver.apply(HandParsed.document("""
                al NNP al 3 compound
                - HYPH - 3 punct
                Shabab NNP Shabab 4 nsubj
                attacked VBD attack 0 root
                """));
        assertEquals(List.of("SOMREB:al - Shabab"), codes(doc));
    }

    @Test
    void a_persons_surname_ending_a_name_is_that_person() {
        Document doc = resolver.apply(HandParsed.document("""
                President NNP President 3 compound
                Donald NNP Donald 3 compound PERSON
                Trump NNP Trump 4 nsubj PERSON
                spoke VBD speak 0 root
                """));
        assertEquals(List.of("USAGOV:Trump"), codes(doc));
    }

    @Test
    void a_plural_demonym_names_its_countrys_people() {
        Document doc = resolver.apply(HandParsed.document("""
                Ruritanians NNPS Ruritanians 2 nsubj
                protested VBD protest 0 root
                """));
        assertEquals(List.of("RUR:Ruritanians"), codes(doc));
    }

    @Test
    void a_plural_finds_its_singular_even_when_a_longer_phrase_starts_with_the_plural() {
        Document doc = resolver.apply(HandParsed.document("""
                Ruritanian JJ Ruritanian 2 amod
                students NNS student 3 nsubj
                marched VBD march 0 root
                """));
        assertEquals(List.of("RUREDU:Ruritanian students"), codes(doc));
    }

    @Test
    void an_override_file_can_remove_a_phrase() {
        ActorDictionary base = TinyCodebooks.actors("Male\tMDV\tcapital", "Kabul\tAFG\tcapital");
        ActorDictionary removal = TinyCodebooks.actors("Male\t---");
        ActorDictionary merged = base.overriddenBy(removal);
        assertTrue(merged.longestMatch(List.of("male"), null, 0, null).isEmpty());
        assertTrue(merged.longestMatch(List.of("kabul"), null, 0, null).isPresent());
    }

    @Test
    void a_country_that_ner_took_for_a_person_is_still_the_country() {
        Document doc = resolver.apply(HandParsed.document("""
                Ruritania NNP Ruritania 2 nsubj PERSON
                protested VBD protest 0 root
                """));
        assertEquals(List.of("RUR:Ruritania"), codes(doc));
    }

    @Test
    void a_role_noun_placed_in_a_country_belongs_to_it_when_nothing_else_owns_it() {
        Document doc = resolver.apply(HandParsed.document("""
                soldiers NNS soldier 0 root
                in IN in 3 case
                Ruritania NNP Ruritania 1 nmod
                """));
        assertTrue(codes(doc).contains("RURMIL:soldiers in Ruritania"), codes(doc).toString());
    }
}
