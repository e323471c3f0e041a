package org.dyad.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes HTML character references left in scraped text: numeric ones ({@code &#8217;},
 * {@code &#x2019;}) and the named ones news pages use ({@code &amp;}, {@code &nbsp;},
 * {@code &rsquo;}, {@code &eacute;}, ...). A reference needs its closing semicolon, so prose such as
 * {@code AT&T} or {@code R&D} is never read as markup.
 */
public final class HtmlEntityRepair implements TextRepair {
    private static final int MAX_NAME = 10;

    // The HTML names that occur in news text; the rest of HTML's 2,000 names are for math and
    // rare scripts. Kept as (name, code point) pairs.
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("amp", 0x26), Map.entry("lt", 0x3C), Map.entry("gt", 0x3E),
            Map.entry("quot", 0x22), Map.entry("apos", 0x27), Map.entry("nbsp", 0xA0),
            Map.entry("shy", 0xAD), Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014),
            Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("sbquo", 0x201A),
            Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D), Map.entry("bdquo", 0x201E),
            Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB), Map.entry("hellip", 0x2026),
            Map.entry("bull", 0x2022), Map.entry("middot", 0xB7), Map.entry("copy", 0xA9),
            Map.entry("reg", 0xAE), Map.entry("trade", 0x2122), Map.entry("deg", 0xB0),
            Map.entry("euro", 0x20AC), Map.entry("pound", 0xA3), Map.entry("yen", 0xA5),
            Map.entry("cent", 0xA2), Map.entry("sect", 0xA7), Map.entry("para", 0xB6),
            Map.entry("times", 0xD7), Map.entry("divide", 0xF7), Map.entry("plusmn", 0xB1),
            Map.entry("frac12", 0xBD), Map.entry("frac14", 0xBC), Map.entry("frac34", 0xBE),
            Map.entry("thinsp", 0x2009), Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003),
            Map.entry("zwj", 0x200D), Map.entry("zwnj", 0x200C), Map.entry("lrm", 0x200E),
            Map.entry("rlm", 0x200F), Map.entry("prime", 0x2032), Map.entry("Prime", 0x2033),
            Map.entry("aacute", 0xE1), Map.entry("Aacute", 0xC1), Map.entry("agrave", 0xE0),
            Map.entry("Agrave", 0xC0), Map.entry("acirc", 0xE2), Map.entry("atilde", 0xE3),
            Map.entry("auml", 0xE4), Map.entry("Auml", 0xC4), Map.entry("aring", 0xE5),
            Map.entry("ccedil", 0xE7), Map.entry("Ccedil", 0xC7), Map.entry("eacute", 0xE9),
            Map.entry("Eacute", 0xC9), Map.entry("egrave", 0xE8), Map.entry("ecirc", 0xEA),
            Map.entry("euml", 0xEB), Map.entry("iacute", 0xED), Map.entry("icirc", 0xEE),
            Map.entry("iuml", 0xEF), Map.entry("ntilde", 0xF1), Map.entry("Ntilde", 0xD1),
            Map.entry("oacute", 0xF3), Map.entry("Oacute", 0xD3), Map.entry("ocirc", 0xF4),
            Map.entry("otilde", 0xF5), Map.entry("ouml", 0xF6), Map.entry("Ouml", 0xD6),
            Map.entry("oslash", 0xF8), Map.entry("uacute", 0xFA), Map.entry("ugrave", 0xF9),
            Map.entry("ucirc", 0xFB), Map.entry("uuml", 0xFC), Map.entry("Uuml", 0xDC),
            Map.entry("szlig", 0xDF), Map.entry("scaron", 0x161), Map.entry("Scaron", 0x160),
            Map.entry("zcaron", 0x17E), Map.entry("Zcaron", 0x17D));

    @Override
    public RepairKind kind() {
        return RepairKind.HTML_ENTITY;
    }

    @Override
    public List<Edit> edits(String text) {
        List<Edit> edits = new ArrayList<>();
        int from = 0;
        int amp;
        while ((amp = text.indexOf('&', from)) >= 0) {
            from = amp + 1;
            int semi = -1;
            int limit = Math.min(text.length(), amp + 2 + MAX_NAME);
            for (int j = amp + 1; j < limit; j++) {
                char c = text.charAt(j);
                if (c == ';') {
                    semi = j;
                    break;
                }
                if (!Character.isLetterOrDigit(c) && c != '#') {
                    break;
                }
            }
            if (semi < 0) {
                continue;
            }
            int cp = codePoint(text.substring(amp + 1, semi));
            if (cp >= 0) {
                edits.add(new Edit(amp, semi + 1, new String(Character.toChars(cp))));
                from = semi + 1;
            }
        }
        return edits;
    }

    /** The code point a reference body ({@code amp}, {@code #8217}, {@code #x2019}) names, or -1. */
    private static int codePoint(String body) {
        if (body.startsWith("#")) {
            try {
                boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
                int cp = hex ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
                boolean valid = cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
                return valid ? cp : -1;
            } catch (NumberFormatException e) {
                return -1; // not a number: ordinary text such as "&#tag;"
            }
        }
        Integer cp = NAMED.get(body);
        return cp == null ? -1 : cp;
    }
}
