package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dyad.core.doc.Article;

/** A plain text input is one article named after its file; empty, binary or non-UTF-8 input is set aside. */
final class TextArticles {
    private final Limits limits;

    TextArticles(Limits limits) {
        this.limits = limits;
    }

    void read(Source src, InputStream in, ArticleSink sink) throws IOException {
        byte[] bytes = Bytes.upTo(in, limits.maxBytes());
        if (bytes.length > limits.maxBytes()) {
            sink.setAside(src.bad("", limits.tooLong("more than " + limits.maxChars()), null));
            return;
        }
        String text = decoded(src, bytes, sink);
        if (text != null) {
            limits.offer(Article.of(src.fileName(), text), src.at(""), sink);
        }
    }

    /** The text of a whole-file input, or null after setting it aside (empty, binary, badly encoded). */
    static String decoded(Source src, byte[] bytes, ArticleSink sink) {
        if (bytes.length == 0) {
            sink.setAside(src.bad("", "empty file", null));
            return null;
        }
        if (Bytes.looksBinary(bytes, bytes.length)) {
            sink.setAside(src.bad("", "binary file (NUL or control bytes); expected UTF-8 text", bytes));
            return null;
        }
        try {
            return Bytes.decode(bytes, bytes.length, src.charset().orElse(StandardCharsets.UTF_8));
        } catch (Bytes.Malformed e) {
            sink.setAside(src.bad("", e.reason(), bytes));
            return null;
        }
    }
}
