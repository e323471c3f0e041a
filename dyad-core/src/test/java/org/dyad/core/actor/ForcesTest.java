package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** "forces" as a role: owned by a demonym, and "their forces" by the possessor's nearest actor. */
class ForcesTest {
    private final ActorStages stages = new ActorStages(
            TinyCodebooks.actors("Gondorian\tGON\tadjective", "Gondor\tGON\tcountry", "Mordor\tMOR\tcountry", "Orcs\tMORREB\torganization"),
            TinyCodebooks.agents("force\tMIL", "air force\tMIL"));

    private List<String> codes(String table) {
        return stages.codes(table);
    }

    @Test
    void a_demonym_owns_forces_and_their_forces_are_the_nearest_actors() {
        assertEquals(List.of("GONMIL:Gondorian forces", "GONMIL:their", "GONMIL:forces", "MOR:Mordor"), codes("""
                Gondorian JJ Gondorian 2 amod
                forces NNS force 3 nsubj
                said VBD say 0 root
                their PRP$ they 5 nmod:poss
                forces NNS force 6 nsubj
                repelled VBD repel 3 ccomp
                an DT a 8 det
                attack NN attack 6 obj
                from IN from 10 case
                Mordor NNP Mordor 8 nmod
                """));
    }

    @Test
    void the_orcs_forces_are_the_groups_and_a_longer_role_wins() {
        assertEquals(List.of("MORREB:Orcs", "MORREB:their", "MORREB:forces"), codes("""
                Orcs NNPS Orcs 2 nsubj
                said VBD say 0 root
                their PRP$ they 4 nmod:poss
                forces NNS force 5 nsubj
                advanced VBD advance 2 ccomp
                """));
        assertEquals(List.of("GONMIL:Gondorian air force"), codes("""
                the DT the 4 det
                Gondorian JJ Gondorian 4 amod
                air NN air 4 compound
                force NN force 5 nsubj
                struck VBD strike 0 root
                """));
    }

    @Test
    void forces_a_pronoun_owns_are_not_the_country_they_are_in() {
        assertEquals(List.of("MOR:Mordor", "MOR:its", "MORMIL:forces", "GON:Gondor"), codes("""
                Mordor NNP Mordor 2 nsubj
                strengthened VBD strengthen 0 root
                its PRP$ it 4 nmod:poss
                forces NNS force 2 obj
                in IN in 6 case
                Gondor NNP Gondor 4 nmod
                """));
    }
    @Test
    void forces_an_x_led_compound_modifies_are_xs_but_x_backed_ones_are_not() {
        // "Vietnamese-led forces have retaken a strategic village in Western Cambodia" (PLOVER GSR),
        // "a U.S.-led coalition ousted" (Wikinews), "the Washington-led war against" (VOA)
        assertEquals(List.of("GONMIL:Gondorian - led forces", "MOR:Mordor"), codes("""
                Gondorian JJ Gondorian 3 dep
                - HYPH - 3 punct
                led VBN lead 4 amod
                forces NNS force 5 nsubj
                entered VBD enter 0 root
                Mordor NNP Mordor 5 obj
                """));
        // "Iranian-backed militia" (VOA): backing is not owning
        assertEquals(List.of("GON:Gondorian", "MOR:Mordor"), codes("""
                Gondorian JJ Gondorian 3 dep
                - HYPH - 3 punct
                backed VBN back 4 amod
                forces NNS force 5 nsubj
                entered VBD enter 0 root
                Mordor NNP Mordor 5 obj
                """));
    }
}
