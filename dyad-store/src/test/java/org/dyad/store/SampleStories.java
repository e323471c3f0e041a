package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of the 89 Voice of America stories of Dyad's sample (public domain; credit Voice of
 * America / voanews.com), read from the application module's sources: real news text, curly quotes
 * and accented names included, 306 to 1,221 words.
 */
final class SampleStories {
    private static final Path FILE = Path.of("../dyad-app/src/main/resources/org/dyad/app/sample/voa_stories.jsonl");

    private SampleStories() {}

    static List<String> texts() {
        assertTrue(Files.isRegularFile(FILE), "the sample stories are missing: " + FILE.toAbsolutePath());
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                out.add(json.readTree(line).get("text").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
