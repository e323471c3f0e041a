package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** Titles before a person's name, and the pronouns that refer to persons. */
class PersonReferenceTest {
    private final ActorResolver resolver = new ActorResolver(
            TinyCodebooks.actors(
                    "Ruritania\tRUR\tcountry",
                    "Ruritanian\tRUR\tadjective",
                    "Rudolf Rassendyll\tRURELI\tperson"),
            TinyCodebooks.agents("defence secretary\tGOVMIL"));

    private static List<String> codes(Document doc) {
        return doc.actors().stream().filter(m -> !m.rule().startsWith(ActorResolver.MODIFIER_RULE))
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
}
