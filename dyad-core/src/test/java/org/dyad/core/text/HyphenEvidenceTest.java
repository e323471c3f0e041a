package org.dyad.core.text;

import static org.dyad.core.text.RepairAssertions.assertUnchanged;
import static org.dyad.core.text.RepairAssertions.repaired;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evidence the hyphen steps weigh beyond the English word list: hyphenated names, single letters
 * and scripts the word list does not cover. Tiny stand-in lexicons, one rule per test.
 */
class HyphenEvidenceTest {
    private static final Lexicon WORDS = Lexicon.of(List.of("like", "we", "hole", "in", "the", "road", "ray",
            "mail", "shirt", "chance", "a", "good", "club", "image", "commerce"));
    private static final Lexicon NAMES = Lexicon.of(List.of("Li-ke", "Ho-le", "Saint-Denis", "Taiwan"));
    private static final WordFrequencies COUNTS = WordFrequencies.of(Map.of("like", 203_947L, "hole", 2969L,
            "chance", 9000L, "club", 3000L, "image", 800L, "ray", 600L, "mail", 1500L, "shirt", 1200L));

    private final StrayHyphenRepair stray = new StrayHyphenRepair(WORDS, NAMES, COUNTS, RepairChains.PREFIXES,
            RepairChains.MIN_WORD_COUNT);
    private final LineEndHyphenRepair lineEnd = new LineEndHyphenRepair(WORDS, NAMES, COUNTS,
            RepairChains.PREFIXES, RepairChains.MIN_WORD_COUNT);

    @Test
    void a_hyphenated_village_does_not_keep_damage_to_a_common_word() {
        // The gazetteer has Li-ke and Ho-le; like and hole are words, so the names prove nothing.
        assertEquals("we like the hole in the road", repaired("we li-ke the ho-le in the road", stray));
        assertEquals("we like it", repaired("we li-\nke it", lineEnd));
    }

    @Test
    void a_hyphenated_name_whose_closed_form_is_unknown_stays() {
        assertUnchanged("in Saint-Denis", stray);
    }

    @Test
    void a_hyphenated_form_of_the_word_list_always_stays() {
        Lexicon words = WORDS.or(Lexicon.of(List.of("li-ke")));
        StrayHyphenRepair step = new StrayHyphenRepair(words, NAMES, COUNTS, RepairChains.PREFIXES,
                RepairChains.MIN_WORD_COUNT);
        assertUnchanged("we li-ke it", step);
    }

    @Test
    void a_single_letter_after_a_lower_case_fragment_is_a_piece_of_the_word() {
        assertEquals("Aparna and Image", repaired("Aparn-a and Imag-e", stray));
    }

    @Test
    void a_single_letter_before_a_fragment_that_is_no_word_is_a_piece_of_the_word() {
        assertEquals("a good chance for Caufield", repaired("a good c-hance for C-aufield", stray));
    }

    @Test
    void a_single_letter_before_a_word_is_a_compound() {
        assertUnchanged("an x-ray, an e-mail and a T-shirt", stray);
    }

    @Test
    void scripts_without_hyphens_inside_words_are_joined() {
        assertEquals("برگزار and 나갔는데", repaired("برگ-زار and 나갔는-데", stray));
    }

    @Test
    void cyrillic_damage_is_joined_and_cyrillic_hyphenation_kept() {
        assertEquals("стремиться, различного", repaired("стрем-иться, раз-личного", stray));
        assertUnchanged("кто-то из-за Санкт-Петербург военно-морской", stray);
    }
}
