package org.dyad.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StudyCheckSplitTest {

    @Test
    void the_hash_is_fnv1a_64_of_the_utf8_id_xor_the_seed() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector).
        assertEquals(0xaf63dc4c8601ec8cL ^ 0x5EEDL, StudyCheckSplit.hash("a"));
        assertEquals(0xcbf29ce484222325L ^ 0x5EEDL ^ 0, StudyCheckSplit.hash("") ^ 0);
    }

    @Test
    void a_record_always_falls_in_the_same_part() {
        StudyCheckSplit first = StudyCheckSplit.of("PLOVER-GSR-0042");
        for (int i = 0; i < 5; i++) {
            assertEquals(first, StudyCheckSplit.of("PLOVER-GSR-0042"));
        }
    }

    @Test
    void the_parts_are_about_half_each() {
        long check = IntStream.range(0, 2000).mapToObj(i -> "record-" + i)
                .filter(id -> StudyCheckSplit.of(id) == StudyCheckSplit.CHECK).count();
        assertTrue(check > 900 && check < 1100, "check part of 2000 ids: " + check);
    }

    @Test
    void a_selection_includes_its_own_part_and_all_includes_every_record() {
        String id = IntStream.range(0, 100).mapToObj(i -> "r" + i)
                .filter(x -> StudyCheckSplit.of(x) == StudyCheckSplit.CHECK).findFirst().orElseThrow();
        assertTrue(StudyCheckSplit.CHECK.includes(id));
        assertFalse(StudyCheckSplit.STUDY.includes(id));
        assertTrue(StudyCheckSplit.ALL.includes(id));
    }

    @Test
    void names_parse_in_any_case_and_a_bad_name_says_what_to_use() {
        assertEquals(StudyCheckSplit.STUDY, StudyCheckSplit.parse("Study"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudyCheckSplit.parse("dev"));
        assertTrue(e.getMessage().contains("study, check or all"));
        assertThrows(IllegalArgumentException.class, () -> StudyCheckSplit.of(""));
    }
}
