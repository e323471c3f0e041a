package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dyad.codebooks.Codebooks;
import org.dyad.codebooks.tools.RelatedVerbDerivation.Relation;
import org.dyad.codebooks.tools.RelatedVerbDerivation.Verb;
import org.dyad.core.actor.DictionaryReader;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.event.VerbPattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verbs related to coded verbs in WordNet 3.1 (the real database): an IT as it loads 37 MB. */
class RelatedVerbDerivationIT {
    private static Dictionary wordnet;

    @BeforeAll
    static void loadWordNet() throws Exception {
        wordnet = Dictionary.getDefaultResourceInstance();
    }

    private static List<Verb> kept(Set<Relation> relations, Map<String, String> codes, Set<String> known)
            throws Exception {
        return new RelatedVerbDerivation(wordnet, relations).derive(codes, known, Map.of()).kept();
    }

    private static Verb find(List<Verb> verbs, String key) {
        return verbs.stream().filter(v -> v.key().equals(key)).findFirst().orElse(null);
    }

    @Test
    void a_synonym_whose_own_first_sense_is_the_coded_verbs_takes_its_code() throws Exception {
        // arrest#1 "take into custody" is also collar's first sense.
        List<Verb> verbs = kept(EnumSet.of(Relation.SYNONYM), Map.of("arrest", "173"), Set.of("arrest"));
        Verb collar = find(verbs, "collar");
        assertEquals("173", collar == null ? null : collar.code(), verbs.toString());
        assertEquals(Relation.SYNONYM, collar.relation());
    }

    @Test
    void a_synonym_that_usually_means_something_else_is_left_out() throws Exception {
        // bomb#1 {bombard, bomb}, but bombard#1 is "pelt" (throw missiles at): not derived from bomb.
        List<Verb> verbs = kept(EnumSet.allOf(Relation.class), Map.of("bomb", "190"), Set.of("bomb"));
        assertTrue(verbs.stream().noneMatch(v -> v.verb().equals("bombard")), verbs.toString());
    }

    @Test
    void a_code_lends_only_through_a_sense_that_can_hold_its_event() throws Exception {
        // apprehend#1 is "comprehend, grasp" (verb.cognition): it holds no arrest.
        assertEquals(List.of(), kept(EnumSet.allOf(Relation.class), Map.of("apprehend", "173"), Set.of("apprehend")));
    }

    @Test
    void a_troponym_is_a_way_of_doing_the_coded_act_but_not_of_a_root_of_the_hierarchy() throws Exception {
        List<Verb> verbs = kept(EnumSet.of(Relation.SYNONYM, Relation.TROPONYM), Map.of("attack", "190"),
                Set.of("attack"));
        Verb counter = find(verbs, "counterattack");
        assertEquals(Relation.TROPONYM, counter == null ? null : counter.relation(), verbs.toString());
        assertTrue(kept(EnumSet.of(Relation.SYNONYM), Map.of("attack", "190"), Set.of("attack")).stream()
                .noneMatch(v -> v.verb().equals("counterattack")), "troponyms only when asked for");
        // kill#1 has no hypernym: "murder" is one of its 36 ways, too many kinds of event to inherit 190.
        assertTrue(kept(EnumSet.allOf(Relation.class), Map.of("kill", "190"), Set.of("kill")).stream()
                .noneMatch(v -> v.verb().equals("murder")));
    }

    @Test
    void statements_known_verbs_and_reviewed_verbs_lend_nothing() throws Exception {
        assertEquals(List.of(), kept(EnumSet.allOf(Relation.class), Map.of("state", "010", "arrest", "---"),
                Set.of("state", "arrest")));
        assertTrue(kept(EnumSet.of(Relation.SYNONYM), Map.of("arrest", "173"), Set.of("arrest", "collar")).stream()
                .noneMatch(v -> v.verb().equals("collar")), "a verb a verb file names is the hand entry's");
        Derived<RelatedVerbDerivation.Verb> r = new RelatedVerbDerivation(wordnet, EnumSet.of(Relation.SYNONYM))
                .derive(Map.of("arrest", "173"), Set.of("arrest"), Map.of("collar", "a test reason"));
        assertTrue(r.kept().stream().noneMatch(v -> v.verb().equals("collar")), r.toString());
        assertTrue(r.leftOut().contains(new LeftOut("collar", "review: a test reason")),
                r.toString());
    }

    @Test
    void two_coded_verbs_lending_different_codes_at_the_same_distance_leave_the_verb_out() throws Exception {
        Derived<RelatedVerbDerivation.Verb> r = new RelatedVerbDerivation(wordnet, EnumSet.of(Relation.SYNONYM))
                .derive(Map.of("imprison", "173", "incarcerate", "170"), Set.of("imprison", "incarcerate"), Map.of());
        assertTrue(r.kept().stream().noneMatch(v -> v.verb().equals("gaol")), r.toString());
        assertTrue(r.leftOut().stream().anyMatch(l -> l.word().equals("gaol") && l.reason().startsWith("ambiguous")),
                r.toString());
    }

    @Test
    void the_bundled_file_is_what_the_derivation_writes_from_the_bundled_verbs_and_review(@TempDir Path dir)
            throws IOException {
        for (String f : List.of("verbs.tsv", "dyad.verbs.tsv", RelatedVerbFiles.REVIEW)) {
            Files.writeString(dir.resolve(f), bundled(f), StandardCharsets.UTF_8);
        }
        RelatedVerbFiles.write(dir);
        assertEquals(bundled(RelatedVerbFiles.OUTPUT), Files.readString(dir.resolve(RelatedVerbFiles.OUTPUT)),
                "wordnet.verbs.tsv is stale: run ./dyad dictionaries derive-related-verbs on the dict folder");
        assertEquals(bundled(EventNounFiles.LICENCE), Files.readString(dir.resolve(EventNounFiles.LICENCE)));
        DictionaryReader.Parsed derived = DictionaryReader.parse(new StringReader(bundled(RelatedVerbFiles.OUTPUT)), "w");
        VerbDictionary verbs = Codebooks.bundled().verbs();
        for (DictionaryReader.Line line : derived.lines()) {
            String verb = line.fields()[0];
            String particle = line.fields()[1].equals("-") ? "" : line.fields()[1];
            List<VerbPattern> patterns = verbs.patterns(verb, particle);
            assertFalse(patterns.isEmpty(), "the codebooks do not load the derived verb " + verb);
            assertTrue(patterns.get(patterns.size() - 1).source().startsWith("wordnet.verbs"),
                    "the derived default of " + verb + " is tried after every hand pattern");
        }
    }

    private static String bundled(String file) throws IOException {
        try (InputStream in = Codebooks.class.getResourceAsStream("/org/dyad/codebooks/dict/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
