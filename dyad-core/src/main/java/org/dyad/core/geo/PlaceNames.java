package org.dyad.core.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which names are looked up: lower case, accents removed, dots and apostrophes
 * dropped, any other run of non-letters and non-digits a single space.
 * {@code "U.S."} and {@code "US"} give {@code "us"}; {@code "Côte d'Ivoire"} gives
 * {@code "cote divoire"}; {@code "Saint-Denis"} gives {@code "saint denis"}.
 */
public final class PlaceNames {
    private PlaceNames() {
    }

    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '.' || c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
