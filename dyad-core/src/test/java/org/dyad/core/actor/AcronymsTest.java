package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * Acronyms with and without dots: the text's dotted form finds the dictionary's plain one, but a
 * dictionary's dotted form finds only dotted text (the PETRARCH suite lists "+U.S." and "+USA",
 * not "US").
 */
class AcronymsTest {
    private static List<String> codes(ActorStages stages, String table) {
        return stages.codes(table);
    }

    @Test
    void an_acronym_written_with_dots_finds_the_plain_dictionary_form() {
        ActorStages stages = new ActorStages(TinyCodebooks.actors("ANC\tZAFPTY\torganization"), TinyCodebooks.agents());
        assertEquals(List.of("ZAFPTY:A.N.C."), codes(stages, """
                The DT the 2 det
                A.N.C. NNP A.N.C. 3 nsubj
                won VBD win 0 root
                """));
    }

    @Test
    void a_dotted_dictionary_form_does_not_find_the_plain_word() {
        ActorStages stages = new ActorStages(TinyCodebooks.actors("U.S.\tUSA\tcountry"), TinyCodebooks.agents());
        assertEquals(List.of("USA:U.S."), codes(stages, """
                U.S. NNP U.S. 2 nsubj
                left VBD leave 0 root
                """));
        assertEquals(List.of(), codes(stages, """
                US NNP US 2 nsubj
                left VBD leave 0 root
                """));
    }
}
