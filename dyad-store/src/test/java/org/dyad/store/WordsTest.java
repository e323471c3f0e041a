package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void words_are_lower_cased_runs_of_letters_and_digits() {
        assertArrayEquals(Words.hashes("al shabaab s 2024"), Words.hashes("Al-Shabaab's (2024)"));
        assertEquals(0, Words.hashes(" -- !").length);
    }

    @Test
    void a_word_is_kept_as_its_64_bit_fnv_1a_hash_so_indexes_written_by_earlier_versions_stay_valid() {
        assertEquals(0xAF63DC4C8601EC8CL, Words.hashes("A")[0]); // FNV-1a of "a"
        assertEquals(0x85944171F73967E8L, Words.hashes("foobar")[0]);
    }

    @Test
    void ascii_words_hash_alike_in_ascii_text_and_in_text_with_other_characters() {
        long[] mixed = Words.hashes("Zürich: BBC-reporter, ÉTÉ 2024 Kyiv");
        assertEquals(6, mixed.length, "zürich bbc reporter été 2024 kyiv");
        assertArrayEquals(Words.hashes("bbc reporter"), Arrays.copyOfRange(mixed, 1, 3));
        assertArrayEquals(Words.hashes("2024 KYIV"), Arrays.copyOfRange(mixed, 4, 6));
        assertArrayEquals(Words.hashes("zürich"), Words.hashes("ZÜRICH"));
        assertArrayEquals(Words.hashes("Kyiv ZÜRICH"), new long[] {mixed[5], mixed[0]});
    }

    @Test
    void text_is_lower_cased_as_string_to_lower_case_does_whichever_way_it_is_hashed() {
        // Capital sigma, dotted capital I and characters beyond 16 bits take the general path.
        List<String> texts = new ArrayList<>(SampleStories.texts());
        texts.addAll(List.of("ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΑ", "İSTANBUL İzmir", "Ünal Ærø Øresund ÀÉÎÕÜ ǅ", "emoji 😀 in 𐐀 text",
                "curly ‘quotes’ — and “dashes”", "ＦＵＬＬ width"));
        for (String text : texts) {
            assertArrayEquals(Words.hashesOfLowerCase(text.toLowerCase(Locale.ROOT)), Words.hashes(text), text);
        }
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
        // words: war, and, peace; pairs: war-and, and-war, and-peace; in the order they first occur
        assertArrayEquals(new int[] {Words.key(w[0]), Words.pairKey(w[0], w[1]), Words.key(w[1]),
            Words.pairKey(w[1], w[2]), Words.pairKey(w[3], w[4]), Words.key(w[4])}, keys);
        assertEquals(0, Words.indexKeys("...").length);
    }

    @Test
    void the_words_of_a_slice_cut_out_of_its_text_s_words_equal_the_slice_s_own_even_where_it_cuts_a_word() {
        java.util.Random random = new java.util.Random(7);
        List<String> texts = new ArrayList<>(SampleStories.texts());
        texts.add("Zürich: BBC-reporter, ÉTÉ 2024 Kyiv");
        int slices = 0;
        for (String text : texts) {
            Words.Located words = Words.located(text);
            for (int i = 0; i < 50; i++) {
                int start = random.nextInt(text.length() + 1);
                int end = start + random.nextInt(Math.min(200, text.length() - start) + 1);
                assertArrayEquals(Words.hashes(text.substring(start, end)),
                        Words.hashesOfSlice(words, text, start, end), text.substring(start, end));
                slices++;
            }
            assertArrayEquals(Words.hashes(text), Words.hashesOfSlice(words, text, 0, text.length()));
        }
        assertTrue(slices > 4000);
        assertArrayEquals(Words.hashes("rter"), Words.hashesOfSlice(Words.located("BBC-reporter"), "BBC-reporter", 8, 12));
        assertEquals(null, Words.located("ΟΔΥΣΣΕΥΣ"), "capital sigma needs the general path");
    }
}
