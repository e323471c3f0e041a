package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.facts.Event;
import org.dyad.core.event.EventCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path against the full path, with CoreNLP, on bundled VOA stories: the same events,
 * the same people and places, and parses only where an event can be.
 */
class FastPathIT {
    private static final int STORIES = 4;
    private static final Set<String> PERSON_AND_PLACE = Set.of("PERSON", "LOCATION");
    private static final List<Document> full = new ArrayList<>();
    private static final List<Document> fast = new ArrayList<>();

    @BeforeAll
    static void codeStoriesBothWays() throws Exception {
        Codebooks books = Codebooks.bundled();
        Engine fullEngine = Engine.create(EngineConfig.defaults().withNlpPath(Engine.NlpPath.FULL), books);
        Engine fastEngine = fullEngine.onPath(Engine.NlpPath.FAST);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FastPathIT.class.getResourceAsStream("/org/dyad/app/sample/voa_stories.jsonl"), StandardCharsets.UTF_8))) {
            for (int i = 0; i < STORIES; i++) {
                JsonNode story = json.readTree(in.readLine());
                Article article = Article.of(story.get("id").asText(), story.get("text").asText());
                full.add(fullEngine.process(article));
                fast.add(fastEngine.process(article));
            }
        }
    }

    private static List<String> events(Document doc) {
        List<String> out = new ArrayList<>();
        for (Event e : doc.events()) {
            out.add(e.sentenceIndex() + " " + e.source().code() + " " + e.target().map(t -> t.code().code()).orElse("-")
                    + " " + e.cameo() + " " + e.factuality() + " " + e.triggerSpan() + " " + e.rule() + " " + e.mentions());
        }
        return out;
    }

    private static List<EntityMention> peopleAndPlaces(Document doc) {
        return doc.entities().stream().filter(e -> PERSON_AND_PLACE.contains(e.type())).toList();
    }

    @Test
    void the_fast_path_codes_the_same_events_as_the_full_path() {
        int total = 0;
        for (int i = 0; i < STORIES; i++) {
            assertEquals(events(full.get(i)), events(fast.get(i)), "story " + full.get(i).id());
            total += full.get(i).events().size();
        }
        assertTrue(total > 0, "the stories have events to compare");
    }

    @Test
    void the_fast_recogniser_finds_the_same_people_and_places() {
        for (int i = 0; i < STORIES; i++) {
            assertEquals(peopleAndPlaces(full.get(i)), peopleAndPlaces(fast.get(i)), "story " + full.get(i).id());
        }
    }

    @Test
    void every_sentence_with_an_event_is_parsed_and_some_are_not() {
        int unparsed = 0;
        for (Document doc : fast) {
            for (Event e : doc.events()) {
                assertTrue(doc.dependencies().parsed(doc.sentences().firstToken(e.sentenceIndex())), e.sentenceText());
            }
            for (int s = 0; s < doc.sentences().size(); s++) {
                int first = doc.sentences().firstToken(s);
                if (first < doc.sentences().endToken(s) && !doc.dependencies().parsed(first)) {
                    unparsed++;
                    for (int t = first; t < doc.sentences().endToken(s); t++) {
                        assertEquals(-1, doc.dependencies().head(t));
                        assertFalse(doc.dependencies().parsed(t));
                    }
                }
            }
        }
        assertTrue(unparsed > 0, "the triage set some sentences aside");
    }

    @Test
    void the_full_path_parses_every_sentence() {
        for (Document doc : full) {
            assertTrue(doc.dependencies().complete(), doc.id());
        }
    }

    @Test
    void both_paths_tag_every_token_alike() {
        for (int i = 0; i < STORIES; i++) {
            Document a = full.get(i);
            Document b = fast.get(i);
            assertEquals(a.tokens().size(), b.tokens().size());
            for (int t = 0; t < a.tokens().size(); t++) {
                assertEquals(a.pos().get(t), b.pos().get(t));
                assertEquals(a.lemmas().get(t), b.lemmas().get(t));
            }
        }
    }
}
