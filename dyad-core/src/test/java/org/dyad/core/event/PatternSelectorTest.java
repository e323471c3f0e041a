package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class PatternSelectorTest {
    private final PatternSelector selector = new PatternSelector(CodingFixtures.VERBS, CodingFixtures.NOUNS);

    @Test
    void an_object_that_fits_a_slot_pattern_beats_the_default() {
        CodingContext ctx = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                signed VBD sign 0 root
                an DT a 4 det
                accord NN accord 2 obj
                """);
        PatternChoice choice = selector.select(ctx, ctx.doc.token(1));
        Coding coding = assertInstanceOf(PatternChoice.Coded.class, choice).coding();
        assertEquals("057", coding.code());
        assertEquals(3, coding.slotToken());
        assertEquals("sign +obj accord", coding.rule());
    }

    @Test
    void a_default_that_says_no_event_is_not_an_event() {
        CodingContext ctx = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                signed VBD sign 0 root
                a DT a 4 det
                letter NN letter 2 obj
                """);
        assertInstanceOf(PatternChoice.NotAnEvent.class, selector.select(ctx, ctx.doc.token(1)));
    }

    @Test
    void a_preposition_selects_the_verb_reading_and_an_unknown_verb_has_no_pattern() {
        CodingContext ctx = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                met VBD meet 0 root
                with IN with 4 case
                Rohan NNP Rohan 2 obl
                """);
        assertEquals("meet with", assertInstanceOf(PatternChoice.Coded.class,
                selector.select(ctx, ctx.doc.token(1))).coding().rule());
        CodingContext other = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                slept VBD sleep 0 root
                """);
        assertInstanceOf(PatternChoice.NoPattern.class, selector.select(other, other.doc.token(1)));
    }

    @Test
    void an_event_noun_object_is_read_through_the_noun() {
        CodingContext ctx = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                held VBD hold 0 root
                exercises NNS exercise 2 obj
                """);
        Coding coding = assertInstanceOf(PatternChoice.Coded.class, selector.select(ctx, ctx.doc.token(1))).coding();
        assertEquals(VerbPattern.NOUN_CODE, coding.code());
        assertEquals(2, coding.slotToken());
    }
}
