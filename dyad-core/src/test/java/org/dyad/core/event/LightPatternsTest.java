package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * A slot pattern whose only word is a light noun ("part", "ways", "role") does not pull a verb onto
 * a code of another root than the verb's default; within the verb's own root it still refines the
 * reading, and a light pattern saying no event still says it.
 */
class LightPatternsTest {
    private static final VerbDictionary VERBS = TinyCodebooks.verbs(
            "seize\t-\tobj\tpart\t030",
            "seize\t-\tobj\tcity\t192",
            "seize\t-\t-\t-\t171",
            "attack\t-\tprep:with\tways\t014",
            "attack\t-\t-\t-\t190",
            "deny\t-\tobj\trole\t016",
            "deny\t-\t-\t-\t010",
            "play\t-\tobj\trole\t043",
            "play\t-\t-\t-\t---",
            "take\t-\tobj\tsteps\t---",
            "take\t-\t-\t-\t171");
    private final PatternSelector selector = new PatternSelector(VERBS, CodingFixtures.NOUNS);

    private PatternChoice choose(String table, int verb) {
        return CodingFixtures.choose(selector, table, verb);
    }

    private String code(String table, int verb) {
        return assertInstanceOf(PatternChoice.Coded.class, choose(table, verb)).coding().code();
    }

    @Test
    void seizing_part_of_a_city_is_read_through_the_measures_noun_not_the_light_nouns_far_code() {
        assertEquals("192", code("""
                Gondor NNP Gondor 2 nsubj
                seized VBD seize 0 root
                part NN part 2 obj
                of IN of 5 case
                city NN city 3 nmod
                """, 1));
    }

    @Test
    void a_light_noun_with_a_far_code_falls_to_the_verbs_default() {
        assertEquals("190", code("""
                Gondor NNP Gondor 2 nsubj
                attacked VBD attack 0 root
                in IN in 5 case
                new JJ new 5 amod
                ways NNS way 2 obl
                """, 1), "attack prep:in ways is no pattern; the default stays");
        assertEquals("190", code("""
                Gondor NNP Gondor 2 nsubj
                attacked VBD attack 0 root
                Rohan NNP Rohan 2 obj
                with IN with 6 case
                new JJ new 6 amod
                ways NNS way 2 obl
                """, 1), "attack prep:with ways 014 is a far code for an attack");
    }

    @Test
    void a_light_noun_within_the_verbs_own_root_still_refines_it() {
        assertEquals("016", code("""
                Gondor NNP Gondor 2 nsubj
                denied VBD deny 0 root
                any DT any 4 det
                role NN role 2 obj
                """, 1));
    }

    @Test
    void a_light_pattern_of_a_verb_whose_default_is_no_event_codes_nothing() {
        assertInstanceOf(PatternChoice.NotAnEvent.class, choose("""
                Gondor NNP Gondor 2 nsubj
                played VBD play 0 root
                a DT a 4 det
                role NN role 2 obj
                """, 1));
    }

    @Test
    void a_light_pattern_that_says_no_event_still_says_it() {
        assertInstanceOf(PatternChoice.NotAnEvent.class, choose("""
                Gondor NNP Gondor 2 nsubj
                took VBD take 0 root
                steps NNS step 2 obj
                """, 1));
    }
}
