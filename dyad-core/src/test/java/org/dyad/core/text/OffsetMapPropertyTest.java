package org.dyad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link OffsetMap} composition against a model that remembers, for every character of the
 * repaired text, which raw character it was copied from (or that it was written by a repair).
 */
class OffsetMapPropertyTest {
    private static final long SEED = 20_211_129L;

    @Test
    void every_copied_character_maps_back_to_its_raw_position_through_any_chain_of_edits() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 5000; trial++) {
            String raw = randomText(random, random.nextInt(40));
            RepairedText text = RepairedText.of(raw);
            List<Integer> origin = new ArrayList<>();
            for (int i = 0; i < raw.length(); i++) {
                origin.add(i);
            }
            int steps = 1 + random.nextInt(5);
            for (int step = 0; step < steps; step++) {
                List<Edit> edits = randomEdits(random, text.text());
                origin = applyToModel(origin, text.text(), edits);
                text = text.apply(edits, RepairKind.values()[random.nextInt(RepairKind.values().length)]);
                assertMatchesModel(raw, text, origin, trial);
            }
        }
    }

    @Test
    void repairs_that_do_not_touch_rebuild_the_repaired_text_from_the_raw_text() {
        Random random = new Random(SEED + 1);
        for (int trial = 0; trial < 5000; trial++) {
            String raw = randomText(random, random.nextInt(40));
            RepairedText text = RepairedText.of(raw);
            int steps = 1 + random.nextInt(4);
            for (int step = 0; step < steps; step++) {
                text = text.apply(randomEdits(random, text.text()), RepairKind.SPACE);
            }
            List<Repair> repairs = text.repairs();
            boolean disjoint = true;
            for (int k = 1; k < repairs.size(); k++) {
                disjoint &= repairs.get(k - 1).end() < repairs.get(k).start();
            }
            if (!disjoint) {
                continue; // later edits rewrote earlier ones; the model test covers those
            }
            StringBuilder rebuilt = new StringBuilder();
            int pos = 0;
            for (Repair r : repairs) {
                assertEquals(raw.substring(r.start(), r.end()), r.from(), "trial " + trial);
                rebuilt.append(raw, pos, r.start()).append(r.to());
                pos = r.end();
            }
            rebuilt.append(raw.substring(pos));
            assertEquals(text.text(), rebuilt.toString(), "trial " + trial + " raw " + raw + " repairs " + repairs);
        }
    }

    @Test
    void a_span_over_a_replacement_widens_to_the_whole_raw_stretch() {
        RepairedText text = RepairedText.of("a&amp;b").apply(List.of(new Edit(1, 6, "&")), RepairKind.HTML_ENTITY);
        assertEquals("a&b", text.text());
        assertEquals(new Span(1, 6), text.rawSpan(1, 2));
        assertEquals(new Span(0, 7), text.rawSpan(0, 3));
        assertEquals(new Span(6, 7), text.rawSpan(2, 3));
    }

    @Test
    void a_deletion_followed_by_an_insertion_at_the_same_place_composes() {
        RepairedText text = RepairedText.of("ab-cd")
                .apply(List.of(new Edit(2, 3, "")), RepairKind.STRAY_HYPHEN)
                .apply(List.of(new Edit(2, 2, "X")), RepairKind.PUNCTUATION);
        assertEquals("abXcd", text.text());
        assertEquals(new Span(3, 5), text.rawSpan(3, 5));
        assertEquals(new Span(0, 2), text.rawSpan(0, 2));
        assertEquals(5, text.map().rawLength());
    }

    private static void assertMatchesModel(String raw, RepairedText text, List<Integer> origin, int trial) {
        OffsetMap map = text.map();
        String where = "trial " + trial + ", raw '" + raw + "', text '" + text.text() + "'";
        assertEquals(text.text().length(), map.derivedLength(), where);
        assertEquals(raw.length(), map.rawLength(), where);
        assertEquals(origin.size(), text.text().length(), where);
        for (int i = 0; i < origin.size(); i++) {
            int o = origin.get(i);
            if (o >= 0) {
                assertEquals(o, map.toRawStart(i), where + " start of " + i);
                assertEquals(o + 1, map.toRawEnd(i + 1), where + " end of " + i);
                assertEquals(raw.charAt(o), text.text().charAt(i), where);
            }
        }
        for (int i = 0; i < origin.size(); i++) {
            assertTrue(map.toRawStart(i) <= map.toRawStart(i + 1), where + " starts not monotone at " + i);
            assertTrue(map.toRawEnd(i) <= map.toRawEnd(i + 1), where + " ends not monotone at " + i);
        }
        // A written character maps between the raw characters its copied neighbours came from.
        int previous = -1;
        for (int i = 0; i < origin.size(); i++) {
            if (origin.get(i) >= 0) {
                previous = origin.get(i);
                continue;
            }
            int next = raw.length();
            for (int k = i + 1; k < origin.size(); k++) {
                if (origin.get(k) >= 0) {
                    next = origin.get(k);
                    break;
                }
            }
            assertTrue(map.toRawStart(i) >= previous + 1, where + " written char " + i + " starts too early");
            assertTrue(map.toRawEnd(i + 1) <= next, where + " written char " + i + " ends too late");
        }
        for (Repair r : text.repairs()) {
            assertEquals(raw.substring(r.start(), r.end()), r.from(), where);
        }
    }

    private static List<Integer> applyToModel(List<Integer> origin, String text, List<Edit> edits) {
        List<Integer> out = new ArrayList<>();
        int pos = 0;
        for (Edit e : edits) {
            if (text.substring(e.start(), e.end()).equals(e.replacement())) {
                continue; // RepairedText drops no-op edits, so copied characters keep their origin
            }
            out.addAll(origin.subList(pos, e.start()));
            for (int k = 0; k < e.replacement().length(); k++) {
                out.add(-1);
            }
            pos = e.end();
        }
        out.addAll(origin.subList(pos, origin.size()));
        return out;
    }

    private static List<Edit> randomEdits(Random random, String text) {
        List<Edit> edits = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length() && edits.size() < 6) {
            int start = pos + random.nextInt(Math.max(1, text.length() - pos + 1));
            if (start > text.length()) {
                break;
            }
            int end = Math.min(text.length(), start + random.nextInt(4));
            String replacement = randomText(random, random.nextInt(4));
            if (start == end && replacement.isEmpty()) {
                replacement = "+";
            }
            edits.add(new Edit(start, end, replacement));
            pos = start == end ? end + 1 : end; // edits may touch; two inserts at one point may not
            if (random.nextInt(3) == 0) {
                break;
            }
        }
        return edits;
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append("ab-c d\u00AD".charAt(random.nextInt(7)));
        }
        return b.toString();
    }
}
