package org.dyad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletes soft hyphens (U+00AD) and zero-width characters (U+200B, U+2060, U+FEFF) that split
 * words for search engines and tokenizers alike. The joiners U+200C and U+200D are deleted only
 * between Latin, Greek or Cyrillic letters or spaces: in Persian, Arabic, Indic scripts and emoji
 * they carry meaning.
 * A soft hyphen that ends a line inside a word takes the line break with it.
 */
public final class InvisibleCharacterRepair implements TextRepair {

    @Override
    public RepairKind kind() {
        return RepairKind.INVISIBLE_CHARACTER;
    }

    @Override
    public List<Edit> edits(String text) {
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        int n = chars.length;
        int i = 0;
        while (i < n && (chars[i] < '\u00AD' || !isInvisible(chars[i]))) { // most texts have none
            i++;
        }
        if (i == n) {
            return List.of();
        }
        List<Edit> edits = new ArrayList<>();
        while (i < n) {
            char c = chars[i];
            if (c < '\u00AD' || !isInvisible(c)) {
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
                edits.add(new Edit(i, softBreakEnd(text, i, end), ""));
            }
            i = end;
        }
        return edits;
    }

    /**
     * A soft hyphen is where a typesetter may break a word; when the break was taken and the line
     * ends there ({@code Sou\u00AD\nthern}), the line break and indentation go with it.
     */
    private static int softBreakEnd(String text, int start, int end) {
        if (text.charAt(end - 1) != '\u00AD' || start == 0 || !Character.isLetter(text.charAt(start - 1))) {
            return end;
        }
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k < text.length() && text.charAt(k) == '\r') {
            k++;
        }
        if (k >= text.length() || text.charAt(k) != '\n') {
            return end;
        }
        k++;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k < text.length() && Character.isLetter(text.charAt(k)) ? k : end;
    }

    static boolean isInvisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    /**
     * Latin, Greek and Cyrillic spelling has no use for joiners. Greek and Cyrillic count because a
     * look-alike letter in a Latin word ({@code Saturdа} with a Cyrillic {@code а}) is only made
     * Latin by a later step.
     */
    private static boolean latinOrBlank(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return c < 0x250 || (c >= 0x370 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1EFF) || Character.isWhitespace(c);
    }
}
