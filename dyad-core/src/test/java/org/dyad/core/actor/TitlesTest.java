package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * A title with a name no dictionary knows: its sector from the title, its country from the
 * title's own modifier, else from its sentence, else from the article; marked a title, with the
 * words that gave its country as its antecedent.
 */
class TitlesTest {
    private final ActorDictionary actors = TinyCodebooks.actors("Gondor\tGON\tcountry", "Gondorian\tGON\tadjective",
            "Rohan\tROH\tcountry", "Rohirric\tROH\tadjective", "Mordor\tMOR\tcountry", "Aragorn\tGONGOV\tperson");
    private final AgentDictionary agents = TinyCodebooks.agents("president\tGOV", "interior minister\tGOV",
            "lt. gen.\tMIL", "opposition leader\tOPP");
    private final ActorResolver names = new ActorResolver(actors, agents);

    private static List<String> titles(Document doc) {
        return doc.actors().stream().filter(m -> m.basis() == ActorBasis.TITLE)
                .map(m -> m.text() + " " + m.code() + " <- " + m.antecedent().map(ActorMention.Antecedent::text).orElse("?"))
                .toList();
    }

    @Test
    void a_title_takes_the_country_of_its_own_modifier() {
        Document doc = names.apply(HandParsed.document("""
                Rohirric JJ Rohirric 3 amod
                President NNP President 3 compound
                Eomer NNP Eomer 4 nsubj PERSON
                spoke VBD speak 0 root
                in IN in 6 case
                Gondor NNP Gondor 4 obl
                """));
        assertEquals(List.of("Rohirric President Eomer ROHGOV <- Rohirric"), titles(doc));
    }

    @Test
    void a_title_without_a_modifier_takes_the_one_country_of_its_sentence() {
        Document doc = names.apply(HandParsed.document("""
                Interior NNP interior 2 compound
                Minister NNP minister 3 compound
                Hama NNP Hama 4 nsubj PERSON
                spoke VBD speak 0 root
                in IN in 6 case
                Rohan NNP Rohan 4 obl
                """));
        assertEquals(List.of("Interior Minister Hama ROHGOV <- Rohan"), titles(doc));
    }

    @Test
    void the_country_a_title_visits_or_accuses_is_not_its_own() {
        Document doc = names.apply(HandParsed.document("""
                Interior NNP interior 2 compound
                Minister NNP minister 3 compound
                Hama NNP Hama 4 nsubj PERSON
                visited VBD visit 0 root
                Rohan NNP Rohan 4 obj
                """));
        assertTrue(titles(doc).isEmpty(), titles(doc).toString());
    }

    @Test
    void a_title_in_a_sentence_without_a_country_takes_the_country_the_article_names_most() {
        Document doc = names.apply(HandParsed.document("""
                Mordor NNP Mordor 2 nsubj
                mobilised VBD mobilise 0 root

                Mordor NNP Mordor 2 nsubj
                marched VBD march 0 root
                on IN on 4 case
                Gondor NNP Gondor 2 obl

                Lt. NNP Lt. 3 compound
                Gen. NNP Gen. 3 compound
                Gothmog NNP Gothmog 4 nsubj PERSON
                spoke VBD speak 0 root
                """));
        assertEquals(List.of("Lt. Gen. Gothmog MORMIL <- Mordor"), titles(doc));
    }

    @Test
    void a_sentence_naming_two_countries_gives_a_title_no_country() {
        Document doc = names.apply(HandParsed.document("""
                opposition NN opposition 2 compound
                leader NN leader 3 compound
                Grima NNP Grima 4 nsubj PERSON
                spoke VBD speak 0 root
                in IN in 6 case
                Gondor NNP Gondor 4 obl
                and CC and 9 cc
                in IN in 9 case
                Rohan NNP Rohan 6 conj
                """));
        assertTrue(titles(doc).isEmpty(), titles(doc).toString());
    }

    @Test
    void a_title_before_a_known_person_adds_nothing() {
        Document doc = names.apply(HandParsed.document("""
                President NNP President 2 compound
                Aragorn NNP Aragorn 3 nsubj PERSON
                spoke VBD speak 0 root
                in IN in 5 case
                Rohan NNP Rohan 3 obl
                """));
        assertTrue(titles(doc).isEmpty(), titles(doc).toString());
        assertEquals("GONGOV", doc.actors().stream().filter(m -> m.text().equals("Aragorn")).findFirst().orElseThrow()
                .code().code());
    }

    @Test
    void under_cameo_conventions_a_title_of_no_known_country_is_of_unknown_country() {
        ReferenceResolver cameo = new ReferenceResolver(actors, agents,
                org.dyad.core.conventions.UnownedRoles.UNKNOWN_COUNTRY);
        Document doc = cameo.apply(names.apply(HandParsed.document("""
                Interior NNP interior 2 compound
                Minister NNP minister 3 compound
                Hama NNP Hama 4 nsubj PERSON
                spoke VBD speak 0 root
                """)));
        assertEquals(List.of("Interior Minister Hama ---GOV <- ?"), titles(doc));
    }
}
