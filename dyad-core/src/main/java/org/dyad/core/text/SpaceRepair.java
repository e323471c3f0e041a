package org.dyad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces non-breaking and other typographic spaces (U+00A0, U+1680, U+2000-U+200A, U+202F,
 * U+205F, U+3000) by an ordinary space, one for one, so tokenizers see a word boundary and
 * offsets keep their length. Line breaks and tabs are kept: they are layout, not damage.
 */
public final class SpaceRepair implements TextRepair {

    @Override
    public RepairKind kind() {
        return RepairKind.SPACE;
    }

    @Override
    public List<Edit> edits(String text) {
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        List<Edit> edits = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u00A0' && isOddSpace(c)) { // one test rejects all of ASCII
                if (edits == null) {
                    edits = new ArrayList<>();
                }
                edits.add(new Edit(i, i + 1, " "));
            }
        }
        return edits == null ? List.of() : edits;
    }

    static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }
}
