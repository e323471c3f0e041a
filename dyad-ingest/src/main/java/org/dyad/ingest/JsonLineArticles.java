package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.dyad.core.doc.Article;

/**
 * JSON lines, read line by line (memory holds one line, whatever the file's size): each object
 * with an id and a text is an article; each bad line is set aside on its own.
 */
final class JsonLineArticles {
    private final ObjectMapper json = new ObjectMapper();
    private final Limits limits;

    JsonLineArticles(Limits limits) {
        this.limits = limits;
    }

    void read(Source src, InputStream in, ArticleSink sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        long lineNo = 0;
        boolean overlong = false;
        int b;
        while (true) {
            b = in.read();
            if (b == '\n' || b < 0) {
                if (b >= 0 || line.size() > 0 || overlong) {
                    lineNo++;
                    if (overlong) {
                        sink.setAside(src.bad(String.valueOf(lineNo), limits.tooLong("more than " + limits.maxChars()),
                                line.toByteArray()));
                    } else {
                        line(src, String.valueOf(lineNo), line.toByteArray(), sink);
                    }
                }
                line.reset();
                overlong = false;
                if (b < 0) {
                    return;
                }
            } else if (line.size() <= limits.maxBytes() + 1024) {
                line.write(b);
            } else {
                overlong = true;
            }
        }
    }

    private void line(Source src, String where, byte[] bytes, ArticleSink sink) {
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String text;
        try {
            text = Bytes.utf8(bytes, length);
        } catch (Bytes.Malformed e) {
            sink.setAside(src.bad(where, e.reason(), bytes));
            return;
        }
        if (text.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            sink.setAside(src.bad(where, "not a JSON object: " + e.getOriginalMessage(), bytes));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.setAside(src.bad(where, "not a JSON object", bytes));
            return;
        }
        JsonNode id = node.get("id");
        JsonNode body = node.get("text");
        if (id == null || id.isNull() || id.asText().isBlank()) {
            sink.setAside(src.bad(where, "missing 'id'", bytes));
            return;
        }
        String named = where + " (" + id.asText() + ")";
        if (body == null || !body.isTextual()) {
            sink.setAside(src.bad(named, "missing 'text' string", bytes));
            return;
        }
        Optional<LocalDate> published;
        try {
            published = Dates.isoDate(text(node.get("published")));
        } catch (DateTimeParseException e) {
            sink.setAside(src.bad(named, "'published' is not an ISO date: " + node.get("published").asText(), bytes));
            return;
        }
        Article article = new Article(id.asText(), body.asText(), published, text(node.get("url")),
                text(node.get("title")));
        limits.offer(article, new Provenance(src.name(), named, text(node.get("author")), Optional.empty(),
                Optional.empty()), sink);
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }
}
