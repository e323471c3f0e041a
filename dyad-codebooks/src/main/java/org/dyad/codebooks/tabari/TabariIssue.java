package org.dyad.codebooks.tabari;

/**
 * A line of a TABARI/PETRARCH dictionary that Dyad read but could not use (a code that is not
 * groups of three letters, a malformed date, an entry without a code), with the reason.
 */
public record TabariIssue(String file, int line, String reason) {
    public TabariIssue {
        if (file == null || reason == null || line < 0) {
            throw new IllegalArgumentException("an issue needs its file, line and reason");
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
