package org.dyad.core.text;

/** A replacement of {@code [start, end)} of some text by {@code replacement}. */
public record Edit(int start, int end, String replacement) {
    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
        if (replacement == null) {
            throw new IllegalArgumentException("replacement must not be null (use \"\" to delete)");
        }
    }
}
