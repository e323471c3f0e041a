package org.dyad.codebooks.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the World Factbook's list of a country's political parties ("National Liberation Front or
 * FLN [Amar SAIDANI] ++ Movement of Society for Peace or MSP [Abderrazak MOKRI]") into the names and
 * acronyms news calls them by: the English name, a translation given in parentheses, and the
 * acronym after "or" (three characters or more, with two capitals: "ANC", "LDPU", not "PT").
 */
final class FactbookParties {
    private static final Pattern ACRONYM = Pattern.compile("(?:^|\\s)or\\s+([A-Z][A-Za-z0-9-]{2,9})(?=\\s|$)");
    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");

    private FactbookParties() {
    }

    /** The names and acronyms of each party in a parties text. */
    static List<List<String>> read(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String entry : text.split("\\+\\+")) {
            String p = entry.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("&[a-z]+;", " ").strip();
            if (p.isEmpty() || p.toLowerCase(java.util.Locale.ROOT).startsWith("note")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher acronym = ACRONYM.matcher(p);
            if (acronym.find() && acronym.group(1).chars().filter(Character::isUpperCase).count() >= 2) {
                names.add(acronym.group(1));
            }
            Matcher alt = PARENS.matcher(p);
            while (alt.find()) {
                String a = alt.group(1).strip();
                if (a.split("\\s+").length >= 2 && a.matches("[A-Z][\\p{L} '-]+")) {
                    names.add(a);
                }
            }
            String name = PARENS.matcher(p).replaceAll(" ").split("\\s+or\\s+")[0].replaceAll("\\s+", " ").strip();
            if (name.split(" ").length >= 2 && name.matches("[A-Z][\\p{L} '.-]+")) {
                names.add(0, name);
            }
            if (!names.isEmpty()) {
                out.add(names);
            }
        }
        return out;
    }

    /**
     * A party name of two words that another country's party name contains, in any
     * case: "Communist party" (Cyprus's alias; China's, Portugal's, Chile's are longer), "Reform
     * Party", "The People", "Popular Front". News uses such a name for whichever country it is
     * writing about (the US Reform Party in Wikinews), so no one country's party owns it.
     */
    static boolean isGeneric(String name, java.util.Set<String> countries,
            java.util.Map<String, java.util.Set<String>> partyCountries) {
        if (name.split(" ").length != 2) {
            return false;
        }
        java.util.regex.Pattern inside = java.util.regex.Pattern.compile("(^|.*[\\s-])"
                + java.util.regex.Pattern.quote(name.toLowerCase(java.util.Locale.ROOT)) + "($|[\\s-].*)");
        for (java.util.Map.Entry<String, java.util.Set<String>> o : partyCountries.entrySet()) {
            boolean otherCountry = !countries.containsAll(o.getValue());
            if (otherCountry && !o.getKey().equals(name) && inside.matcher(o.getKey().toLowerCase(java.util.Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }
}
