package org.dyad.core.text;

/**
 * One change made to an article, in raw-text offsets: raw {@code [start, end)} read {@code from}
 * and now reads {@code to}.
 */
public record Repair(int start, int end, String from, String to, RepairKind kind) {
    public Repair {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad repair range [" + start + ", " + end + ")");
        }
        if (from == null || to == null || kind == null) {
            throw new IllegalArgumentException("repair needs from, to and kind");
        }
    }
}
