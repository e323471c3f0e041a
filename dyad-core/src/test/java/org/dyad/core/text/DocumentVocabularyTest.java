package org.dyad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentVocabularyTest {

    @Test
    void counts_closed_words_ignoring_case_and_only_those_asked_about() {
        DocumentVocabulary doc = new DocumentVocabulary("Taliban, TALIBAN and taliban\u2019s; Kabul.",
                Set.of("taliban", "herat"), Set.of());
        assertEquals(3, doc.closed("Taliban"));
        assertEquals(0, doc.closed("herat"));
        assertEquals(0, doc.closed("kabul")); // not asked about
    }

    @Test
    void counts_hyphenated_chains_whole_and_their_parts_as_closed_words() {
        DocumentVocabulary doc = new DocumentVocabulary("a five-year plan, a Five-Year deal, state-of-the-art year",
                Set.of("year", "five"), Set.of("five-year", "of-the"));
        assertEquals(2, doc.hyphenated("five-year"));
        assertEquals(0, doc.hyphenated("of-the")); // part of a longer chain
        assertEquals(3, doc.closed("year"));
        assertEquals(2, doc.closed("five"));
    }

    @Test
    void a_hash_collision_does_not_count_the_wrong_word() {
        // "a\u00ff" and "b\u00e0" share String.hashCode; only the word asked about may be counted.
        assertEquals("a\u00ff".hashCode(), "b\u00e0".hashCode());
        DocumentVocabulary doc = new DocumentVocabulary("b\u00e0 B\u00c0 a\u00ff", Set.of("a\u00ff"), Set.of());
        assertEquals(1, doc.closed("a\u00ff"));
    }

    @Test
    void counts_words_in_other_scripts() {
        DocumentVocabulary doc = new DocumentVocabulary("\u00c9lys\u00e9e et l\u2019\u00e9lys\u00e9e", Set.of("\u00e9lys\u00e9e"), Set.of());
        assertEquals(2, doc.closed("\u00c9LYS\u00c9E"));
    }

    @Test
    void one_scan_counts_two_words_of_the_same_hash_each_as_itself() {
        // Both words asked about share String.hashCode: the scan's table must keep them apart.
        DocumentVocabulary doc = new DocumentVocabulary("b\u00e0 B\u00c0 a\u00ff b\u00e0-a\u00ff",
                Set.of("a\u00ff", "b\u00e0"), Set.of("b\u00e0-a\u00ff", "a\u00ff-b\u00e0"), 0);
        assertEquals(2, doc.closed("a\u00ff")); // a chain's parts count as closed words
        assertEquals(3, doc.closed("b\u00e0"));
        assertEquals(1, doc.hyphenated("b\u00e0-a\u00ff"));
        assertEquals(0, doc.hyphenated("a\u00ff-b\u00e0"));
    }

    @Test
    void searching_for_each_word_counts_what_one_scan_counts() {
        java.util.Random random = new java.util.Random(20211);
        String[] pieces = {"five", "year", "Five", "YEAR", "fiveyear", "fiveyears", "-", "-", " ", "  ", ", ",
            "\u2019", "x", "1", "--", "\u00e9t\u00e9", "\u00c9T\u00c9", "\n"};
        Set<String> closed = Set.of("five", "year", "fiveyear", "fiveyears", "fiveyea", "\u00e9t\u00e9", "x");
        Set<String> forms = Set.of("five-year", "year-five", "x-five", "\u00e9t\u00e9-x");
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0, n = random.nextInt(30); k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            DocumentVocabulary searched = new DocumentVocabulary(text.toString(), closed, forms, Integer.MAX_VALUE);
            DocumentVocabulary scanned = new DocumentVocabulary(text.toString(), closed, forms, 0);
            for (String w : closed) {
                assertEquals(scanned.closed(w), searched.closed(w), w + " in " + text);
            }
            for (String f : forms) {
                assertEquals(scanned.hyphenated(f), searched.hyphenated(f), f + " in " + text);
            }
        }
    }
}
