package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalises dictionary phrases and text tokens the same way, so they can be compared. */
public final class Phrase {
    private Phrase() {
    }

    /** Letters with dots: "N.A.T.O.", "U.S.", "A.N.C" (an acronym written with dots). */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\p{L}\\.)+\\p{L}\\.?");

    /** Lower-cases and folds typographic apostrophes and dashes; an acronym keeps its dots. */
    public static String normalize(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC' -> sb.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013' -> sb.append('-');
                default -> sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A normalised word written as an acronym with dots without them ("n.a.t.o." -> "nato"), else
     * the word. Only the text's words are read both ways: "N.A.T.O." in the text finds a
     * dictionary's "NATO", while a dictionary's "U.S." finds only "U.S.", since a dictionary lists
     * the plain form when it means it (PETRARCH's lists "+USA" and "+U.S." but not "US", in
     * capitals also the pronoun of a headline).
     */
    public static String undotted(String word) {
        return word.length() >= 3 && DOTTED.matcher(word).matches() ? word.replace(".", "") : word;
    }

    /**
     * Splits a dictionary phrase into normalised words: on whitespace, with a possessive
     * {@code 's} split off as CoreNLP's tokenizer does.
     */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String n = normalize(w);
            if (n.endsWith("'s") && n.length() > 2) {
                out.add(n.substring(0, n.length() - 2));
                out.add("'s");
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** The words with each inner hyphen made a word of its own, as CoreNLP tokenises them. */
    public static List<String> splitHyphens(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.length() < 3 || w.indexOf('-') <= 0 || w.endsWith("-")) {
                out.add(w);
                continue;
            }
            String[] parts = w.split("-", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.add("-");
                }
                if (!parts[i].isEmpty()) {
                    out.add(parts[i]);
                }
            }
        }
        return out;
    }
}
