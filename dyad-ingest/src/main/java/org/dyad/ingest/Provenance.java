package org.dyad.ingest;

import java.util.Optional;

/**
 * Where a read article came from: its source (a file, URL or "-"), its position in it (a line, a
 * record's byte offset, an item number; empty for a whole file), the author the page or feed
 * names, and for WARC records the record id and target URI.
 */
public record Provenance(String source, String position, Optional<String> author, Optional<String> recordId,
        Optional<String> targetUri) {
    public Provenance {
        if (source == null || position == null) {
            throw new IllegalArgumentException("provenance needs a source and a position (maybe empty)");
        }
        author = author == null ? Optional.empty() : author;
        recordId = recordId == null ? Optional.empty() : recordId;
        targetUri = targetUri == null ? Optional.empty() : targetUri;
    }

    public static Provenance of(String source, String position) {
        return new Provenance(source, position, Optional.empty(), Optional.empty(), Optional.empty());
    }

    Provenance withAuthor(Optional<String> a) {
        return new Provenance(source, position, a, recordId, targetUri);
    }

    /** Source and position as one name, like {@link BadArticle#name()}. */
    public String name() {
        return position.isEmpty() ? source : source + ":" + position;
    }
}
