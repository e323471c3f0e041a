package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * A verb sense that is about persons ("release" 0841) holds only when its slot names a person or
 * group: an actor, a person's name, a personal pronoun, a noun of the {@code @person} class (for a
 * passive, its subject); anything else falls to the default, which says no event.
 */
class VerbSensesTest {
    private static final VerbDictionary VERBS = TinyCodebooks.verbs(
            "release\t-\tobj\tstatement\t010",
            "release\t-\tobj\t@person\t0841",
            "release\t-\t-\t-\t---")
            .withWordClasses(DictionaryReader.parse(new StringReader(
                    "#format dyad-word-class/1\n#version test\n@person\tprisoner\tnoun.person\n"
                            + "@person\tseries\tnoun.group\n"), "classes"), "classes");
    private final PatternSelector selector = new PatternSelector(VERBS, CodingFixtures.NOUNS);

    private PatternChoice choose(String table, int verb) {
        CodingContext ctx = CodingFixtures.context(table);
        return selector.select(ctx, ctx.doc.token(verb));
    }

    private String code(String table, int verb) {
        return assertInstanceOf(PatternChoice.Coded.class, choose(table, verb)).coding().code();
    }

    @Test
    void releasing_persons_of_the_word_class_is_0841() {
        assertEquals("0841", code("""
                Gondor NNP Gondor 2 nsubj
                released VBD release 0 root
                fifty CD fifty 4 nummod
                prisoners NNS prisoner 2 obj
                """, 1));
    }

    @Test
    void releasing_an_actor_or_a_person_pronoun_is_0841() {
        assertEquals("0841", code("""
                Gondor NNP Gondor 2 nsubj
                released VBD release 0 root
                Rohan NNP Rohan 2 obj
                """, 1));
        assertEquals("0841", code("""
                Gondor NNP Gondor 2 nsubj
                released VBD release 0 root
                them PRP they 2 obj
                """, 1));
    }

    @Test
    void the_subject_of_a_passive_is_the_released_person() {
        assertEquals("0841", code("""
                The DT the 2 det
                prisoners NNS prisoner 4 nsubj:pass
                were VBD be 4 aux:pass
                released VBN release 0 root
                """, 3));
    }

    @Test
    void releasing_a_document_is_no_release_of_persons() {
        assertInstanceOf(PatternChoice.NotAnEvent.class, choose("""
                Gondor NNP Gondor 2 nsubj
                released VBD release 0 root
                a DT a 4 det
                summary NN summary 2 obj
                of IN of 7 case
                a DT a 7 det
                call NN call 4 nmod
                """, 1), "released a summary of a phone call");
        assertEquals("010", code("""
                Gondor NNP Gondor 2 nsubj
                released VBD release 0 root
                a DT a 4 det
                statement NN statement 2 obj
                """, 1), "a word the verb's patterns name keeps its own reading");
    }

    @Test
    void a_measure_noun_of_the_class_offers_its_of_noun_instead() {
        assertInstanceOf(PatternChoice.NotAnEvent.class, choose("""
                Gondor NNP Gondor 2 nsubj
                released VBD release 0 root
                a DT a 4 det
                series NN series 2 obj
                of IN of 6 case
                videos NNS video 4 nmod
                """, 1), "a series of videos is no group of people");
    }

    @Test
    void word_classes_are_read_from_their_own_format_and_merge_across_dictionaries() {
        assertTrue(VERBS.inClass("@person", "prisoner"));
        assertFalse(VERBS.inClass("@person", "summary"));
        VerbDictionary more = TinyCodebooks.verbs("free\t-\t-\t-\t---").overriddenBy(VERBS);
        assertTrue(more.inClass("@person", "prisoner"), "an overriding dictionary brings its classes");
        assertThrows(DictionaryFormatException.class, () -> VERBS.withWordClasses(DictionaryReader.parse(
                new StringReader("#format dyad-verbs/1\n#version x\n"), "wrong"), "wrong"));
        assertThrows(DictionaryFormatException.class, () -> VERBS.withWordClasses(DictionaryReader.parse(
                new StringReader("#format dyad-word-class/1\n#version x\nperson\tprisoner\n"), "bad"), "bad"));
    }
}
