package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transliterations news writes a name in fall on one key; different names stay apart. */
class NameKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Mirziyoyev, Mirzioyev",
        "Sisi, Sissi",
        "el, al",
        "Zelenskyy, Zelenskiy",
        "Zelensky, Zelenskiy",
        "Berdimuhamedow, Berdymukhamedov",
        "Erdoğan, Erdogan",
        "Djibouti, Jibouti",
        "Assad, Asad",
        "Qaddafi, Qadafi",
    })
    void spellings_of_one_name_share_a_key(String a, String b) {
        assertEquals(NameKey.of(a), NameKey.of(b));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Aliyev, Alieva", "Ruto, Rutto_", "Kagame, Kabila", "Putin, Pútina"})
    void different_names_keep_different_keys(String a, String b) {
        assertNotEquals(NameKey.of(a), NameKey.of(b));
    }

    @Test
    void a_person_is_found_under_a_spelling_the_dictionary_does_not_list() {
        ActorDictionary d = new ActorDictionary(List.of(new ActorEntry(Phrase.words("el-Sisi"),
                new org.dyad.core.facts.ActorCode("EGYGOV"), java.util.Optional.empty(), java.util.Optional.empty(),
                ActorKind.PERSON, "test")), "test");
        List<String> tokens = NameKey.of(List.of("president", "al", "-", "sissi", "said"));
        ActorDictionary.Match m = d.longestPersonByKey(tokens, 1, LocalDate.of(2025, 1, 1)).orElseThrow();
        assertEquals(3, m.length());
        assertEquals("EGYGOV", m.entry().code().code());
    }
}
