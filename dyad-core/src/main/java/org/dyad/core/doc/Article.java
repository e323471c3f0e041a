package org.dyad.core.doc;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article as read from its source: an id, the raw text exactly as received, and optional
 * metadata.
 */
public record Article(String id, String text, Optional<LocalDate> published, Optional<String> url,
        Optional<String> title) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an article needs a non-blank id");
        }
        if (text == null) {
            throw new IllegalArgumentException("article " + id + " has no text");
        }
        published = published == null ? Optional.empty() : published;
        url = url == null ? Optional.empty() : url;
        title = title == null ? Optional.empty() : title;
    }

    public static Article of(String id, String text) {
        return new Article(id, text, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
