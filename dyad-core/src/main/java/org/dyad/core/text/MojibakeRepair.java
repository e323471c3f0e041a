package org.dyad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes UTF-8 bytes that were decoded as Windows-1252 or Latin-1: {@code Ã©} becomes
 * {@code é} and {@code â€™} becomes {@code ’}.
 *
 * <p>Rule: a run of non-ASCII characters that each stand for one byte is turned back into bytes;
 * every well-formed UTF-8 multi-byte sequence in it is decoded, other characters are kept. Text
 * encoded twice is decoded up to {@code maxRounds} times. Only well-formed sequences change, so
 * real accented words ({@code São}, {@code café}) stay as they are.
 */
public final class MojibakeRepair implements TextRepair {
    // Windows-1252 bytes 0x80-0x9F; '\0' marks the five bytes it leaves undefined.
    private static final String CP1252_HIGH =
            "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
            + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private final int maxRounds;

    /** Decodes up to two rounds, enough for text that was mis-decoded twice. */
    public MojibakeRepair() {
        this(2);
    }

    /** @param maxRounds how many layers of mis-decoding to undo, at least 1 */
    public MojibakeRepair(int maxRounds) {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be at least 1, got " + maxRounds);
        }
        this.maxRounds = maxRounds;
    }

    @Override
    public RepairKind kind() {
        return RepairKind.MOJIBAKE;
    }

    @Override
    public List<Edit> edits(String text) {
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        int n = chars.length;
        List<Edit> edits = null;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c < 0xC2 || c > 0xFF) { // not a UTF-8 lead byte (0xC2 and up) in disguise
                i++;
                continue;
            }
            int end = i;
            while (end < n && byteOf(chars[end]) >= 0x80) {
                end++;
            }
            String run = text.substring(i, end);
            String fixed = run;
            for (int round = 0; round < maxRounds; round++) {
                String next = decodeRun(fixed);
                if (next.equals(fixed)) {
                    break;
                }
                fixed = next;
            }
            if (!fixed.equals(run)) {
                if (edits == null) {
                    edits = new ArrayList<>();
                }
                edits.add(new Edit(i, end, fixed));
            }
            i = end;
        }
        return edits == null ? List.of() : edits;
    }

    /** Decodes the well-formed UTF-8 sequences of a run of one-byte characters. */
    private static String decodeRun(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int i = 0;
        while (i < run.length()) {
            int lead = byteOf(run.charAt(i));
            int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            int cp = decode(run, i, lead, len);
            if (cp < 0) {
                out.append(run.charAt(i));
                i++;
            } else {
                out.appendCodePoint(cp);
                i += len;
            }
        }
        return out.toString();
    }

    /** The code point of a {@code len}-byte sequence at {@code i}, or -1 if it is not well formed. */
    private static int decode(String run, int i, int lead, int len) {
        if (len == 0 || i + len > run.length()) {
            return -1;
        }
        int cp = lead & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int b = byteOf(run.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        // Reject overlong forms, surrogates and values past Unicode: they were never UTF-8.
        int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return cp;
    }

    /** The byte a character stands for in Windows-1252 (or Latin-1 for its C1 gaps), else -1. */
    static int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c <= 0xFF) {
            return c; // Latin-1 and the C1 controls a Latin-1 decoder produces
        }
        int k = CP1252_HIGH.indexOf(c);
        return k < 0 ? -1 : 0x80 + k;
    }
}
