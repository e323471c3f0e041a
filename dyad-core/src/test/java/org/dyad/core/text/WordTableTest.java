package org.dyad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void finds_words_in_any_case_and_adds_up_counts_of_the_same_word() {
        WordTable table = new WordTable(new String[] {"Taliban", "kabul", "KABUL"}, new long[] {3, 4, 5});
        assertTrue(table.contains("TALIBAN"));
        assertEquals(9, table.value("Kabul"));
        assertEquals(2, table.size());
        assertFalse(table.contains("Kabu"));
        assertEquals(0, table.value("Herat"));
    }

    @Test
    void agrees_with_a_hash_map_on_many_random_words() {
        Random random = new Random(42);
        Map<String, Long> model = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                b.append((char) ('a' + random.nextInt(26)));
            }
            words.add(b.toString());
        }
        long[] counts = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            counts[i] = 1 + random.nextInt(100);
            model.merge(words.get(i), counts[i], Long::sum);
        }
        WordTable table = new WordTable(words.toArray(new String[0]), counts);
        assertEquals(model.size(), table.size());
        model.forEach((w, c) -> assertEquals(c, table.value(w.toUpperCase(java.util.Locale.ROOT)), w));
        for (int i = 0; i < 20_000; i++) {
            String probe = "zz" + i; // never generated: random words hold letters only
            assertFalse(table.contains(probe), probe);
        }
    }

    @Test
    void an_empty_table_knows_nothing() {
        WordTable table = new WordTable(new String[0], new long[0]);
        assertFalse(table.contains("a"));
        assertEquals(0, table.size());
    }
}
