package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dyad.codebooks.Codebooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nouns of persons and groups from WordNet 3.1 (the real database): an IT as it loads 37 MB. */
class NounClassDerivationIT {
    private static Map<String, String> lexFiles;

    @BeforeAll
    static void derive() throws Exception {
        lexFiles = new NounClassDerivation(Dictionary.getDefaultResourceInstance()).personNouns().stream()
                .collect(Collectors.toMap(NounClassDerivation.Noun::noun, NounClassDerivation.Noun::lexFile));
    }

    @Test
    void a_noun_whose_first_sense_is_a_person_or_a_group_is_kept_with_its_lexicographer_file() {
        assertEquals("noun.person", lexFiles.get("prisoner"));
        assertEquals("noun.person", lexFiles.get("visitor"));
        assertEquals("noun.group", lexFiles.get("delegation"));
    }

    @Test
    void names_and_nouns_whose_first_sense_is_no_person_are_left_out() {
        assertFalse(lexFiles.containsKey("lincoln"), "a name WordNet writes with a capital");
        assertFalse(lexFiles.containsKey("head"), "a body part first");
        assertFalse(lexFiles.containsKey("summary"));
    }

    @Test
    void the_bundled_file_is_what_the_derivation_writes(@TempDir Path dir) throws IOException {
        NounClassFiles.write(dir);
        assertEquals(bundled(NounClassFiles.OUTPUT), Files.readString(dir.resolve(NounClassFiles.OUTPUT)),
                "wordnet.persons.tsv is stale: run ./dyad dictionaries derive-person-nouns on the dict folder");
        assertTrue(Codebooks.bundled().persons().namesPeople("visitor"));
        assertFalse(Codebooks.bundled().persons().namesPeople("delegation"));
    }

    private static String bundled(String file) throws IOException {
        try (InputStream in = Codebooks.class.getResourceAsStream("/org/dyad/codebooks/dict/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
