package org.dyad.codebooks.tabari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.ontology.CameoEntry;
import org.junit.jupiter.api.Test;

/** The PETRARCH validation dictionaries (testdata/eval/petrarch-unit) loaded into Dyad's dictionaries. */
class TabariDictionariesTest {
    private static final Path SUITE = Path.of("..", "testdata", "eval", "petrarch-unit");

    @Test
    void the_validation_suite_loads_with_its_dated_actors_agents_and_verbs() {
        TabariDictionaries suite = TabariDictionaries.fromDirectory(SUITE);
        List<String> samGamgee = List.of("sam", "gamgee");
        assertEquals("HOBMIL", suite.actors().longestMatch(samGamgee, samGamgee, 0, LocalDate.of(2010, 1, 1))
                .orElseThrow().entry().code().code());
        assertEquals("ORCHOB", suite.actors().longestMatch(samGamgee, samGamgee, 0, LocalDate.of(2010, 1, 10))
                .orElseThrow().entry().code().code());
        List<String> congressman = List.of("congressman");
        assertEquals("LEG", suite.agents().longestMatch(congressman, congressman, 0).orElseThrow().entry().role());
        assertTrue(suite.verbs().knows("restore", ""));
        assertEquals(List.of("world golf championships", "manchester united", "typhoon", "espn2"),
                suite.discards().storyPhrases());
        assertEquals(4, suite.hashes().size());
    }

    @Test
    void what_dyad_cannot_use_is_listed_with_file_and_line() {
        TabariDictionaries suite = TabariDictionaries.fromDirectory(SUITE);
        assertTrue(suite.issues().stream().anyMatch(i -> i.file().equals("PETR.Validate.actors.txt")
                && i.reason().contains("'ELR/GAL'")), suite.issues().toString());
        assertTrue(suite.issues().stream().anyMatch(i -> i.file().equals("PETR.Validate.verbs.2.0.txt")
                && i.reason().contains("[+++]")), suite.issues().toString());
    }

    @Test
    void codebooks_take_the_suite_dictionaries_and_the_bundled_cameo_table() {
        Codebooks books = TabariDictionaries.fromDirectory(SUITE).codebooks(Codebooks.bundled());
        assertTrue(books.hashes().containsKey("PETR.Validate.actors.txt"));
        assertTrue(books.hashes().containsKey("cameo_eventcodes.tsv"));
        assertTrue(books.cameo().get("050").isPresent());
        assertEquals("Engage in diplomatic cooperation",
                books.cameo().get("050").orElseThrow().name(), "CAMEO's own codes keep their entries");
    }

    @Test
    void codes_the_suite_defines_beyond_cameo_join_the_table_without_a_plover_type() {
        Codebooks books = TabariDictionaries.fromDirectory(SUITE).codebooks(Codebooks.bundled());
        CameoEntry abandon = books.cameo().get("903").orElseThrow(); // "- * {NEW &TIETYPES RELATIONS} [903]"
        assertTrue(abandon.plover().isEmpty());
        assertEquals(0, abandon.quadClass());
        assertTrue(Codebooks.bundled().cameo().get("903").isEmpty(), "the bundled table is left as it was");
    }

    @Test
    void a_suite_code_under_a_cameo_parent_is_coded_as_written_and_read_as_its_parent() {
        Codebooks books = TabariDictionaries.fromDirectory(SUITE).codebooks(Codebooks.bundled());
        CameoEntry callOn = books.cameo().get("095").orElseThrow(); // CALL "- * (ON) [095]"; CAMEO has no 095
        CameoEntry parent = Codebooks.bundled().cameo().get("09").orElseThrow();
        assertEquals("095", callOn.code());
        assertEquals(parent.plover(), callOn.plover());
        assertEquals(parent.quadClass(), callOn.quadClass());
    }

    @Test
    void a_directory_without_dictionaries_says_what_it_needs() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> TabariDictionaries.fromDirectory(Path.of("..", "testdata", "seed")));
        assertTrue(e.getMessage().contains("no *actors*.txt dictionary"), e.getMessage());
    }
}
