package org.dyad.core.text;

/** The kinds of damage the repair chain undoes. */
public enum RepairKind {
    /** A hyphen inside a word that is not a compound: {@code Kaz-akhstan}. */
    STRAY_HYPHEN,
    /** A word hyphenated at a line end: {@code Sou-\nthern}. */
    LINE_END_HYPHEN,
    /** Soft hyphens and zero-width characters. */
    INVISIBLE_CHARACTER,
    /** A Cyrillic or Greek letter that looks Latin, inside a Latin word. */
    HOMOGLYPH,
    /** UTF-8 bytes decoded as Windows-1252 or Latin-1. */
    MOJIBAKE,
    /** HTML character entities such as {@code &amp;}. */
    HTML_ENTITY,
    /** Non-breaking and other unusual spaces. */
    SPACE,
    /** Typographic quotes and dashes normalised. */
    PUNCTUATION;

    /** Lower-case name used in JSON output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
