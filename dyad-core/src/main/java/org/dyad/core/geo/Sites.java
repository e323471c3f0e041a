package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.TokenLayer;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * Streets, roads and sites named before their town ({@code on Wellhouse Lane, Winchester},
 * {@code on U.S. Route 2 in Randolph}, {@code Freedom Plaza in Washington}, {@code Rutgers
 * University in New Brunswick}): no gazetteer here holds them, but the reader places them in the
 * town that follows, so the site is a mention of that town's candidates. It replaces a place
 * inside its name ({@code U.S.} of {@code U.S. Route 2}), which the town locates better.
 */
final class Sites {
    /** Words that end a street's or a site's name. */
    static final Set<String> SITE_WORDS = Set.of("Street", "St.", "Road", "Rd.", "Lane", "Avenue", "Ave.", "Boulevard",
            "Blvd.", "Drive", "Parkway", "Highway", "Square", "Plaza", "Park", "Bridge", "Stadium", "Arena", "Hall",
            "Hospital", "University", "College", "School", "Museum", "Cathedral", "Church", "Prison", "Station", "Mall",
            "Center", "Centre", "Courthouse");
    /** Road words followed by a number: {@code Route 2}, {@code Interstate 95}, {@code Highway 1}. */
    private static final Set<String> NUMBERED = Set.of("Route", "Interstate", "Highway");
    private static final int MAX_NAME = 4;
    /** Capitalised words that open a sentence or a phrase, not a name: {@code In Hyde Park}. */
    private static final Set<String> OPENERS = Set.of("in", "on", "at", "the", "a", "an", "from", "to", "near", "and", "of", "by");

    private Sites() {
    }

    static List<Recognized> add(Document doc, List<Recognized> out) {
        TokenLayer tokens = doc.tokens();
        List<Recognized> result = new ArrayList<>(out);
        for (int w = 1; w < tokens.size(); w++) {
            String word = tokens.word(w);
            boolean numbered = NUMBERED.contains(word) && w + 1 < tokens.size() && tokens.word(w + 1).matches("\\d+[A-Z]?");
            if (!numbered && !SITE_WORDS.contains(word)) {
                continue;
            }
            int end = numbered ? w + 2 : w + 1;
            int first = nameStart(doc, tokens, w, numbered);
            Recognized town = townAfter(doc, tokens, result, end);
            if (first < 0 || town == null) {
                continue;
            }
            int from = first;
            result.removeIf(r -> r.firstToken() < end && from < r.endToken());
            result.add(new Recognized(first, end, finest(town.candidates()), false, false, false, false, true));
            result.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        }
        return result;
    }

    /** The first token of the capitalised name before the site word at {@code w}, or -1 when there is none. */
    private static int nameStart(Document doc, TokenLayer tokens, int w, boolean numbered) {
        int first = w;
        while (first > 0 && w - first < MAX_NAME && sameSentence(doc, first - 1, w)
                && (PlaceRecognizer.capitalised(tokens.word(first - 1)) || tokens.word(first - 1).matches("\\d+"))
                && !OPENERS.contains(tokens.word(first - 1).toLowerCase(Locale.ROOT))
                && tokens.start(first) - tokens.end(first - 1) <= 1) {
            first--;
        }
        return first < w || numbered ? first : -1;
    }

    /**
     * The town right after {@code ,} or {@code in} at token {@code end}: a mention with a local or
     * regional candidate; not a list's item ({@code Rutgers University, Princeton and Yale}).
     */
    private static Recognized townAfter(Document doc, TokenLayer tokens, List<Recognized> out, int end) {
        if (end + 1 >= tokens.size() || !(tokens.word(end).equals(",") || tokens.word(end).equals("in"))
                || !sameSentence(doc, end, end + 1)) {
            return null;
        }
        for (Recognized r : out) {
            boolean listed = tokens.word(end).equals(",") && r.endToken() < tokens.size()
                    && (tokens.word(r.endToken()).equals("and") || tokens.word(r.endToken()).equals("or"));
            if (r.firstToken() == end + 1 && !listed && !r.candidates().isEmpty() && r.candidates().stream().allMatch(c -> c.kind() == NameKind.NAME)
                    && r.candidates().stream().anyMatch(c -> c.place().resolution() == Resolution.CITY
                            || c.place().resolution() == Resolution.ADMIN2 || c.place().resolution() == Resolution.ADMIN1)) {
                return r;
            }
        }
        return null;
    }

    /** A site lies in a town, so of the town's candidates it keeps the finest level: Jakarta the city, not the province. */
    private static List<Candidate> finest(List<Candidate> cands) {
        for (Resolution level : List.of(Resolution.CITY, Resolution.ADMIN2)) {
            List<Candidate> of = cands.stream().filter(c -> c.place().resolution() == level).toList();
            if (!of.isEmpty()) {
                return of;
            }
        }
        return cands;
    }

    private static boolean sameSentence(Document doc, int a, int b) {
        return doc.sentences().sentenceOf(a) == doc.sentences().sentenceOf(b);
    }
}
