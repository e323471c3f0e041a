package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.DependencyLayer;
import org.dyad.core.doc.Document;
import org.dyad.core.pipeline.SentenceTriage;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The fast path's dependency parser is CoreNLP's, made cheaper, not another one: with every
 * sentence selected, the fast path's parse of bundled VOA stories equals the full path's (CoreNLP's
 * own annotator), head for head and relation for relation.
 */
class FasterParserIT {
    private static final int STORIES = 12;

    @Test
    void fastPathParsesEverySentenceExactlyAsCoreNlpDoes() throws Exception {
        CoreNlpAnnotator full = new CoreNlpAnnotator();
        CoreNlpAnnotator fast = full.fastPath(SentenceTriage.everySentence());
        ObjectMapper json = new ObjectMapper();
        int tokens = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FasterParserIT.class.getResourceAsStream("/org/dyad/app/sample/voa_stories.jsonl"),
                StandardCharsets.UTF_8))) {
            for (int i = 0; i < STORIES; i++) {
                JsonNode story = json.readTree(in.readLine());
                Document doc = Document.of(Article.of(story.get("id").asText(), story.get("text").asText()));
                Document reference = full.apply(doc);
                DependencyLayer expected = reference.dependencies();
                DependencyLayer actual = fast.apply(doc).dependencies();
                int n = reference.tokens().size();
                for (int t = 0; t < n; t++) {
                    String where = story.get("id").asText() + " token " + t;
                    assertTrue(actual.parsed(t), where);
                    assertEquals(expected.head(t), actual.head(t), where);
                    assertEquals(expected.relation(t), actual.relation(t), where);
                }
                tokens += n;
            }
        }
        assertTrue(tokens > 5_000, "compared " + tokens + " tokens");
    }
}
