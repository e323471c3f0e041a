package org.dyad.spark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScalingInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SHIPPED = List.of(
            "{\"id\":\"a\",\"url\":\"https://x.org/a\",\"published\":\"2025-03-14 20:30:26Z\",\"text\":\"Iraq said.\"}",
            "{\"id\":\"b\",\"published\":\"2025-12-20\",\"text\":\"Iran said.\"}",
            "{\"id\":\"c\",\"text\":\"No date.\"}");

    @Test
    void one_copy_is_the_stories_as_shipped() {
        assertEquals(SHIPPED.subList(0, 2), ScalingInput.lines(SHIPPED, 2, 1));
    }

    @Test
    void copies_have_distinct_ids_and_urls_and_the_same_text() throws IOException {
        List<String> lines = ScalingInput.lines(SHIPPED, 3, 3);
        assertEquals(9, lines.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode copy = JSON.readTree(lines.get(i));
            JsonNode story = JSON.readTree(SHIPPED.get(i % 3));
            ids.add(copy.get("id").asText());
            assertEquals(story.get("text"), copy.get("text"));
        }
        assertEquals(9, ids.size());
        JsonNode second = JSON.readTree(lines.get(6));
        assertEquals("a-copy2", second.get("id").asText());
        assertEquals("https://x.org/a#copy2", second.get("url").asText());
    }

    @Test
    void each_copy_is_published_a_month_after_the_one_before_outside_the_duplicate_window() throws IOException {
        List<String> lines = ScalingInput.lines(SHIPPED, 3, 3);
        JsonNode first = JSON.readTree(lines.get(3));
        assertEquals("2025-04-13 20:30:26Z", first.get("published").asText());
        LocalDate b0 = LocalDate.parse(JSON.readTree(lines.get(1)).get("published").asText());
        LocalDate b2 = LocalDate.parse(JSON.readTree(lines.get(7)).get("published").asText());
        assertEquals(2 * ScalingInput.DAYS_BETWEEN_COPIES, ChronoUnit.DAYS.between(b0, b2));
        assertEquals(null, JSON.readTree(lines.get(8)).get("published"));
    }

    @Test
    void no_stories_or_no_copies_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ScalingInput.lines(SHIPPED, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> ScalingInput.lines(SHIPPED, 2, 0));
    }
}
