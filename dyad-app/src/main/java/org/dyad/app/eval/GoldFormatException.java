package org.dyad.app.eval;

/** A gold file could not be read; the message names the file, the line and what to fix. */
public final class GoldFormatException extends IllegalArgumentException {
    public GoldFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
