package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.app.eval.ExpectedReadingScorer;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The specification's own example, end to end with CoreNLP: the noisy seed article in, the
 * human reading's events out, and none of the readings it forbids.
 */
class SeedArticleIT {
    private static final Path SEED = Path.of("..", "testdata", "seed");
    private static String raw;
    private static Document coded;
    private static JsonNode expected;

    @BeforeAll
    static void codeTheSeed() throws Exception {
        raw = Files.readString(SEED.resolve("article.txt"), StandardCharsets.UTF_8);
        expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile());
        coded = Engine.create(List.of()).process(Article.of("article.txt", raw));
    }

    @Test
    void finds_every_event_of_the_human_reading_and_none_it_forbids() {
        ExpectedReadingScorer.Result result = new ExpectedReadingScorer().score(expected, raw, coded.events());
        assertEquals(List.of(), result.violations(), "forbidden readings");
        assertTrue(result.found().size() >= 5, "found " + result.found() + ", missed " + result.missed());
        assertEquals(List.of(), result.missed(), "missed events");
    }

    @Test
    void repairs_the_broken_words_and_keeps_offsets_into_the_raw_text() {
        for (JsonNode repair : expected.path("repairs")) {
            String clean = repair.path("clean").asText();
            String noisy = repair.path("noisy").asText();
            int at = coded.text().text().indexOf(clean);
            assertTrue(at >= 0, "repaired text lacks " + clean);
            boolean mapsBack = false;
            for (; at >= 0; at = coded.text().text().indexOf(clean, at + 1)) {
                mapsBack |= coded.text().rawSpan(at, at + clean.length()).of(raw).equals(noisy);
            }
            assertTrue(mapsBack, clean + " does not map back to " + noisy + " in the raw text");
        }
        for (Event e : coded.events()) {
            assertEquals(e.sentenceText(), e.sentenceSpan().of(raw));
            assertEquals(e.triggerText(), e.triggerSpan().of(raw));
            assertEquals(e.source().text(), e.source().rawSpan().of(raw));
        }
    }
}
