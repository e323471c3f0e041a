package org.dyad.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.testing.HandParsed;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    private static final Document DOC = HandParsed.document("""
            talks NNS talk 0 root
            were VBD be 3 aux:pass
            held VBN hold 1 acl
            with IN with 5 case
            Gondor NNP Gondor 3 obl
            and CC and 7 cc
            Rohan NNP Rohan 5 conj
            by IN by 9 case
            envoys NNS envoy 3 obl:agent
            """);

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::word).toList();
    }

    @Test
    void a_phrase_is_marked_by_its_case_word_and_an_agent_by_by() {
        assertEquals("with", Phrases.caseOf(DOC.token(4)));
        assertEquals("by", Phrases.caseOf(DOC.token(8)));
    }

    @Test
    void a_prepositional_query_returns_heads_with_their_conjuncts() {
        assertEquals(List.of("Gondor", "Rohan"), words(Phrases.prepositional(DOC.token(2), -1, Prepositions.of("with"))));
    }

    @Test
    void any_preposition_but_by_leaves_the_passive_agent_out() {
        assertEquals(List.of("Gondor", "Rohan"), words(Phrases.prepositional(DOC.token(2), -1, Prepositions.ANY_BUT_BY)));
        assertEquals(List.of("envoys"), words(Phrases.prepositional(DOC.token(2), -1, Prepositions.of("by"))));
    }

    @Test
    void a_participle_on_a_noun_is_found_and_dominance_follows_heads() {
        assertEquals(List.of("held"), words(Phrases.participlesOn(DOC.token(0))));
        assertTrue(Phrases.dominates(DOC.token(0), DOC.token(6)));
    }

    @Test
    void relation_labels_are_compared_with_their_subtypes() {
        assertTrue(Rel.is("obl:agent", Rel.OBL));
        assertTrue(Rel.is("nsubj", Rel.NSUBJ));
        assertEquals("agent", Rel.subtype("obl:agent"));
        assertEquals(false, Rel.is("oblique", Rel.OBL));
    }
}
