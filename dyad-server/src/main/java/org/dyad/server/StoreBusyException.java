package org.dyad.server;

import org.dyad.store.StoreLockedException;

/** The store is held by a writing process (usually {@code dyad ingest}); answered with HTTP 503. */
final class StoreBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreBusyException(StoreLockedException cause) {
        super(cause.getMessage() + ". DuckDB lets one process write a store or several read it, not both:"
                + " the dashboard answers again when that process ends (or post articles to this server with"
                + " --token instead of running dyad ingest beside it)", cause);
    }
}
