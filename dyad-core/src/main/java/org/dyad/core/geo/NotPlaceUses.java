package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.TokenLayer;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * Place names used as something other than a place: a currency ({@code US$500}, {@code HK$}) and
 * the demonyms of an ethnic name ({@code Native American}, {@code African American voters},
 * {@code Chinese Americans}, {@code American Indian}; not the hyphenated {@code Turkish-American ties}, {@code Indian Country}), where no reader
 * locates a country.
 */
final class NotPlaceUses {
    private static final Set<String> ETHNIC_HEADS = Set.of("american", "americans", "indian", "indians");
    /** Words after {@code Indian} that make it a Native American people's, not India's. */
    private static final Set<String> NATIVE_NOUNS = Set.of("country", "community", "communities", "reservation",
            "reservations", "nation", "nations", "tribe", "tribes", "affairs", "health");

    private NotPlaceUses() {
    }

    static List<Recognized> drop(Document doc, List<Recognized> out) {
        TokenLayer tokens = doc.tokens();
        String text = doc.text().text();
        List<Recognized> kept = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Recognized r = out.get(i);
            Recognized next = i + 1 < out.size() ? out.get(i + 1) : null;
            Recognized prev = i > 0 ? out.get(i - 1) : null;
            if (!currency(tokens, r) && !ethnic(tokens, text, prev, r, next)) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** {@code US$}: one token ending in the sign, or the sign right after the name. */
    private static boolean currency(TokenLayer tokens, Recognized r) {
        int end = r.endToken();
        return tokens.word(end - 1).endsWith("$")
                || end < tokens.size() && tokens.word(end).startsWith("$") && tokens.start(end) == tokens.end(end - 1);
    }

    private static boolean ethnic(TokenLayer tokens, String text, Recognized prev, Recognized r, Recognized next) {
        if (!demonym(r)) {
            return false;
        }
        String word = lower(text, tokens, r);
        int first = r.firstToken();
        if (first > 0 && tokens.word(first - 1).equals("Native")) {
            return true; // "Native American voters", "Native Hawaiians"
        }
        if (next != null && demonym(next) && adjoining(tokens, r, next) && ETHNIC_HEADS.contains(lower(text, tokens, next))) {
            return true; // "African American", "Chinese Americans", "American Indian"
        }
        if (prev != null && demonym(prev) && adjoining(tokens, prev, r) && ETHNIC_HEADS.contains(word)) {
            return true;
        }
        int end = r.endToken();
        return word.startsWith("indian") && end < tokens.size() && NATIVE_NOUNS.contains(tokens.word(end).toLowerCase(Locale.ROOT));
    }

    private static boolean demonym(Recognized r) {
        return r.candidates().stream().anyMatch(c -> c.kind() == NameKind.DEMONYM);
    }

    /** The second name follows the first after a space: {@code Turkish-American cooperation} is of two countries. */
    private static boolean adjoining(TokenLayer tokens, Recognized a, Recognized b) {
        return b.firstToken() == a.endToken() && tokens.start(b.firstToken()) > tokens.end(a.endToken() - 1);
    }

    private static String lower(String text, TokenLayer tokens, Recognized r) {
        return text.substring(tokens.start(r.firstToken()), tokens.end(r.endToken() - 1)).toLowerCase(Locale.ROOT);
    }
}
