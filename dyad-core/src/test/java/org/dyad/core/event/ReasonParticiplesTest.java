package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.core.doc.Document;
import org.dyad.core.testing.HandParsed;
import org.junit.jupiter.api.Test;

class ReasonParticiplesTest {
    @Test
    void citing_a_reason_after_an_act_is_no_act_of_its_own() {
        // "The U.N. did not invite Afghan women, citing the Taliban's opposition" (VOA)
        Document doc = HandParsed.document("""
                UN NNP UN 2 nsubj
                invited VBD invite 0 root
                women NNS woman 2 obj
                , , , 5 punct
                citing VBG cite 2 advcl
                opposition NN opposition 5 obj
                """);
        assertTrue(ReasonParticiples.givesReason(doc.token(4)));
        assertFalse(ReasonParticiples.givesReason(doc.token(1)));
    }

    @Test
    void a_finite_citation_is_read_as_any_verb() {
        Document doc = HandParsed.document("""
                Kenya NNP Kenya 2 nsubj
                cited VBD cite 0 root
                reasons NNS reason 2 obj
                """);
        assertFalse(ReasonParticiples.givesReason(doc.token(1)));
    }
}
