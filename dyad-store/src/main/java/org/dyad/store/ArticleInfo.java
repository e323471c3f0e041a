package org.dyad.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A stored article: what the store keeps of it (not its text), the article it duplicates, if
 * any, and the ids of its events in order.
 */
public record ArticleInfo(String id, Optional<String> url, Optional<String> title, Optional<LocalDate> published,
        Optional<String> outlet, LocalDateTime ingestedAt, int textChars, Optional<String> duplicateOf,
        List<Long> eventIds) {
    public ArticleInfo {
        if (id == null || id.isBlank() || ingestedAt == null || textChars < 0) {
            throw new IllegalArgumentException("an article needs an id, an ingest time and a length");
        }
        eventIds = List.copyOf(eventIds);
    }
}
