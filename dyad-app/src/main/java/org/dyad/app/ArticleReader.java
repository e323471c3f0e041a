package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.core.doc.Article;

/**
 * Reads articles from files, one at a time, and sets aside what cannot be read with a reason:
 * empty files, binary files, invalid UTF-8, articles over the size limit, bad JSON lines.
 */
public final class ArticleReader {
    private final ObjectMapper json = new ObjectMapper();
    private final int maxChars;

    /** @param maxChars the longest article text accepted; longer ones are set aside */
    public ArticleReader(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.maxChars = maxChars;
    }

    /** Reads every article of {@code file}, passing each good one and each bad one to its consumer. */
    public void read(Path file, InputFormat format, Consumer<Article> good, Consumer<BadArticle> bad) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            bad.accept(new BadArticle(name, "cannot read file: " + e.getMessage()));
            return;
        }
        if (bytes.length == 0) {
            bad.accept(new BadArticle(name, "empty file"));
            return;
        }
        if (looksBinary(bytes)) {
            bad.accept(new BadArticle(name, "binary file (NUL or control bytes); expected UTF-8 text"));
            return;
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (MalformedUtf8 e) {
            bad.accept(new BadArticle(name, "invalid UTF-8 at byte " + e.offset + "; convert the file to UTF-8"));
            return;
        }
        switch (format) {
            case TEXT -> {
                String id = file.getFileName().toString();
                accept(Article.of(id, text), name, good, bad);
            }
            case JSONL -> readJsonLines(name, text, good, bad);
        }
    }

    private void readJsonLines(String name, String text, Consumer<Article> good, Consumer<BadArticle> bad) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                bad.accept(new BadArticle(where, "not a JSON object: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                bad.accept(new BadArticle(where, "not a JSON object"));
                continue;
            }
            JsonNode id = node.get("id");
            JsonNode body = node.get("text");
            if (id == null || id.isNull() || id.asText().isBlank()) {
                bad.accept(new BadArticle(where, "missing 'id'"));
                continue;
            }
            if (body == null || !body.isTextual()) {
                bad.accept(new BadArticle(where + " (" + id.asText() + ")", "missing 'text' string"));
                continue;
            }
            Optional<LocalDate> published;
            try {
                published = date(node.get("published"));
            } catch (DateTimeParseException e) {
                bad.accept(new BadArticle(where + " (" + id.asText() + ")", "'published' is not an ISO date: "
                        + node.get("published").asText()));
                continue;
            }
            Article article = new Article(id.asText(), body.asText(), published, optional(node.get("url")),
                    optional(node.get("title")));
            accept(article, where + " (" + id.asText() + ")", good, bad);
        }
    }

    private void accept(Article article, String where, Consumer<Article> good, Consumer<BadArticle> bad) {
        if (article.text().isBlank()) {
            bad.accept(new BadArticle(where, "no text"));
        } else if (article.text().length() > maxChars) {
            bad.accept(new BadArticle(where, "text of " + article.text().length() + " characters exceeds the limit of "
                    + maxChars + "; split it or raise --max-chars"));
        } else {
            good.accept(article);
        }
    }

    /** ISO dates, also as the date part of a timestamp ("2025-03-14 20:30:26Z", "2025-03-14T20:30Z"). */
    static Optional<LocalDate> date(JsonNode node) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return Optional.empty();
        }
        String s = node.asText().trim();
        return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s));
    }

    private static Optional<String> optional(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }

    /** Decodes strict UTF-8; a malformed sequence raises {@link MalformedUtf8} with its byte offset. */
    private static String strictUtf8(byte[] bytes) throws MalformedUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedUtf8(in.position());
        }
        decoder.flush(out);
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static final class MalformedUtf8 extends Exception {
        private final int offset;

        MalformedUtf8(int offset) {
            super("invalid UTF-8 at byte " + offset, null, false, false);
            this.offset = offset;
        }
    }
}
