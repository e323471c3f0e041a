package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** A crowd placed only by where it gathers, and a person's campaign speaking for them. */
class CrowdsAndCampaignsTest {
    private final ActorStages stages = new ActorStages(
            TinyCodebooks.actors("Minas Tirith\tGON\tcapital", "Gondor\tGON\tcountry", "Arnor\tARN\tcountry",
                    "Arnorian\tARN\tadjective", "Aragorn\tARNGOV\tperson"),
            TinyCodebooks.agents("protester\tOPP", "police\tCOP", "official\tGOV"));

    private List<String> codes(String table) {
        return stages.codes(table);
    }

    @Test
    void protesters_counted_and_placed_by_the_verb_take_the_country_of_the_capital_not_its_government() {
        Document doc = stages.apply(HandParsed.document("""
                Police NNS police 2 nsubj
                detained VBD detain 0 root
                dozens NNS dozen 2 obj
                of IN of 5 case
                protesters NNS protester 3 nmod
                in IN in 8 case
                Minas NNP Minas 8 compound
                Tirith NNP Tirith 2 obl
                """));
        ActorMention crowd = doc.actors().stream().filter(m -> m.text().equals("protesters")).findFirst().orElseThrow();
        assertEquals("GONOPP", crowd.code().code());
        assertEquals(ActorBasis.CONTEXT, crowd.basis());
        assertTrue(crowd.antecedent().isPresent(), "the place that gave its country");
    }

    @Test
    void protesters_placed_in_a_country_by_their_own_phrase_are_of_that_country() {
        assertEquals(List.of("GONOPP:protesters in Gondor", "GON:Gondor"), codes("""
                protesters NNS protester 4 nsubj
                in IN in 3 case
                Gondor NNP Gondor 1 nmod
                marched VBD march 0 root
                """));
    }

    @Test
    void an_owned_crowd_keeps_its_owner_and_an_unplaced_crowd_stays_unowned() {
        assertEquals(List.of("ARNOPP:Arnorian protesters", "GON:Gondor"), codes("""
                Arnorian JJ Arnorian 2 amod
                protesters NNS protester 3 nsubj
                marched VBD march 0 root
                in IN in 5 case
                Gondor NNP Gondor 3 obl
                """));
        assertEquals(List.of(), codes("""
                protesters NNS protester 2 nsubj
                marched VBD march 0 root
                """));
    }

    @Test
    void a_persons_campaign_speaks_for_them_but_a_campaign_against_them_does_not() {
        assertEquals(List.of("ARNGOV:Aragorn campaign"), codes("""
                The DT the 3 det
                Aragorn NNP Aragorn 3 compound
                campaign NN campaign 4 nsubj
                criticized VBD criticize 0 root
                the DT the 6 det
                commutation NN commutation 4 obj
                """));
        assertEquals(List.of("ARNGOV:Aragorn"), codes("""
                a DT a 2 det
                campaign NN campaign 3 nsubj
                targeted VBD target 0 root
                Aragorn NNP Aragorn 3 obj
                """));
    }
}
