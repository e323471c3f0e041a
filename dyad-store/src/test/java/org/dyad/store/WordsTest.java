package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void words_are_lower_cased_runs_of_letters_and_digits() {
        assertArrayEquals(Words.hashes("al shabaab s 2024"), Words.hashes("Al-Shabaab's (2024)"));
        assertEquals(0, Words.hashes(" -- !").length);
    }

    @Test
    void a_phrase_is_found_only_consecutive_and_in_order() {
        String s = "Ukraine accused Russia of war crimes.";
        assertTrue(Words.containsPhrase(s, Words.hashes("WAR CRIMES")));
        assertTrue(Words.containsPhrase(s, Words.hashes("ukraine")));
        assertFalse(Words.containsPhrase(s, Words.hashes("crimes war")));
        assertFalse(Words.containsPhrase(s, Words.hashes("accused of")));
        assertFalse(Words.containsPhrase(s, Words.hashes("crime")));
    }

    @Test
    void index_keys_hold_each_word_and_each_adjacent_pair_once() {
        long[] w = Words.hashes("war and war and peace");
        int[] keys = Words.indexKeys("war and war and peace");
        // words: war, and, peace; pairs: war-and, and-war, and-peace
        assertEquals(6, keys.length);
        for (int k : new int[] {Words.key(w[0]), Words.key(w[1]), Words.key(w[4]), Words.pairKey(w[0], w[1]),
            Words.pairKey(w[1], w[2]), Words.pairKey(w[3], w[4])}) {
            assertTrue(Arrays.binarySearch(keys, k) >= 0);
        }
        assertEquals(0, Words.indexKeys("...").length);
    }
}
