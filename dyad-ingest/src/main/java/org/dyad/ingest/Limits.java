package org.dyad.ingest;

import java.nio.charset.StandardCharsets;
import org.dyad.core.doc.Article;

/** The size limit on one article, and the last check every reader makes before passing an article on. */
record Limits(int maxChars) {
    Limits {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
    }

    /** The most bytes {@link #maxChars} characters of UTF-8 can take. */
    long maxBytes() {
        return 3L * maxChars;
    }

    String tooLong(String size) {
        return "text of " + size + " characters exceeds the limit of " + maxChars + "; split it or raise --max-chars";
    }

    /** Passes {@code article} on, or sets it aside when it has no text or too much. */
    void offer(Article article, Provenance from, ArticleSink sink) {
        if (article.text().isBlank()) {
            sink.setAside(new BadArticle(from.source(), from.position(), "no text",
                    article.text().getBytes(StandardCharsets.UTF_8)));
        } else if (article.text().length() > maxChars) {
            sink.setAside(new BadArticle(from.source(), from.position(), tooLong(String.valueOf(article.text().length())),
                    article.text().getBytes(StandardCharsets.UTF_8)));
        } else {
            sink.article(new ReadArticle(article, from));
        }
    }
}
