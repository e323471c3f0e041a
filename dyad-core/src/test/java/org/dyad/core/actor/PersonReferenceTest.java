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
}
