package org.dyad.gazetteer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.evaluation.StudyCheckSplit;
import org.dyad.gazetteer.internal.Json;

/**
 * Geoparsing gold in the GeoVirus JSON Lines format
 * ({@code {"id", "text", "toponyms": [{"name", "start", "end", "lat", "lon"}]}}, code-point
 * offsets), read into records with UTF-16 offsets.
 */
public final class GeoGold {
    private GeoGold() {
    }

    /** One gold article. */
    public record Article(String id, String text, List<Toponym> toponyms) {
        public Article {
            if (id == null || id.isEmpty() || text == null) {
                throw new IllegalArgumentException("a gold article needs an id and a text");
            }
            toponyms = List.copyOf(toponyms);
        }
    }

    /** One gold toponym: its span in the article's text (UTF-16 offsets, end exclusive) and its point. */
    public record Toponym(String name, int start, int end, double lat, double lon) {
        public Toponym {
            if (start < 0 || end <= start || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("gold toponym '" + name + "' has a bad span or point");
            }
        }
    }

    /** Reads a gold file; a line that is not a gold article raises an error naming the line. */
    @SuppressWarnings("unchecked")
    public static List<Article> read(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Map<String, Object> d = (Map<String, Object>) Json.parse(line);
                String text = (String) d.get("text");
                List<Toponym> tops = new ArrayList<>();
                for (Map<String, Object> t : (List<Map<String, Object>>) d.get("toponyms")) {
                    tops.add(new Toponym((String) t.get("name"),
                            text.offsetByCodePoints(0, ((Number) t.get("start")).intValue()),
                            text.offsetByCodePoints(0, ((Number) t.get("end")).intValue()),
                            ((Number) t.get("lat")).doubleValue(), ((Number) t.get("lon")).doubleValue()));
                }
                out.add(new Article((String) d.get("id"), text, tops));
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + n + " is not a gold article in the GeoVirus format: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The articles of one part of the study/check split, by article id (docs/evaluation.md). */
    public static List<Article> part(List<Article> articles, StudyCheckSplit part) {
        return articles.stream().filter(a -> part.includes(a.id())).toList();
    }
}
