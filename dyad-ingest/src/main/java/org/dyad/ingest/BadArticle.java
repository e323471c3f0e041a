package org.dyad.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * An article that could not be read or coded, set aside with the reason: where it came from (a
 * file, URL or "-"), where in it (a line, a record's byte offset, an item number; empty for a
 * whole file), why, and the content when there is any to keep (at most {@link #MAX_CONTENT} bytes).
 */
public record BadArticle(String source, String position, String reason, byte[] content) {
    /** The most content kept with a set-aside article. */
    public static final int MAX_CONTENT = 1 << 20;

    public BadArticle {
        if (source == null || position == null || reason == null) {
            throw new IllegalArgumentException("a bad article needs a source, a position (maybe empty) and a reason");
        }
        content = content == null ? new byte[0]
                : Arrays.copyOf(content, Math.min(content.length, MAX_CONTENT));
    }

    /** A bad article with nothing to keep. */
    public static BadArticle of(String source, String position, String reason) {
        return new BadArticle(source, position, reason, null);
    }

    /** Source and position as one name: {@code feed.jsonl:12}, or the source alone. */
    public String name() {
        return position.isEmpty() ? source : source + ":" + position;
    }

    /** The kept content (a copy), empty when there is none. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The kept content, if any. */
    public Optional<byte[]> kept() {
        return content.length == 0 ? Optional.empty() : Optional.of(content.clone());
    }
}
