package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

class NoiseTest {
    private static final String CLEAN = "In Uzbekistan, Central Asia\u2019s five-year plan met \u201cresistance\u201d "
            + "from the Taliban and their co-founder; soldiers were detained at the border crossing today.";

    @Test
    void every_kind_damages_some_words_and_maps_each_back_to_its_clean_span() {
        for (Noise noise : Noise.values()) {
            Noise.Damaged d = noise.inject(CLEAN, 0.5, new Random(3));
            assertNotEquals(CLEAN, d.text(), noise.name());
            assertTrue(!d.damaged().isEmpty(), noise.name());
            assertEquals(CLEAN.length(), d.toClean().rawLength(), noise.name());
            assertEquals(d.text().length(), d.toClean().derivedLength(), noise.name());
            // Undamaged tokens of the noisy text map onto equal clean text.
            for (Span t : Noise.tokens(d.text())) {
                int s = d.toClean().toRawStart(t.start());
                int e = d.toClean().toRawEnd(t.end());
                String clean = CLEAN.substring(s, Math.max(s, e));
                if (clean.equals(t.of(d.text()))) {
                    continue;
                }
                assertTrue(d.damaged().stream().anyMatch(x -> x.start() < Math.max(e, s + 1) && s < x.end())
                        || !d.compoundsTouched().isEmpty(), noise + ": undamaged token changed: " + t.of(d.text()));
            }
        }
    }

    @Test
    void stacked_damage_maps_back_to_the_clean_text_and_marks_clean_spans() {
        Noise.Damaged d = Noise.stacked(CLEAN, 0.5, new Random(5));
        assertEquals(CLEAN.length(), d.toClean().rawLength());
        assertEquals(d.text().length(), d.toClean().derivedLength());
        for (Span s : d.damaged()) {
            assertTrue(s.end() <= CLEAN.length(), s.toString());
            String word = s.of(CLEAN).strip();
            assertTrue(!word.isEmpty() && !d.text().contains(" " + word + " "), "damaged yet intact: " + word);
        }
    }

    @Test
    void the_same_seed_gives_the_same_damage() {
        assertEquals(Noise.STRAY_HYPHEN.inject(CLEAN, 0.3, new Random(9)).text(),
                Noise.STRAY_HYPHEN.inject(CLEAN, 0.3, new Random(9)).text());
    }

    @Test
    void mojibake_is_utf8_read_as_windows_1252() {
        assertEquals("Asia\u00e2\u20ac\u2122s", Noise.mojibake("Asia\u2019s"));
        assertEquals("\u00c3\u0081", Noise.mojibake("\u00c1")); // byte 81 is undefined: Latin-1 gives U+0081
    }

    @Test
    void never_damages_the_parts_of_a_compound_with_a_stray_hyphen() {
        for (int seed = 0; seed < 50; seed++) {
            String text = Noise.STRAY_HYPHEN.inject(CLEAN, 1.0, new Random(seed)).text();
            assertTrue(text.contains("five-year") && text.contains("co-founder"), text);
        }
    }
}
