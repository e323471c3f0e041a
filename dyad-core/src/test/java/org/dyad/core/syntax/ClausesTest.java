package org.dyad.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.testing.HandParsed;
import org.junit.jupiter.api.Test;

class ClausesTest {
    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::word).toList();
    }

    @Test
    void a_coordinated_verb_and_a_controlled_infinitive_share_the_subject_of_the_verb_they_hang_on() {
        Document doc = HandParsed.document("""
                Gondor NNP Gondor 2 nsubj
                vowed VBD vow 0 root
                to TO to 4 mark
                attack VB attack 2 xcomp
                and CC and 6 cc
                burned VBD burn 2 conj
                """);
        assertEquals(List.of("Gondor"), words(Clauses.subjects(doc.token(3))));
        assertEquals(List.of("Gondor"), words(Clauses.subjects(doc.token(5))));
        assertEquals(List.of("attack"), words(Clauses.infinitiveClauses(doc.token(1))));
    }

    @Test
    void a_day_parsed_as_a_subject_is_a_time_phrase() {
        Document doc = HandParsed.document("""
                Thursday NNP Thursday 2 nsubj
                attacked VBD attack 0 root
                """);
        assertFalse(Clauses.isSubject(doc.token(0)));
        assertEquals(List.of(), Clauses.subjects(doc.token(1)));
    }

    @Test
    void a_passive_has_its_by_agent_and_a_perfect_participle_is_no_passive() {
        Document passive = HandParsed.document("""
                soldiers NNS soldier 3 nsubj:pass
                were VBD be 3 aux:pass
                killed VBN kill 0 root
                by IN by 5 case
                rebels NNS rebel 3 obl:agent
                """);
        assertTrue(Clauses.isPassive(passive.token(2)));
        assertEquals("rebels", Clauses.byAgent(passive.token(2)).word());
        Document perfect = HandParsed.document("""
                rebels NNS rebel 3 nsubj
                have VBP have 3 aux
                attacked VBN attack 0 root
                towns NNS town 3 obj
                """);
        assertFalse(Clauses.isPassive(perfect.token(2)));
    }

    @Test
    void a_noun_object_with_an_object_of_its_own_hands_it_to_the_verb() {
        Document doc = HandParsed.document("""
                Bree NNP Bree 2 nsubj
                wire VBD wire 0 root
                tap NN tap 2 obj
                links NNS link 3 obj
                """);
        assertEquals(List.of("tap", "links"), words(Clauses.objects(doc.token(1))));
    }

    @Test
    void the_window_of_a_verb_is_its_clause_after_it_without_coordinated_verbs() {
        Document doc = HandParsed.document("""
                Bree NNP Bree 2 nsubj
                met VBD meet 0 root
                envoys NNS envoy 2 obj
                and CC and 5 cc
                left VBD leave 2 conj
                Gondor NNP Gondor 5 obj
                """);
        assertEquals(List.of("envoys"), words(Clauses.window(doc.token(1))));
    }
}
