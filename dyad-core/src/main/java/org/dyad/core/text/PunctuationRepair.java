package org.dyad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises look-alike punctuation to one spelling per mark.
 *
 * <p>Curly quotes are kept as they are: CoreNLP tokenizes them correctly and they tell opening
 * from closing quotes. What changes: Unicode hyphens U+2010 and U+2011 become {@code -} (so the
 * hyphen repairs see them); and characters used as an
 * apostrophe between letters (U+02BC, U+2032, U+00B4, U+0060, U+FF07) become {@code ’} (U+2019),
 * the apostrophe the rest of the text already uses. Standalone accents and primes are left alone.
 */
public final class PunctuationRepair implements TextRepair {

    @Override
    public RepairKind kind() {
        return RepairKind.PUNCTUATION;
    }

    @Override
    public List<Edit> edits(String text) {
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        int n = chars.length;
        List<Edit> edits = null;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < '\u00B4' && c != '`') { // one test rejects nearly all of ASCII
                continue;
            }
            String replacement = null;
            if (c == '\u2010' || c == '\u2011') {
                replacement = "-";
            } else if (isApostropheLookAlike(c) && i > 0 && i + 1 < n
                    && Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1])) {
                replacement = "\u2019";
            }
            if (replacement != null) {
                if (edits == null) {
                    edits = new ArrayList<>();
                }
                edits.add(new Edit(i, i + 1, replacement));
            }
        }
        return edits == null ? List.of() : edits;
    }

    private static boolean isApostropheLookAlike(char c) {
        return c == '\u02BC' || c == '\u2032' || c == '\u00B4' || c == '`' || c == '\uFF07';
    }
}
