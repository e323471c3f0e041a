package org.dyad.core.text;

import static org.dyad.core.text.RepairAssertions.assertUnchanged;
import static org.dyad.core.text.RepairAssertions.repaired;
import static org.dyad.core.text.RepairAssertions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The character-level steps: entities, invisible characters, spaces, punctuation, homoglyphs. */
class SmallStepsTest {

    @Nested
    class HtmlEntities {
        private final HtmlEntityRepair step = new HtmlEntityRepair();

        @Test
        void decodes_named_and_numeric_references() {
            assertEquals("Tom & Jerry \u2019 \u2019 \u2014 caf\u00e9",
                    repaired("Tom &amp; Jerry &rsquo; &#8217; &#x2014; caf&eacute;", step));
        }

        @Test
        void leaves_ampersands_that_are_prose() {
            assertUnchanged("AT&T and R&D; &unknown; & so on &#; &#xZZ; &#0;", step);
        }

        @Test
        void maps_a_decoded_character_back_to_the_whole_reference() {
            RepairedText text = run("a&nbsp;b", step);
            assertEquals("a\u00a0b", text.text());
            assertEquals(new Span(1, 7), text.rawSpan(1, 2));
        }
    }

    @Nested
    class InvisibleCharacters {
        private final InvisibleCharacterRepair step = new InvisibleCharacterRepair();

        @Test
        void deletes_soft_hyphens_and_zero_width_characters_inside_words() {
            assertEquals("Taliban Uzbekistan Kabul Central",
                    repaired("Tali\u00adban Uz\u200bbekistan Ka\u2060bul\ufeff Cen\u200ctral", step));
        }

        @Test
        void joins_a_word_broken_at_a_soft_hyphen_that_ends_a_line() {
            assertEquals("Central Asia\nnext line", repaired("Cen\u00ad\n  tral Asia\nnext line", step));
            assertEquals("end.\n Next", repaired("end.\u00ad\n Next", step)); // not inside a word: only the hyphen goes
        }

        @Test
        void deletes_joiners_next_to_greek_or_cyrillic_letters_a_later_step_may_make_latin() {
            // "Saturday" with a Cyrillic a before the joiner; joiners mean nothing in these scripts.
            assertEquals("Saturd\u0430y \u041c\u043e\u0441\u043a\u0432\u0430",
                    repaired("Saturd\u0430\u200cy \u041c\u043e\u0441\u200d\u043a\u0432\u0430", step));
        }

        @Test
        void keeps_joiners_that_shape_persian_and_emoji() {
            assertUnchanged("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \ud83d\udc69\u200d\ud83d\udcbb", step);
        }

        @Test
        void maps_the_word_after_a_deletion_to_its_raw_position() {
            RepairedText text = run("Uz\u200bbekistan is", step);
            assertEquals(new Span(0, 11), text.rawSpan(0, 10));
            assertEquals(new Span(12, 14), text.rawSpan(11, 13));
        }
    }

    @Nested
    class Spaces {
        private final SpaceRepair step = new SpaceRepair();

        @Test
        void replaces_no_break_and_typographic_spaces_one_for_one() {
            assertEquals("10 000 troops in Kabul", repaired("10\u202f000\u00a0troops\u2009in\u3000Kabul", step));
        }

        @Test
        void keeps_line_breaks_and_tabs() {
            assertUnchanged("one\ttwo\nthree\r\nfour", step);
        }
    }

    @Nested
    class Punctuation {
        private final PunctuationRepair step = new PunctuationRepair();

        @Test
        void keeps_curly_quotes() {
            assertUnchanged("\u201cWe\u2019re here,\u201d she said. \u2018Yes.\u2019", step);
        }

        @Test
        void turns_unicode_hyphens_into_ascii_hyphens() {
            assertEquals("five-year co-founder", repaired("five\u2010year co\u2011founder", step));
        }

        @Test
        void turns_apostrophe_look_alikes_between_letters_into_the_typographic_apostrophe() {
            assertEquals("Russia\u2019s Ukraine\u2019s Kyiv\u2019s", repaired("Russia\u02bcs Ukraine\u00b4s Kyiv`s", step));
        }

        @Test
        void keeps_primes_and_accents_that_are_not_apostrophes() {
            assertUnchanged("5\u2032 10\u2033, `code` and \u00b4 alone", step);
        }
    }

    @Nested
    class Homoglyphs {
        private final HomoglyphRepair step = new HomoglyphRepair();

        @Test
        void replaces_a_cyrillic_letter_inside_a_latin_word() {
            assertEquals("Taliban", repaired("T\u0430liban", step));
            assertEquals("Kabul", repaired("\u041aabul", step));
        }

        @Test
        void replaces_a_greek_capital_inside_a_latin_word() {
            assertEquals("President Putin", repaired("\u03a1resident Putin", step));
        }

        @Test
        void leaves_real_cyrillic_and_greek_words_alone() {
            assertUnchanged("\u041c\u043e\u0441\u043a\u0432\u0430 and \u0391\u03b8\u03ae\u03bd\u03b1 and \u0421\u0428\u0410", step);
        }

        @Test
        void leaves_a_mixed_word_with_a_letter_that_looks_like_nothing_latin() {
            assertUnchanged("Kab\u0443\u043b", step); // Cyrillic "л" has no Latin twin: not a disguised word
        }
    }
}
