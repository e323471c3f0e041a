package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.StringReader;
import org.dyad.core.actor.DictionaryReader;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * Under PLOVER's conventions a speaker whose reported clause accuses, with no accuser of its own,
 * is the accuser; a clause whose subject is a party keeps that party as the accuser.
 */
class ReportedAccusationsTest {
    private static final VerbDictionary VERBS = TinyCodebooks.verbs(
            "say\t-\t-\t-\t010",
            "say\t-\tobj\tthanks\t051",
            "condemn\t-\t-\t-\t111",
            "help\t-\t-\t-\t070",
            "blame\t-\t-\t-\t112")
            .withWordClasses(DictionaryReader.parse(new StringReader(
                    "#format dyad-word-class/1\n#version test\n@person\tsupplier\tnoun.person\n"), "classes"),
                    "classes");
    private final PatternSelector selector = new PatternSelector(VERBS, CodingFixtures.NOUNS);

    private String code(Conventions conventions, String table, int verb) {
        CodingContext ctx = CodingFixtures.context(table);
        PatternChoice choice = new ReportedAccusations(selector, conventions).reread(ctx, ctx.doc.token(verb),
                selector.select(ctx, ctx.doc.token(verb)));
        return assertInstanceOf(PatternChoice.Coded.class, choice).coding().code();
    }

    /** "Gondor said the law has condemned many women". */
    private static final String NO_ACCUSER = """
            Gondor NNP Gondor 2 nsubj
            said VBD say 0 root
            the DT the 4 det
            law NN law 6 nsubj
            has VBZ have 6 aux
            condemned VBN condemn 2 ccomp
            many JJ many 8 amod
            women NNS woman 6 obj
            """;

    @Test
    void the_speaker_of_an_accusation_with_no_accuser_of_its_own_is_the_accuser() {
        assertEquals("111", code(Conventions.PLOVER, NO_ACCUSER, 1));
    }

    @Test
    void a_party_that_accuses_in_the_reported_clause_keeps_the_accusation() {
        assertEquals("010", code(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                said VBD say 0 root
                Rohan NNP Rohan 4 nsubj
                condemned VBD condemn 2 ccomp
                Mordor NNP Mordor 4 obj
                """, 1), "said Rohan condemned Mordor: Rohan accuses, in the clause's own event");
    }

    @Test
    void a_person_noun_or_a_passive_in_the_reported_clause_is_not_the_speakers_accusation() {
        assertEquals("010", code(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                said VBD say 0 root
                her PRP$ her 4 nmod:poss
                supplier NN supplier 5 nsubj
                blamed VBD blame 2 ccomp
                restrictions NNS restriction 5 obj
                """, 1), "she says her supplier blamed restrictions: the supplier blames");
        assertEquals("010", code(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                said VBD say 0 root
                operations NNS operation 5 nsubj:pass
                were VBD be 5 aux:pass
                blamed VBN blame 2 ccomp
                """, 1), "said operations were blamed: a passive names no accuser of the speaker's");
    }

    @Test
    void a_reported_clause_that_accuses_no_one_leaves_the_statement() {
        assertEquals("010", code(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                said VBD say 0 root
                the DT the 4 det
                law NN law 5 nsubj
                helps VBZ help 2 ccomp
                women NNS woman 5 obj
                """, 1));
    }

    @Test
    void cameo_conventions_keep_the_statement() {
        assertEquals("010", code(Conventions.CAMEO, NO_ACCUSER, 1));
    }
}
