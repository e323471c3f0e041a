package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** Titles before a person's name, roles without a country, and the pronouns that refer to persons. */
class PersonReferenceTest {
    private final ActorStages resolver = new ActorStages(
            TinyCodebooks.actors(
                    "Ruritania\tRUR\tcountry",
                    "Ruritanian\tRUR\tadjective",
                    "Rudolf Rassendyll\tRURELI\tperson",
                    "Black Michael\tRURREB\tperson",
                    "Graustark\tGRK\tcountry"),
            TinyCodebooks.agents("defence secretary\tGOVMIL", "judge\tJUD"));

    private static List<String> codes(Document doc) {
        return doc.actors().stream().filter(m -> !m.isModifierOnly())
                .map(m -> m.code() + ":" + m.text()).toList();
    }

    @Test
    void a_nationality_before_a_title_before_a_name_owns_the_title() {
        Document doc = resolver.apply(HandParsed.document("""
                Ruritanian NNP Ruritanian 2 compound
                Defence NNP Defence 3 compound
                Secretary NNP Secretary 5 compound
                Tom NNP Tom 5 compound PERSON
                King NNP King 6 nsubj PERSON
                resigned VBD resign 0 root
                """));
        assertEquals(List.of("RURGOVMIL:Ruritanian Defence Secretary Tom King"), codes(doc));
    }

    @Test
    void he_refers_to_the_nearest_person_not_to_a_country() {
        Document doc = resolver.apply(HandParsed.document("""
                Ruritania NNP Ruritania 2 nsubj LOCATION
                welcomed VBD welcome 0 root
                Rudolf NNP Rudolf 4 compound PERSON
                Rassendyll NNP Rassendyll 2 obj PERSON
                and CC and 7 cc
                he PRP he 7 nsubj
                spoke VBD speak 2 conj
                """));
        assertEquals(List.of("RUR:Ruritania", "RURELI:Rudolf Rassendyll", "RURELI:he"), codes(doc));
    }

    @Test
    void a_subject_role_with_no_country_belongs_to_the_one_country_its_sentence_names() {
        Document doc = resolver.apply(HandParsed.document("""
                Judge NNP judge 2 compound
                Elphberg NNP Elphberg 3 nsubj PERSON
                opened VBD open 0 root
                investigations NNS investigation 3 obj
                in IN in 6 case
                Ruritania NNP Ruritania 4 nmod
                """));
        assertEquals(List.of("RURJUD:Judge Elphberg", "RUR:Ruritania"), codes(doc));
    }

    @Test
    void a_role_in_a_sentence_naming_two_countries_stays_unresolved() {
        Document doc = resolver.apply(HandParsed.document("""
                Judge NNP judge 2 nsubj
                visited VBD visit 0 root
                Ruritania NNP Ruritania 2 obj
                and CC and 5 cc
                Graustark NNP Graustark 3 conj
                """));
        assertEquals(List.of("RUR:Ruritania", "GRK:Graustark"), codes(doc));
    }

    @Test
    void it_refers_to_a_country_or_an_organisation_never_to_a_person() {
        // the person is the more salient subject, yet "it" passes it by
        Document doc = resolver.apply(HandParsed.document("""
                Rudolf NNP Rudolf 2 compound PERSON
                Rassendyll NNP Rassendyll 3 nsubj PERSON
                visited VBD visit 0 root
                Graustark NNP Graustark 3 obj LOCATION
                , , , 8 punct
                where WRB where 8 advmod
                it PRP it 8 nsubj
                protested VBD protest 4 acl:relcl
                """));
        assertEquals(List.of("RURELI:Rudolf Rassendyll", "GRK:Graustark", "GRK:it"), codes(doc));
    }

    @Test
    void an_object_pronoun_is_free_in_its_clause_and_takes_an_antecedent_outside_it() {
        // binding theory's principle B: "Black Michael attacked him" is never Black Michael
        Document doc = resolver.apply(HandParsed.document("""
                Rudolf NNP Rudolf 2 compound PERSON
                Rassendyll NNP Rassendyll 3 nsubj PERSON
                protested VBD protest 0 root

                Black NNP Black 2 compound PERSON
                Michael NNP Michael 3 nsubj PERSON
                attacked VBD attack 0 root
                him PRP he 3 obj
                """));
        assertEquals(List.of("RURELI:Rudolf Rassendyll", "RURREB:Black Michael", "RURELI:him"), codes(doc));
    }

    @Test
    void an_object_it_whose_nearest_actor_is_its_own_subject_stands_for_a_thing() {
        // VOA "gunmen stormed it" (the hotel), "his U.N. mission criticized it" (the meeting)
        Document doc = resolver.apply(HandParsed.document("""
                Ruritania NNP Ruritania 2 nsubj LOCATION
                protested VBD protest 0 root

                Graustark NNP Graustark 2 nsubj LOCATION
                criticized VBD criticize 0 root
                it PRP it 2 obj
                """));
        assertEquals(List.of("RUR:Ruritania", "GRK:Graustark"), codes(doc));
    }

    @Test
    void an_it_with_a_nearer_thing_than_any_actor_stands_for_the_thing() {
        // VOA "They attacked the hotel at dawn this morning, with an explosion and then gunmen stormed it."
        Document doc = resolver.apply(HandParsed.document("""
                Ruritania NNP Ruritania 2 nsubj LOCATION
                protested VBD protest 0 root

                rebels NNS rebel 2 nsubj
                attacked VBD attack 0 root
                the DT the 4 det
                hotel NN hotel 2 obj
                and CC and 6 cc
                stormed VBD storm 2 conj
                it PRP it 6 obj
                """));
        assertEquals(List.of("RUR:Ruritania"), codes(doc));
    }

    @Test
    void an_extraposed_it_stands_for_no_one() {
        // VOA "It was not long ago that the Turkish and French leaders had been exchanging angry barbs"
        Document doc = resolver.apply(HandParsed.document("""
                Ruritania NNP Ruritania 2 nsubj LOCATION
                protested VBD protest 0 root

                It PRP it 2 nsubj
                was VBD be 0 root
                clear JJ clear 2 xcomp
                that IN that 6 mark
                Graustark NNP Graustark 6 nsubj LOCATION
                protested VBD protest 2 ccomp
                """));
        assertEquals(List.of("RUR:Ruritania", "GRK:Graustark"), codes(doc));
    }

    @Test
    void a_possessive_takes_the_subject_of_its_own_clause_first_through_control() {
        // VOA "prompting France to recall its ambassador": France, not an earlier subject
        Document doc = resolver.apply(HandParsed.document("""
                Graustark NNP Graustark 2 nsubj LOCATION
                protested VBD protest 0 root
                prompting VBG prompt 2 advcl
                Ruritania NNP Ruritania 3 obj LOCATION
                to TO to 6 mark
                recall VB recall 3 xcomp
                its PRP$ its 8 nmod:poss
                envoy NN envoy 6 obj
                """));
        assertEquals(List.of("GRK:Graustark", "RUR:Ruritania", "RUR:its"), codes(doc));
    }

    @Test
    void a_possessive_may_stand_for_the_subject_of_its_clause() {
        Document doc = resolver.apply(HandParsed.document("""
                Graustark NNP Graustark 2 nsubj LOCATION
                moved VBD move 0 root
                its PRP$ its 4 nmod:poss
                troops NNS troop 2 obj
                """));
        assertEquals(List.of("GRK:Graustark", "GRK:its"), codes(doc));
    }

    @Test
    void the_object_a_misparsed_main_clause_hands_its_complement_is_no_co_argument() {
        // PETRARCH VERB_08 "Ethiopia indicated it would act now with Libya", parsed with
        // "indicated" as the clausal subject of "act" and "it" as its object
        Document doc = resolver.apply(HandParsed.document("""
                Graustark NNP Graustark 2 nsubj LOCATION
                indicated VBD indicate 5 csubj
                it PRP it 2 obj
                would MD would 5 aux
                act VB act 0 root
                """));
        assertEquals(List.of("GRK:Graustark", "GRK:it"), codes(doc));
    }
}
