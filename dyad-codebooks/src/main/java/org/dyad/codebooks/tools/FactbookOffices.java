package org.dyad.codebooks.tools;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the World Factbook's office texts ("President Shavkat MIRZIYOYEV (since 14 December
 * 2016); Vice President ...; note - ...") into holders: the title, the given names, the surname
 * (the Factbook writes it in capitals), the names after it, and the start of office.
 */
final class FactbookOffices {
    private static final Pattern SINCE = Pattern.compile("since\\s+(\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4})");
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|slash);");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Words of titles and ranks: never a given name. */
    private static final Set<String> TITLE_WORDS = Set.of("president", "vice", "prime", "minister", "deputy", "first",
            "second", "third", "interim", "acting", "executive", "transitional", "king", "queen", "emir", "amir",
            "sultan", "crown", "prince", "princess", "supreme", "leader", "chairman", "chairwoman", "chancellor",
            "premier", "grand", "duke", "emperor", "pope", "governor", "general", "of", "the", "and", "republic",
            "state", "council", "presidential", "captain", "regent", "ceo", "chief", "head", "government", "federal",
            "sir", "dr.", "gen.", "lt.", "maj.", "brig.", "col.", "field", "marshal", "sheikh", "shaykh", "coprince",
            "co-prince", "french", "episcopal", "heir", "apparent", "sovereign", "national", "assembly", "speaker",
            "military", "junta", "committee", "presidency", "member", "members", "revolutionary", "lord", "mann");
    /** Words of a note on someone who no longer holds the office, and Andorra's co-princes (France's president). */
    private static final Set<String> NOT_IN_OFFICE = Set.of("former ", "overthrown", " died", "resigned", "ousted",
            "deposed", "killed", "vacant", "coprince", "co-prince");
    private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI");

    /**
     * A note on the end of someone's office: "former President Bashar al-ASAD was overthrown by
     * Islamist rebels on 8 December 2024", "President John MAGUFULI died on 17 March 2021".
     */
    private static final Pattern ENDING = Pattern.compile("\\b(died|was overthrown|was ousted|was deposed|was removed"
            + "|was killed|was assassinated|was dismissed|resigned|stepped down|abdicated)\\b[^;]{0,80}?\\b(\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4})");

    private FactbookOffices() {
    }

    /** A note that someone's office ended: the words in capitals before the verb (their surname) and the day. */
    record Ending(List<String> capitals, LocalDate day) {
        Ending {
            capitals = List.copyOf(capitals);
        }
    }

    /** The ends of office an office text's notes give, with the capitalised names each note is about. */
    static List<Ending> endings(String text) {
        List<Ending> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : unescape(text).split(";|<br\\s*/?>|note -|note:")) {
            Matcher m = ENDING.matcher(part);
            while (m.find()) {
                List<String> capitals = new ArrayList<>();
                for (String w : PARENS.matcher(part.substring(0, m.start())).replaceAll(" ").split("[\\s,]+")) {
                    if (isCapitals(w)) {
                        capitals.add(titleCase(w.replaceAll("[^\\p{L}'-]", "")));
                    }
                }
                try {
                    if (!capitals.isEmpty()) {
                        out.add(new Ending(capitals, LocalDate.parse(m.group(2), DAY)));
                    }
                } catch (DateTimeParseException e) {
                    // "12/23/15", "27 Sep 2020": a date the note does not spell out gives no end
                }
            }
        }
        return out;
    }

    /** One office holder as the Factbook writes them. */
    record Holder(String title, List<String> given, List<String> surname, List<String> after, Optional<LocalDate> since) {
        Holder {
            given = List.copyOf(given);
            surname = List.copyOf(surname);
            after = List.copyOf(after);
            if (surname.isEmpty()) {
                throw new IllegalArgumentException("an office holder needs a surname");
            }
        }

        /** The short title news puts before a surname: "President", "Prime Minister", "King". */
        Optional<String> shortTitle() {
            String t = " " + title.toLowerCase(Locale.ROOT) + " ";
            for (String[] pair : new String[][] {{"vice president", "Vice President"},
                    {"deputy prime minister", "Deputy Prime Minister"}, {"prime minister", "Prime Minister"},
                    {"president", "President"}, {"premier", "Premier"}, {"chancellor", "Chancellor"},
                    {"crown prince", "Crown Prince"}, {"king", "King"}, {"queen", "Queen"}, {"emir", "Emir"},
                    {"amir", "Emir"}, {"sultan", "Sultan"}, {"emperor", "Emperor"}, {"grand duke", "Grand Duke"},
                    {"prince", "Prince"}, {"supreme leader", "Supreme Leader"}, {"pope", "Pope"},
                    {"governor general", "Governor General"}, {"chairman", "Chairman"}}) {
                if (t.contains(" " + pair[0] + " ")) {
                    return Optional.of(pair[1]);
                }
            }
            return Optional.empty();
        }
    }

    /** The holders an office text names, notes left out. */
    static List<Holder> read(String text) {
        List<Holder> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String clean = unescape(text).replace("represented by", ";");
        for (String part : clean.split(";")) {
            String p = part.strip();
            String lower = p.toLowerCase(Locale.ROOT);
            if (p.isEmpty() || lower.startsWith("note") || NOT_IN_OFFICE.stream().anyMatch(lower::contains)) {
                continue; // "former President Bashar al-ASAD was overthrown ...": a note on someone gone
            }
            if (p.contains(" note - ")) {
                p = p.substring(0, p.indexOf(" note - "));
            }
            holder(p).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Holder> holder(String part) {
        Optional<LocalDate> since = Optional.empty();
        Matcher m = SINCE.matcher(part);
        if (m.find()) {
            try {
                since = Optional.of(LocalDate.parse(m.group(1), DAY));
            } catch (DateTimeParseException e) {
                since = Optional.empty();
            }
        }
        String bare = part;
        for (String prev = ""; !prev.equals(bare); ) {
            prev = bare;
            bare = PARENS.matcher(bare).replaceAll(" ");
        }
        int comma = bare.indexOf(',');
        if (comma > 0) {
            bare = bare.substring(0, comma); // "Idriss DEBY Itno, Lt. Gen."
        }
        String[] words = bare.strip().split("\\s+");
        int surnameStart = -1;
        int surnameEnd = -1;
        for (int i = 0; i < words.length; i++) {
            if (isCapitals(words[i]) && !(surnameStart >= 0 && ROMAN.contains(words[i]))) {
                if (surnameStart < 0) {
                    surnameStart = i;
                }
                surnameEnd = i + 1;
            } else if (surnameStart >= 0) {
                break;
            }
        }
        if (surnameStart < 0) {
            return Optional.empty();
        }
        int givenStart = surnameStart;
        while (givenStart > 0 && isName(words[givenStart - 1])) {
            givenStart--;
        }
        List<String> after = new ArrayList<>();
        for (int i = surnameEnd; i < words.length && isName(words[i]) && !ROMAN.contains(words[i]); i++) {
            after.add(words[i]);
        }
        List<String> given = new ArrayList<>(List.of(words).subList(givenStart, surnameStart));
        List<String> surname = new ArrayList<>();
        for (int i = surnameStart; i < surnameEnd; i++) {
            String w = words[i];
            int hyphen = w.lastIndexOf('-');
            if (i == surnameStart && hyphen > 0 && !isCapitals(w.substring(0, hyphen)) && !isArticle(w.substring(0, hyphen))) {
                given.add(w.substring(0, hyphen)); // "Ali Hoseini-KHAMENEI": the surname news writes is Khamenei
                w = w.substring(hyphen + 1);
            }
            surname.add(titleCase(w));
        }
        return Optional.of(new Holder(String.join(" ", List.of(words).subList(0, givenStart)), given, surname, after,
                since));
    }

    /** A surname word: two or more letters, all capitals ("MIRZIYOYEV", "EL-SISI", "Hoseini-KHAMENEI"'s second half). */
    private static boolean isCapitals(String w) {
        String last = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
        long letters = last.chars().filter(Character::isLetter).count();
        return letters >= 2 && last.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static boolean isArticle(String w) {
        return Set.of("al", "el", "ad", "as", "ash", "at", "ar", "an", "az").contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isName(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equals("bin") || w.equals("bint")
                || w.startsWith("al-") || w.startsWith("el-")) && !TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    /** "MIRZIYOYEV" -> "Mirziyoyev", "EL-SISI" -> "El-Sisi", "Hoseini-KHAMENEI" -> "Hoseini-Khamenei". */
    static String titleCase(String w) {
        StringBuilder out = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'';
        }
        return out.toString();
    }

    private static String unescape(String s) {
        String t = ENTITY.matcher(s).replaceAll("$1").replace("&nbsp;", " ").replace("&amp;", "&");
        return t.replaceAll("&[a-z]+;", "");
    }
}
