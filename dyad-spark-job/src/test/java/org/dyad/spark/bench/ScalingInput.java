package org.dyad.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark input of any length from the bundled stories: the first {@code stories} of them,
 * repeated {@code copies} times. Copy {@code k} (from 0, the stories as shipped) has the id and url
 * of its story with {@code -copyK} added and is published {@code 30 * k} days later, so no two
 * articles share an id, and copies of one story are further apart than the near-duplicate window
 * (7 days): they are coded as new articles, not linked as duplicates, and their events fall on other
 * dates. Each copy is coded as its story is (the text is the same), so the input is {@code copies}
 * times the work of the stories.
 */
final class ScalingInput {
    static final int DAYS_BETWEEN_COPIES = 30;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScalingInput() {}

    static List<String> lines(List<String> shipped, int stories, int copies) {
        if (stories < 1 || copies < 1) {
            throw new IllegalArgumentException("need at least one story and one copy, not " + stories + " and "
                    + copies);
        }
        List<String> first = shipped.subList(0, Math.min(stories, shipped.size()));
        List<String> out = new ArrayList<>(first.size() * copies);
        for (int k = 0; k < copies; k++) {
            for (String line : first) {
                out.add(k == 0 ? line : copy(line, k));
            }
        }
        return out;
    }

    private static String copy(String line, int k) {
        try {
            ObjectNode story = (ObjectNode) JSON.readTree(line);
            story.put("id", story.get("id").asText() + "-copy" + k);
            JsonNode url = story.get("url");
            if (url != null && url.isTextual()) {
                story.put("url", url.asText() + "#copy" + k);
            }
            JsonNode published = story.get("published");
            if (published != null && published.isTextual() && published.asText().length() >= 10) {
                String p = published.asText();
                LocalDate day = LocalDate.parse(p.substring(0, 10)).plusDays((long) DAYS_BETWEEN_COPIES * k);
                story.put("published", day + p.substring(10));
            }
            return JSON.writeValueAsString(story);
        } catch (IOException e) {
            throw new UncheckedIOException("a bundled story is not a JSON object: " + line, e);
        }
    }
}
