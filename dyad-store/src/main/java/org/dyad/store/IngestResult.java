package org.dyad.store;

import java.util.Optional;

/**
 * What storing one article did. When {@link #status()} is {@link Status#STORED} or
 * {@link Status#REPLACED} the article and all its events are committed to disk.
 *
 * @param newIncidents incidents this article's events opened
 * @param joinedIncidents existing incidents this article's events joined (their counts were updated)
 * @param duplicateOf the first-stored article this one is a near-duplicate of
 */
public record IngestResult(String articleId, Status status, int events, int newIncidents, int joinedIncidents,
        Optional<DuplicateLink> duplicateOf) {

    public enum Status {
        /** New article, stored with its events. */
        STORED,
        /** Same id and content hash were already stored: nothing was added. */
        ALREADY_STORED,
        /** Same id with new content: the old version and its events were replaced. */
        REPLACED
    }

    /** A near-duplicate link: {@code articleId} is a copy of {@code original}. */
    public record DuplicateLink(String original, double similarity) {}

    public IngestResult {
        duplicateOf = duplicateOf == null ? Optional.empty() : duplicateOf;
    }

    static IngestResult alreadyStored(String articleId) {
        return new IngestResult(articleId, Status.ALREADY_STORED, 0, 0, 0, Optional.empty());
    }
}
