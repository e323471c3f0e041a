package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.TokenLayer;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * {@code X, Y} where Y is a state or country and the gazetteer has no X inside Y: X is a place in Y
 * the gazetteer is too small to hold (cities500 lacks towns under 500 people, news names them:
 * {@code Randolph, New Hampshire}, {@code Kinnear, Wyo.}, {@code Babyninsky, Russia}). X becomes a
 * mention of Y, at Y's resolution and centroid: the best point the text gives, and never a
 * same-named town elsewhere ({@code Randolph}, Massachusetts). X must be capitalised, one to three
 * words, and follow a preposition of place ({@code in}, {@code from}, ...) or be a dateline's town in
 * capitals at the start of a line, so that a person's name before a state ({@code Sen. Joe Manchin,
 * West Virginia}) or a sentence's opening word ({@code Meanwhile, Texas ...}) is not read.
 */
final class UnknownTowns {
    /** Prepositions of place before the town ({@code of} only after a lower-case word: not {@code Ministry of Health, Angola}). */
    private static final Set<String> BEFORE = Set.of("in", "at", "from", "near", "of", "outside", "into", "across", "around");
    private static final int MAX_WORDS = 3;

    private UnknownTowns() {
    }

    /**
     * The mentions with each {@code X, Y} of an unknown X read as Y; {@code out} is in text order.
     * A dateline's or address's abbreviation after an unknown town ({@code KINNEAR, Wyo.}) is read
     * here too, as the recogniser reads it after a known one.
     */
    static List<Recognized> add(Document doc, List<Recognized> out, boolean[] taken, AddressPattern address) {
        TokenLayer tokens = doc.tokens();
        List<Recognized> result = new ArrayList<>(out);
        boolean[] other = otherEntities(doc, tokens.size());
        for (int comma = 1; comma < tokens.size(); comma++) {
            AddressPattern.Match m = taken[comma - 1] ? null : address.after(tokens, comma, taken);
            int first = m == null ? -1 : unknownBefore(doc, comma, taken, other);
            if (first >= 0) {
                Recognized y = new Recognized(m.firstToken(), m.endToken(), m.candidates(), false, false, false, false, true);
                result.add(y);
                result.add(new Recognized(first, comma, containers(doc, y), false, false, false, false, false));
                for (int t = first; t < m.endToken(); t++) {
                    taken[t] = true;
                }
            }
        }
        for (int j = 0; j < out.size(); j++) {
            Recognized y = out.get(j);
            List<Candidate> containers = containers(doc, y);
            int comma = y.firstToken() - 1;
            if (containers.isEmpty() || comma < 1 || !tokens.word(comma).equals(",")) {
                continue;
            }
            Recognized x = j > 0 && out.get(j - 1).endToken() == comma ? out.get(j - 1) : null;
            if (x != null) {
                if (!x.address() && x.candidates().stream().noneMatch(c -> regional(c.place()) || inside(c.place(), containers))) {
                    result.set(j - 1, new Recognized(x.firstToken(), x.endToken(), containers, false, x.fromNer(), false,
                            false, false));
                }
                continue;
            }
            int first = unknownBefore(doc, comma, taken, other);
            if (first >= 0) {
                result.add(new Recognized(first, comma, containers, false, false, false, false, false));
                for (int t = first; t < comma; t++) {
                    taken[t] = true;
                }
            }
        }
        result.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return result;
    }

    /** The first token of an unknown town's name ending right before the comma, or -1. */
    private static int unknownBefore(Document doc, int comma, boolean[] taken, boolean[] other) {
        TokenLayer tokens = doc.tokens();
        int first = comma;
        while (first > 0 && comma - first < MAX_WORDS && !taken[first - 1] && !other[first - 1]
                && PlaceRecognizer.capitalised(tokens.word(first - 1)) && !ordinary(tokens.word(first - 1))) {
            first--;
        }
        if (first == comma || tokens.end(comma - 1) != tokens.start(comma)) {
            return -1;
        }
        String text = doc.text().text();
        boolean lineStart = first == 0 || text.lastIndexOf('\n', tokens.start(first)) >= tokens.end(first - 1);
        boolean preposition = first > 0 && BEFORE.contains(tokens.word(first - 1))
                && !(tokens.word(first - 1).equals("of") && first > 1 && PlaceRecognizer.capitalised(tokens.word(first - 2)));
        boolean opens = preposition
                || lineStart && capitals(text.substring(tokens.start(first), tokens.end(comma - 1)));
        return opens ? first : -1;
    }

    /**
     * The states and countries a firm mention names by their own name or an abbreviation
     * ({@code Mountain} of {@code Mountain Dairy} is no container named Mountain Province).
     */
    private static List<Candidate> containers(Document doc, Recognized y) {
        if (!y.address() && (y.weak() || y.glued())) {
            return List.of();
        }
        String key = PlaceNames.normalize(doc.text().text().substring(doc.tokens().start(y.firstToken()),
                doc.tokens().end(y.endToken() - 1)));
        return y.candidates().stream().filter(c -> (c.place().resolution() == Resolution.ADMIN1
                || c.place().resolution() == Resolution.COUNTRY) && (c.kind() == NameKind.ABBREVIATION
                        || c.kind() == NameKind.NAME && (c.place().resolution() == Resolution.COUNTRY
                                || PlaceNames.normalize(c.place().name()).equals(key))))
                .map(c -> new Candidate(c.place(), NameKind.NAME)).toList();
    }

    /** A dateline's town is written in capitals: {@code KINNEAR, Wyo.} */
    private static boolean capitals(String s) {
        return s.chars().noneMatch(Character::isLowerCase) && s.chars().filter(Character::isLetter).count() >= 3;
    }

    private static boolean regional(Place p) {
        return p.resolution() != Resolution.CITY && p.resolution() != Resolution.ADMIN2;
    }

    private static boolean inside(Place p, List<Candidate> containers) {
        for (Candidate c : containers) {
            Place y = c.place();
            if (p.country().equals(y.country()) && (y.resolution() == Resolution.COUNTRY || p.admin1().equals(y.admin1()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ordinary(String w) {
        String k = w.toLowerCase(Locale.ROOT).replace(".", "");
        return PlaceRecognizer.NOT_PLACES.contains(k) || PlaceRecognizer.DIRECTIONS.contains(k) || PlaceRecognizer.TITLES.contains(k)
                || !Character.isLetter(w.charAt(0));
    }

    /** Tokens inside an NER entity that is no location: a person's or an organisation's name. */
    private static boolean[] otherEntities(Document doc, int n) {
        boolean[] out = new boolean[n];
        if (doc.has(LayerKind.ENTITIES)) {
            for (EntityMention e : doc.entities()) {
                if (e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) {
                    for (int t = e.firstToken(); t < Math.min(n, e.endToken()); t++) {
                        out[t] = true;
                    }
                }
            }
        }
        return out;
    }
}
