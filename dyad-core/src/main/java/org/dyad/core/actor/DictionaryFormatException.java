package org.dyad.core.actor;

/** A dictionary line could not be read; the message names the file, the line and the fix. */
public final class DictionaryFormatException extends IllegalArgumentException {
    private final String file;
    private final int line;

    public DictionaryFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
