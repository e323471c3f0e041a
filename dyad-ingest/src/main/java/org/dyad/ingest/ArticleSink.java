package org.dyad.ingest;

/**
 * Receives what readers produce, in input order, one at a time, while the input is still being
 * read: good articles, articles set aside, and the count of raw bytes consumed (for progress).
 */
public interface ArticleSink {
    void article(ReadArticle article);

    void setAside(BadArticle bad);

    /** {@code n} more bytes of raw input were consumed. */
    default void bytesRead(long n) {
    }
}
