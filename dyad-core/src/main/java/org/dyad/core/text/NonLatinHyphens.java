package org.dyad.core.text;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;

/**
 * What a hyphen between two letters of another script than Latin is. The English lexicons know no
 * word of these scripts, so without this rule every such hyphen would stay: news quotes Russian,
 * Persian or Korean words, and damage breaks them as it breaks English ones.
 * <ul>
 *   <li>Arabic (also Persian, Urdu), Hangul, Han, kana and Thai write no hyphen inside a word:
 *       join;</li>
 *   <li>Cyrillic hyphenates a few particles ({@code кто-то}, {@code из-за}, {@code по-русски}),
 *       compound adjectives whose first part ends in a linking vowel ({@code военно-морской})
 *       and names ({@code Санкт-Петербург}): keep those, join the rest.</li>
 * </ul>
 * A linguistic rule, like {@link RepairChains#PREFIXES}, not a vocabulary.
 */
final class NonLatinHyphens {
    private static final Set<UnicodeScript> NO_HYPHENS = Set.of(UnicodeScript.ARABIC, UnicodeScript.HANGUL,
            UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.THAI);
    private static final Set<String> CYRILLIC_FIRST = Set.of("кое", "кой", "по", "во", "из", "в", "северо",
            "юго");
    private static final Set<String> CYRILLIC_SECOND = Set.of("то", "либо", "нибудь", "ка", "таки", "де", "за",
            "под", "на");
    private static final int LINKED_PART = 4;

    private NonLatinHyphens() {
    }

    /** True to join, false to keep, null when neither side's script is one this rule knows. */
    static Boolean join(String a, String b) {
        UnicodeScript left = UnicodeScript.of(a.codePointBefore(a.length()));
        UnicodeScript right = UnicodeScript.of(b.codePointAt(0));
        if (left != right) {
            return null;
        }
        if (NO_HYPHENS.contains(left)) {
            return true;
        }
        if (left != UnicodeScript.CYRILLIC) {
            return null;
        }
        if (Character.isUpperCase(b.charAt(0))) {
            return false;
        }
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        if (CYRILLIC_FIRST.contains(la) || CYRILLIC_SECOND.contains(lb)) {
            return false;
        }
        char link = la.charAt(la.length() - 1);
        boolean linked = (link == 'о' || link == 'е') && la.length() >= LINKED_PART && lb.length() >= LINKED_PART;
        return !linked;
    }
}
