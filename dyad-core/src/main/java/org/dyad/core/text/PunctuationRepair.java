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
        List<Edit> edits = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u2010' || c == '\u2011') {
                edits.add(new Edit(i, i + 1, "-"));
            } else if (isApostropheLookAlike(c) && i > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                edits.add(new Edit(i, i + 1, "\u2019"));
            }
        }
        return edits;
    }

    private static boolean isApostropheLookAlike(char c) {
        return c == '\u02BC' || c == '\u2032' || c == '\u00B4' || c == '`' || c == '\uFF07';
    }
}
