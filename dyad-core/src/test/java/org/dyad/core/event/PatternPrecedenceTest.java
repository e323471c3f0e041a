package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.dyad.core.facts.PatternKind;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * Which pattern of a verb codes it: a whole phrase pattern before a head-word slot pattern before
 * the verb's default; a time phrase fills no coded slot.
 */
class PatternPrecedenceTest {
    private static final VerbDictionary VERBS = TinyCodebooks.verbs(
            // a phrase pattern, its head cut to an object pattern (as the earlier importer did), the default
            "abandon\t-\tphrase\t* {economic relations}\t163",
            "abandon\t-\tobj\trelations\t030",
            "abandon\t-\t-\t-\t---",
            // a head cut of a longer pattern on a time noun ("- * TIME (FOR &NEGOTIATION)")
            "signal\t-\tobj\ttime\t036",
            "signal\t-\t-\t-\t010",
            "attack\t-\tobj\tmonday\t017",
            "attack\t-\t-\t-\t190",
            // an idiom that says "no event" still reads its time noun
            "take\t-\tobj\tyears,time\t---",
            "take\t-\t-\t-\t171",
            "give\t-\tobj\thours\t139",
            "give\t-\t-\t-\t070",
            "lead\t-\tprep:to\tdecade\t030",
            "lead\t-\t-\t-\t---",
            "meet\t-\t-\t-\t040");
    private final PatternSelector selector = new PatternSelector(VERBS, CodingFixtures.NOUNS);

    private PatternChoice choose(String table, int verb) {
        CodingContext ctx = CodingFixtures.context(table);
        return selector.select(ctx, ctx.doc.token(verb));
    }

    private Coding coded(String table, int verb) {
        return assertInstanceOf(PatternChoice.Coded.class, choose(table, verb)).coding();
    }

    @Test
    void a_whole_phrase_pattern_beats_its_head_word_which_beats_the_default() {
        Coding phrase = coded("""
                Gondor NNP Gondor 2 nsubj
                abandoned VBD abandon 0 root
                economic JJ economic 4 amod
                relations NNS relation 2 obj
                with IN with 6 case
                Rohan NNP Rohan 4 nmod
                """, 1);
        assertEquals("163", phrase.code());
        assertEquals(PatternKind.PHRASE, phrase.kind());
        Coding head = coded("""
                Gondor NNP Gondor 2 nsubj
                abandoned VBD abandon 0 root
                cultural JJ cultural 4 amod
                relations NNS relation 2 obj
                with IN with 6 case
                Rohan NNP Rohan 4 nmod
                """, 1);
        assertEquals("030", head.code(), "the head word codes when the phrase does not match");
        assertEquals(PatternKind.SLOT, head.kind());
        assertInstanceOf(PatternChoice.NotAnEvent.class, choose("""
                Gondor NNP Gondor 2 nsubj
                abandoned VBD abandon 0 root
                its PRP$ its 4 nmod:poss
                allies NNS ally 2 obj
                """, 1), "neither: the default");
    }

    @Test
    void a_time_noun_or_day_as_object_fills_no_coded_slot() {
        Coding time = coded("""
                Gondor NNP Gondor 2 nsubj
                signalled VBD signal 0 root
                this DT this 4 det
                time NN time 2 obj
                """, 1);
        assertEquals("010", time.code());
        assertEquals(PatternKind.DEFAULT, time.kind());
        Coding day = coded("""
                Gondor NNP Gondor 2 nsubj
                attacked VBD attack 0 root
                Rohan NNP Rohan 2 obj
                Monday NNP Monday 2 obj
                """, 1);
        assertEquals("190", day.code(), "a day misparsed as a second object is still a time phrase");
        assertInstanceOf(PatternChoice.NotAnEvent.class, choose("""
                protests NNS protest 2 nsubj
                led VBD lead 0 root
                to IN to 4 case
                decade NN decade 2 obl
                """, 1), "'led to a decade of war' is no 030 from a pattern on 'decade'");
        assertEquals("139", coded("""
                Gondor NNP Gondor 2 nsubj
                gave VBD give 0 root
                Rohan NNP Rohan 2 iobj
                48 CD 48 5 nummod
                hours NNS hour 2 obj
                """, 1).code(), "a counted time its object pattern names is read: an ultimatum");
        assertInstanceOf(PatternChoice.NotAnEvent.class, choose("""
                it PRP it 2 nsubj
                took VBD take 0 root
                years NNS year 2 obj
                """, 1), "a pattern that says no event still reads it: 'it took years' is no seizure");
    }
}
