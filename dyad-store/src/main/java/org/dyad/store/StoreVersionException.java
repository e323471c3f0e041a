package org.dyad.store;

/** The file's schema is newer than this build knows, or a migration failed. */
public final class StoreVersionException extends StoreException {
    private static final long serialVersionUID = 1L;

    StoreVersionException(String message) {
        super(message);
    }

    StoreVersionException(String message, Throwable cause) {
        super(message, cause);
    }
}
