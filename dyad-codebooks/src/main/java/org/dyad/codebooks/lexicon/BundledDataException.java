package org.dyad.codebooks.lexicon;

/** A bundled data file is missing or malformed: the jar was built wrongly. */
public final class BundledDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BundledDataException(String message) {
        super(message);
    }

    public BundledDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
