package org.dyad.core.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A spelling-blind key for a word of a person's name, so that the transliterations news uses
 * match a dictionary's: "Mirziyoyev" and "Mirzioyev", "el-Sisi" and "al-Sissi", "Zelenskyy" and
 * "Zelenskiy", "Berdimuhamedow" and "Berdymukhamedov" fall together. The key drops diacritics and
 * apostrophes, reads {@code y} as {@code i}, {@code kh} as {@code h}, {@code dj} as {@code j} and a
 * final {@code w} as {@code v}, writes every Arabic article ({@code el}, {@code ul}, {@code ad},
 * ...) as {@code al}, and collapses doubled letters.
 */
public final class NameKey {
    /** The forms of the Arabic article news writes before a name, with a hyphen or alone. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ad", "ar", "as", "at", "ash", "az", "an");

    private NameKey() {
    }

    /** The key of one word (a token or a dictionary word). */
    public static String of(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019' || c == '`'
                    || c == '\u02BC' || c == '\u02BF' || c == '\u02BE') {
                continue;
            }
            letters.append(c == 'y' ? 'i' : c);
        }
        String s = letters.toString();
        if (ARTICLES.contains(s)) {
            return "al";
        }
        s = s.replace("kh", "h").replace("dj", "j");
        if (s.length() > 3 && s.endsWith("w")) {
            s = s.substring(0, s.length() - 1) + "v";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** The keys of a phrase's words. */
    public static List<String> of(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(of(w));
        }
        return out;
    }
}
