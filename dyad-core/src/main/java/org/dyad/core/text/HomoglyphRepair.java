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

    @Override
    public RepairKind kind() {
        return RepairKind.HOMOGLYPH;
    }

    @Override
    public List<Edit> edits(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && latinFor(text.charAt(i)) == 0) { // most texts have no look-alike at all
            i++;
        }
        if (i == n) {
            return List.of();
        }
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) { // back to the start of its word
            i--;
        }
        List<Edit> edits = new ArrayList<>();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean latin = false;
            boolean lookAlike = false;
            boolean foreign = false;
            while (end < n && Character.isLetter(text.charAt(end))) {
                char c = text.charAt(end);
                if (isLatin(c)) {
                    latin = true;
                } else if (latinFor(c) != 0) {
                    lookAlike = true;
                } else {
                    foreign = true;
                }
                end++;
            }
            if (latin && lookAlike && !foreign) {
                for (int k = i; k < end; k++) {
                    char l = latinFor(text.charAt(k));
                    if (l != 0) {
                        edits.add(new Edit(k, k + 1, String.valueOf(l)));
                    }
                }
            }
            i = end;
        }
        return edits;
    }

    private static boolean isLatin(char c) {
        return c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF);
    }

    /** The Latin letter {@code c} imitates, or 0. */
    static char latinFor(char c) {
        if (c < 0x370 || c > 0x52F) {
            return 0;
        }
        for (int k = 0; k < LOOK_ALIKES.length(); k += 2) {
            if (LOOK_ALIKES.charAt(k) == c) {
                return LOOK_ALIKES.charAt(k + 1);
            }
        }
        return 0;
    }
}
