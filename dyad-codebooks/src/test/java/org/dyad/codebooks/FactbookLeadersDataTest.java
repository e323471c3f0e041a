package org.dyad.codebooks;

import static org.dyad.codebooks.BundledActors.code;
import static org.dyad.codebooks.BundledActors.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.codebooks.lexicon.BundledLexicons;
import org.dyad.core.actor.ActorEntry;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.NameKey;
import org.dyad.core.text.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * The bundled Factbook office holders (factbook.leaders.actors.tsv) as the dictionaries load them:
 * a surname stands alone only when it is no one's given name and no English word, and an office
 * ends on the day the Factbook's notes give.
 */
class FactbookLeadersDataTest {
    private static List<String> bareSurnames() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = FactbookLeadersDataTest.class.getResourceAsStream(
                "/org/dyad/codebooks/dict/factbook.leaders.actors.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 3 && f[2].equals("person") && !f[0].contains(" ")) {
                    out.add(f[0]);
                }
            }
        }
        return out;
    }

    @Test
    void no_surname_alone_is_the_given_name_of_a_person_the_other_files_list_or_an_english_word() throws IOException {
        Set<String> given = new HashSet<>();
        for (ActorEntry e : BundledActors.BOOKS.actors().entries()) {
            // The Factbook's own holders are checked by FactbookImportTest (its "HALIMAH Yacob" is a
            // surname first); here every other listed person's given name.
            if (e.kind() == ActorKind.PERSON && e.words().size() > 1 && !e.source().startsWith("factbook")) {
                given.add(NameKey.of(e.words().get(0)));
            }
        }
        Lexicon english = BundledLexicons.load().englishWords();
        List<String> surnames = bareSurnames();
        assertTrue(surnames.size() > 300, "the file still gives surnames alone: " + surnames.size());
        List<String> wrong = surnames.stream()
                .filter(s -> given.contains(NameKey.of(s.toLowerCase(java.util.Locale.ROOT)))
                        || english.contains(s.toLowerCase(java.util.Locale.ROOT)))
                .toList();
        assertEquals(List.of(), wrong, "surnames that are given names or English words");
    }

    @Test
    void abdullah_and_albanese_alone_name_no_leader() {
        assertNotEquals("MYSGOV", code("Abdullah", day("2020-06-01")), "many people's given name");
        assertEquals("", code("Albanese", day("2025-06-01")), "the UN rapporteur Francesca Albanese shares it");
        assertEquals("AUSGOV", code("Anthony Albanese", day("2025-06-01")));
        assertEquals("AUSGOV", code("Prime Minister Albanese", day("2025-06-01")));
    }

    @Test
    void assad_is_president_until_the_day_he_was_overthrown_not_until_the_next_snapshot() {
        assertEquals("SYRGOV", code("Bashar al-Asad", day("2024-12-08")));
        assertEquals("SYRELI", code("Bashar al-Asad", day("2024-12-09")));
        assertEquals("SYRELI", code("President Asad", day("2024-12-20")));
    }
}
