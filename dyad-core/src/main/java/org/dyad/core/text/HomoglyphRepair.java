package org.dyad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces Cyrillic and Greek letters that look Latin when they sit inside an otherwise Latin
 * word: {@code Hаmas} with a Cyrillic {@code а} becomes {@code Hamas}.
 *
 * <p>Rule: a word (a run of letters) is rewritten only when it has at least one Latin letter and
 * every non-Latin letter in it has a Latin look-alike. Real Cyrillic and Greek words have no Latin
 * letters and are left alone, as are mixed words with letters that look like nothing Latin.
 */
public final class HomoglyphRepair implements TextRepair {
    // Pairs of (look-alike, Latin letter): the glyphs fonts draw the same, by shape only.
    private static final String LOOK_ALIKES =
            // Cyrillic lower case
            "аaеeоoрpсcуyхxіiјjѕsԁdԛqԝwһhӏlѵv"
            // Cyrillic upper case
            + "АAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSԌGԚQԜWӀI"
            // Greek lower case
            + "οoνvρpιiκkυuχxαaϳj"
            // Greek upper case
            + "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";

    // Greek and Cyrillic: the blocks all look-alikes come from, indexed by code point.
    private static final char FIRST = '\u0370';
    private static final char LAST = '\u052F';
    private static final char[] LATIN_FOR = new char[LAST - FIRST + 1];

    static {
        for (int k = 0; k < LOOK_ALIKES.length(); k += 2) {
            LATIN_FOR[LOOK_ALIKES.charAt(k) - FIRST] = LOOK_ALIKES.charAt(k + 1);
        }
    }

    @Override
    public RepairKind kind() {
        return RepairKind.HOMOGLYPH;
    }

    @Override
    public List<Edit> edits(String text) {
        char[] chars = text.toCharArray(); // array reads skip String's per-call bounds checks
        int n = chars.length;
        List<Edit> edits = null;
        int i = nextLookAlike(chars, 0);
        // Only a word with a look-alike can change: jump from one to the next (most texts have none).
        while (i < n) {
            int start = i;
            while (start > 0 && Character.isLetter(chars[start - 1])) {
                start--;
            }
            int end = start;
            boolean latin = false;
            boolean foreign = false;
            while (end < n && Character.isLetter(chars[end])) {
                char c = chars[end];
                if (isLatin(c)) {
                    latin = true;
                } else if (latinFor(c) == 0) {
                    foreign = true;
                }
                end++;
            }
            if (latin && !foreign) {
                for (int k = start; k < end; k++) {
                    char l = latinFor(chars[k]);
                    if (l != 0) {
                        if (edits == null) {
                            edits = new ArrayList<>();
                        }
                        edits.add(new Edit(k, k + 1, String.valueOf(l)));
                    }
                }
            }
            i = nextLookAlike(chars, end);
        }
        return edits == null ? List.of() : edits;
    }

    private static int nextLookAlike(char[] chars, int from) {
        int i = from;
        while (i < chars.length && latinFor(chars[i]) == 0) {
            i++;
        }
        return i;
    }

    private static boolean isLatin(char c) {
        return c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF);
    }

    /** The Latin letter {@code c} imitates, or 0. */
    static char latinFor(char c) {
        return c < FIRST || c > LAST ? 0 : LATIN_FOR[c - FIRST];
    }
}
