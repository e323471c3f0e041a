package org.dyad.gazetteer;

/** The gazetteer index could not be found or read. */
public final class GazetteerLoadException extends RuntimeException {
    public GazetteerLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
