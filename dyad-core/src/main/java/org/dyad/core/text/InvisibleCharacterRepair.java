package org.dyad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletes soft hyphens (U+00AD) and zero-width characters (U+200B, U+2060, U+FEFF) that split
 * words for search engines and tokenizers alike. The joiners U+200C and U+200D are deleted only
 * between Latin letters or spaces: in Persian, Arabic, Indic scripts and emoji they carry meaning.
 */
public final class InvisibleCharacterRepair implements TextRepair {

    @Override
    public RepairKind kind() {
        return RepairKind.INVISIBLE_CHARACTER;
    }

    @Override
    public List<Edit> edits(String text) {
        List<Edit> edits = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isInvisible(c)) {
                i++;
                continue;
            }
            int end = i;
            boolean joiner = false;
            while (end < n && isInvisible(text.charAt(end))) {
                joiner |= isJoiner(text.charAt(end));
                end++;
            }
            if (!joiner || (latinOrBlank(text, i - 1) && latinOrBlank(text, end))) {
                edits.add(new Edit(i, end, ""));
            }
            i = end;
        }
        return edits;
    }

    static boolean isInvisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    private static boolean latinOrBlank(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return c < 0x250 || Character.isWhitespace(c);
    }
}
