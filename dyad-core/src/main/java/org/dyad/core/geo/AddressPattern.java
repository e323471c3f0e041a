package org.dyad.core.geo;

import java.util.List;
import org.dyad.core.doc.TokenLayer;

/**
 * The second half of a {@code City, ST} address or dateline: after a name and a comma, a short
 * written form of a first-level region ({@code Charleston, W.Va.}, {@code Austin, TX},
 * {@code Victoria, B.C.}). Abbreviations are places only here: {@code TX} or {@code Ill.} alone
 * is no place, and a two-letter form must be written in capitals.
 */
final class AddressPattern {
    /** Tokens an abbreviation may span: {@code W . Va .} when a tokenizer splits at dots. */
    private static final int MAX_TOKENS = 5;

    private final Gazetteer gazetteer;

    AddressPattern(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A region abbreviation found right after a name and a comma. */
    record Match(int firstToken, int endToken, List<Candidate> candidates) {
    }

    /**
     * The abbreviation starting at token {@code comma + 1}, when token {@code comma} is a comma
     * that follows a capitalised word; else null.
     */
    Match after(TokenLayer tokens, int comma, boolean[] taken) {
        int first = comma + 1;
        if (comma < 1 || first >= tokens.size() || !tokens.word(comma).equals(",") || taken[first]
                || !PlaceRecognizer.capitalised(tokens.word(comma - 1)) || !PlaceRecognizer.capitalised(tokens.word(first))) {
            return null;
        }
        for (int end = Math.min(tokens.size(), first + MAX_TOKENS); end > first; end--) {
            if (!adjacentLettersAndDots(tokens, first, end, taken)) {
                continue;
            }
            StringBuilder written = new StringBuilder();
            for (int t = first; t < end; t++) {
                written.append(tokens.word(t));
            }
            List<Candidate> cands = gazetteer.candidates(PlaceNames.normalize(written.toString())).stream()
                    .filter(c -> c.kind() == NameKind.ABBREVIATION).toList();
            if (!cands.isEmpty() && plausible(written.toString())) {
                return new Match(first, end, cands);
            }
        }
        return null;
    }

    /**
     * A form of two letters or fewer must be capitals ({@code TX}, {@code D.C.}) or a capital
     * with its dot ({@code Ga.}, {@code Mo.}, {@code Pa.}), never {@code in} or {@code Me}.
     */
    private static boolean plausible(String written) {
        long letters = written.chars().filter(Character::isLetter).count();
        return letters > 2 || written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || written.endsWith(".") && Character.isUpperCase(written.charAt(0));
    }

    private static boolean adjacentLettersAndDots(TokenLayer tokens, int first, int end, boolean[] taken) {
        for (int t = first; t < end; t++) {
            String w = tokens.word(t);
            if (taken[t] || !(w.equals(".") || w.chars().allMatch(c -> Character.isLetter(c) || c == '.'))) {
                return false;
            }
            if (t > first && tokens.start(t) != tokens.end(t - 1)) {
                return false;
            }
        }
        return !tokens.word(first).equals(".");
    }
}
