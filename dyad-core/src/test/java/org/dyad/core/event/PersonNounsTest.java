package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;
import org.junit.jupiter.api.Test;

/**
 * The nouns naming people are the {@code noun.person} lines of the word-class file that also gives
 * {@code @person} verb slots their persons and groups: one WordNet-derived file, two readers.
 */
class PersonNounsTest {
    private static final String CLASSES = """
            #format dyad-word-class/1
            #version test-1
            @person\tvisitor\tnoun.person
            @person\tpartygoer\tnoun.person
            @person\tdelegation\tnoun.group
            """;

    private static PersonNouns read(String text) {
        return PersonNouns.read(DictionaryReader.parse(new StringReader(text), "classes"), "classes");
    }

    @Test
    void persons_name_people_and_groups_are_for_verb_slots_only() {
        PersonNouns nouns = read(CLASSES);
        assertTrue(nouns.namesPeople("visitor"));
        assertTrue(nouns.namesPeople("Visitor"));
        assertTrue(nouns.namesPeople("party-goer"), "a hyphen is ignored");
        assertFalse(nouns.namesPeople("delegation"), "a group is no unresolved person");
        assertEquals(2, nouns.size());
        assertEquals("classes@test-1", nouns.version());
    }

    @Test
    void the_same_file_gives_verb_slots_both_persons_and_groups() {
        VerbDictionary verbs = VerbDictionary.of(java.util.List.of(), "none")
                .withWordClasses(DictionaryReader.parse(new StringReader(CLASSES), "classes"), "classes");
        assertTrue(verbs.inClass("@person", "visitor"));
        assertTrue(verbs.inClass("@person", "delegation"));
    }

    @Test
    void a_line_without_its_lexicographer_file_or_another_format_is_refused() {
        assertThrows(DictionaryFormatException.class, () -> read("#format dyad-word-class/1\n@person\tvisitor\n"));
        assertThrows(DictionaryFormatException.class, () -> read("#format dyad-person-nouns/1\nvisitor\n"));
    }
}
