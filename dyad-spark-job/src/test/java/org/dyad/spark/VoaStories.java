package org.dyad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;

/**
 * The 89 Voice of America stories bundled with {@code dyad demo} (public domain; credit Voice of
 * America / voanews.com), read from dyad-app's resources: their JSON lines as shipped, and as articles.
 */
public final class VoaStories {
    private static final String RESOURCE = "/org/dyad/app/sample/voa_stories.jsonl";

    private VoaStories() {}

    /** The stories' JSON lines, in file order. */
    public static List<String> lines() {
        InputStream in = VoaStories.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled VOA stories are missing from the class path: " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stories as articles: id, text, the date part of {@code published}, url and title. */
    static List<Article> articles() {
        ObjectMapper json = new ObjectMapper();
        return lines().stream().map(line -> {
            try {
                JsonNode n = json.readTree(line);
                return new Article(n.get("id").asText(), n.get("text").asText(),
                        Optional.of(LocalDate.parse(n.get("published").asText().substring(0, 10))),
                        Optional.of(n.get("url").asText()), Optional.of(n.get("title").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
