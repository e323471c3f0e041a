package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void set_aside_articles_are_json_lines_with_text_when_readable_and_base64_bytes_otherwise() throws IOException {
        Path file = dir.resolve("q/quarantine.jsonl");
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0};
        try (Quarantine q = Quarantine.open(file)) {
            q.write(new BadArticle("feed.jsonl", "2", "not a JSON object", "not json".getBytes(StandardCharsets.UTF_8)));
            q.write(new BadArticle("image.png", "", "binary file", binary));
            q.write(BadArticle.of("missing.txt", "", "cannot read file"));
            assertEquals(3, q.written());
        }
        List<JsonNode> lines = Files.readAllLines(file).stream().map(this::parse).toList();
        assertEquals("feed.jsonl", lines.get(0).get("source").asText());
        assertEquals("2", lines.get(0).get("position").asText());
        assertEquals("not a JSON object", lines.get(0).get("reason").asText());
        assertEquals("not json", lines.get(0).get("text").asText());
        assertEquals(Base64.getEncoder().encodeToString(binary), lines.get(1).get("bytes").asText());
        assertEquals(false, lines.get(2).has("text") || lines.get(2).has("bytes"));
    }

    @Test
    void a_second_run_appends() throws IOException {
        Path file = dir.resolve("quarantine.jsonl");
        for (int run = 0; run < 2; run++) {
            try (Quarantine q = Quarantine.open(file)) {
                q.write(BadArticle.of("a.txt", "", "empty file"));
            }
        }
        assertEquals(2, Files.readAllLines(file).size());
    }

    private JsonNode parse(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
