package org.dyad.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.dyad.core.text.OffsetMap;
import org.dyad.core.text.Span;

/** The kinds of damage the benchmark injects, each with its own injector. */
enum Noise {
    STRAY_HYPHEN, LINE_END_HYPHEN, INVISIBLE_CHARACTER, HOMOGLYPH, MOJIBAKE, HTML_ENTITY, SPACE;

    private static final String INVISIBLES = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    // Latin letter, then the Cyrillic or Greek letters drawn like it.
    private static final String[] LOOK_ALIKES = {"aа", "eе", "oоο", "pр", "cс", "xх", "yу", "iі",
        "sѕ", "jј", "AАΑ", "BВΒ", "EЕΕ", "KКΚ", "MМΜ", "HНΗ", "OОΟ", "PРΡ", "CС", "TТΤ", "XХΧ"};
    private static final String SPACES = "\u00A0\u2009\u202F\u2002";
    private static final String CP1252_HIGH =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /** A damaged text, its map back to the clean text, and the clean spans that were damaged. */
    record Damaged(String text, OffsetMap toClean, List<Span> damaged, List<Span> compoundsTouched) {
    }

    /**
     * Every kind of damage, one after the other in declaration order, on the same text: later
     * kinds strike words that earlier ones damaged (a homoglyph then mojibake of that word, then
     * its bytes as HTML entities). Damaged spans are given in clean offsets.
     */
    static Damaged stacked(String clean, double rate, Random random) {
        String text = clean;
        OffsetMap toClean = OffsetMap.identity(clean.length());
        List<Span> damaged = new ArrayList<>();
        List<Span> compounds = new ArrayList<>();
        for (Noise noise : values()) {
            Damaged d = noise.inject(text, rate, random);
            for (Span s : d.damaged()) {
                damaged.add(cleanSpan(toClean, s));
            }
            for (Span s : d.compoundsTouched()) {
                compounds.add(cleanSpan(toClean, s));
            }
            text = d.text();
            toClean = d.toClean().andThen(toClean);
        }
        damaged.sort(Comparator.comparingInt(Span::start));
        return new Damaged(text, toClean, damaged, compounds);
    }

    private static Span cleanSpan(OffsetMap toClean, Span s) {
        int start = toClean.toRawStart(s.start());
        return new Span(start, Math.max(start, toClean.toRawEnd(s.end())));
    }

    /** Damages {@code rate} of the eligible words of {@code clean}. */
    Damaged inject(String clean, double rate, Random random) {
        StringBuilder out = new StringBuilder(clean.length() + 64);
        OffsetMap.Builder map = new OffsetMap.Builder();
        List<Span> damaged = new ArrayList<>();
        List<Span> compounds = new ArrayList<>();
        int copiedTo = 0;
        if (this == MOJIBAKE || this == HTML_ENTITY) {
            // Only non-ASCII text can be damaged this way, and it is rarer than the rate: damage
            // every whitespace-delimited token holding a non-ASCII character.
            for (Span t : tokens(clean)) {
                String tok = t.of(clean);
                if (tok.chars().allMatch(c -> c < 128)) {
                    continue;
                }
                String bad = this == MOJIBAKE ? mojibake(tok) : entities(tok);
                out.append(clean, copiedTo, t.start());
                map.copy(t.start() - copiedTo);
                out.append(bad);
                map.replace(bad.length(), tok.length());
                copiedTo = t.end();
                damaged.add(t);
            }
        } else {
            for (Span w : words(clean)) {
                if (this == LINE_END_HYPHEN && isCompound(clean, w) && random.nextDouble() < rate) {
                    // A real compound wrapped after its hyphen: must come back hyphenated.
                    int h = w.start() + w.of(clean).indexOf('-') + 1;
                    out.append(clean, copiedTo, h);
                    map.copy(h - copiedTo);
                    out.append('\n');
                    map.replace(1, 0);
                    copiedTo = h;
                    compounds.add(w);
                    continue;
                }
                if (!isPlainWord(clean, w) || random.nextDouble() >= rate) {
                    continue;
                }
                String word = w.of(clean);
                int at = 1 + random.nextInt(word.length() - 1);
                String insert;
                int replaced = 0;
                switch (this) {
                    case STRAY_HYPHEN -> insert = "-";
                    case LINE_END_HYPHEN -> insert = "-\n";
                    case INVISIBLE_CHARACTER -> insert = String.valueOf(INVISIBLES.charAt(random.nextInt(INVISIBLES.length())));
                    case HOMOGLYPH -> {
                        at = -1;
                        insert = "";
                        List<Integer> options = new ArrayList<>();
                        for (int k = 0; k < word.length(); k++) {
                            if (lookAlikes(word.charAt(k)) != null) {
                                options.add(k);
                            }
                        }
                        if (!options.isEmpty()) {
                            at = options.get(random.nextInt(options.size()));
                            String alikes = lookAlikes(word.charAt(at));
                            insert = String.valueOf(alikes.charAt(1 + random.nextInt(alikes.length() - 1)));
                            replaced = 1;
                        }
                    }
                    case SPACE -> {
                        at = word.length(); // the space after the word, if there is one
                        boolean spaceAfter = w.end() < clean.length() && clean.charAt(w.end()) == ' ';
                        insert = spaceAfter ? String.valueOf(SPACES.charAt(random.nextInt(SPACES.length()))) : "";
                        replaced = spaceAfter ? 1 : 0;
                        if (!spaceAfter) {
                            at = -1;
                        }
                    }
                    default -> throw new IllegalStateException(name());
                }
                if (at < 0) {
                    continue;
                }
                int pos = w.start() + at;
                out.append(clean, copiedTo, pos);
                map.copy(pos - copiedTo);
                out.append(insert);
                map.replace(insert.length(), replaced);
                copiedTo = pos + replaced;
                damaged.add(this == SPACE ? new Span(w.start(), w.end() + 1) : w);
            }
        }
        out.append(clean, copiedTo, clean.length());
        map.copy(clean.length() - copiedTo);
        return new Damaged(out.toString(), map.build(), damaged, compounds);
    }

    private static String lookAlikes(char c) {
        for (String s : LOOK_ALIKES) {
            if (s.charAt(0) == c) {
                return s;
            }
        }
        return null;
    }

    /** UTF-8 bytes read back as Windows-1252, with Latin-1 for the bytes it leaves undefined. */
    static String mojibake(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int v = x & 0xFF;
            b.append(v >= 0x80 && v <= 0x9F ? CP1252_HIGH.charAt(v - 0x80) : (char) v);
        }
        return b.toString();
    }

    static String entities(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case 0x2019 -> b.append("&rsquo;");
                case 0x201C -> b.append("&ldquo;");
                case 0x201D -> b.append("&rdquo;");
                case 0x2014 -> b.append("&mdash;");
                default -> {
                    if (cp < 128) {
                        b.append((char) cp);
                    } else {
                        b.append("&#").append(cp).append(';');
                    }
                }
            }
        });
        return b.toString();
    }

    /** Whitespace-delimited tokens: the unit the scores count. */
    static List<Span> tokens(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new Span(s, i));
            }
        }
        return out;
    }

    /** Runs of letters, with the hyphen chains they belong to kept whole. */
    private static List<Span> words(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            out.add(new Span(s, i));
        }
        return out;
    }

    /** A word of four or more letters standing alone (not part of a compound or a number). */
    private static boolean isPlainWord(String text, Span w) {
        String s = w.of(text);
        if (s.length() < 4 || s.indexOf('-') >= 0) {
            return false;
        }
        return (w.start() == 0 || !isJoiner(text.charAt(w.start() - 1)))
                && (w.end() == text.length() || !isJoiner(text.charAt(w.end())));
    }

    private static boolean isCompound(String text, Span w) {
        return w.of(text).indexOf('-') > 0 && (w.start() == 0 || !isJoiner(text.charAt(w.start() - 1)))
                && (w.end() == text.length() || !isJoiner(text.charAt(w.end())));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || Character.isDigit(c) || c == '/' || c == '@' || c == '_';
    }
}
