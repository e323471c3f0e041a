package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Factbook's party lists read into names and acronyms, and the generic names no one country owns. */
class FactbookPartiesTest {
    private static final Map<String, Set<String>> PARTIES = Map.of(
            "Communist party", Set.of("CYP"),
            "Portuguese Communist Party", Set.of("PRT"),
            "Communist Party of Chile", Set.of("CHL"),
            "Golden Dawn", Set.of("GRC"),
            "People's Association-Golden Dawn", Set.of("GRC"),
            "Scottish National Party", Set.of("GBR"));

    @Test
    void a_party_reads_as_its_name_its_translation_and_its_acronym() {
        assertEquals(List.of(List.of("National Democratic Rally", "RND", "Rassemblement National Democratique")),
                FactbookParties.read("National Democratic Rally (Rassemblement National Democratique) or RND [Ahmed OUYAHIA]"));
    }

    @Test
    void a_two_word_name_inside_another_countrys_party_name_is_generic_in_any_case() {
        assertTrue(FactbookParties.isGeneric("Communist party", Set.of("CYP"), PARTIES));
    }

    @Test
    void a_name_inside_its_own_countrys_longer_name_is_not_generic() {
        assertFalse(FactbookParties.isGeneric("Golden Dawn", Set.of("GRC"), PARTIES));
    }

    @Test
    void a_name_of_three_words_or_more_is_specific() {
        assertFalse(FactbookParties.isGeneric("Scottish National Party", Set.of("GBR"), PARTIES));
    }
}
