package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.TokenLayer;

import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
/**
 * Finds place mentions: NER location entities when the document has them, and gazetteer names
 * over capitalised token sequences everywhere (the fallback when there is no NER, and a second
 * chance for places NER missed). The longest name wins; a direction word before a country
 * or region ({@code western China}, {@code North Georgia}) joins the mention; a region
 * abbreviation is a mention only in a {@code City, ST} address ({@link AddressPattern}). Needs the
 * TOKENS and SENTENCES layers.
 */
public final class PlaceRecognizer {
    private static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "GPE", "LOC");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "la", "le", "du", "da", "do",
            "dos", "das", "el", "al", "upon", "on", "sur", "-", "&", "y", "i", "en", "am", "an", "der", "di", "d", "au", "aux",
            "les", "im", "op", "van", "von", "den", "es", "'", "\u2019", "d'", "d\u2019");
    private static final Set<String> ADMIN_SUFFIXES = Set.of("County", "Parish", "Province", "District", "Region",
            "State", "Prefecture", "Governorate", "Oblast", "Territory", "Municipality", "county", "parish", "province",
            "district", "region", "state", "prefecture", "governorate", "oblast", "territory", "municipality");
    static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
            "north-eastern", "north-western", "south-eastern", "south-western", "mid-western", "upper", "lower", "mid");

    /** Capitalised calendar words and honorifics: never a place on their own. */
    static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "christmas", "easter");
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "president", "minister",
            "senator", "governor", "general", "judge", "professor", "lord", "lady", "st", "saint", "king", "queen");

    private final Gazetteer gazetteer;
    private final AddressPattern address;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.address = new AddressPattern(gazetteer);
    }

    /** Every place mention in the document, in text order, without overlaps. */
    public List<Recognized> recognize(Document doc) {
        TokenLayer tokens = doc.tokens();
        String text = doc.text().text();
        int n = tokens.size();
        Set<String> lowerWords = lowerCaseWords(tokens);
        Set<String> surnames = surnames(doc, tokens);
        List<Recognized> out = new ArrayList<>();
        boolean[] taken = new boolean[n];

        if (doc.has(LayerKind.ENTITIES)) {
            for (EntityMention e : doc.entities()) {
                boolean demonym = e.type().equals("NATIONALITY");
                if (!demonym && !LOCATION_TYPES.contains(e.type())) {
                    continue;
                }
                int first = e.firstToken();
                if (taken[first]) {
                    continue;
                }
                if (CONNECTORS.contains(tokens.word(first).toLowerCase(Locale.ROOT)) && first + 1 < e.endToken()) {
                    first++;
                }
                String key = PlaceNames.normalize(text.substring(tokens.start(first), tokens.end(e.endToken() - 1)));
                List<Candidate> cands = names(gazetteer.candidates(key));
                if (cands.isEmpty() || letters(key) <= 2 && cands.stream().allMatch(c -> c.place().resolution() == Resolution.CITY)) {
                    continue; // "Mo." of "St. Louis, Mo." is left to the address pattern, never the town in Norway
                }
                int end = e.endToken();
                if (adminSuffixAt(tokens, end, taken)) { // NER's "Kandahar" of "Kandahar province" is the province
                    cands = suffixed(cands, tokens.word(end).toLowerCase(Locale.ROOT));
                    end++;
                }
                out.add(new Recognized(first, end, cands, false, true, false, false, false));
                for (int t = first; t < end; t++) {
                    taken[t] = true;
                }
            }
        }

        int[] person = personEntities(doc, n);
        int max = 2 * gazetteer.maxNameTokens(); // punctuation is tokens too: "Port - au - Prince"
        for (int i = 0; i < n; i++) {
            if (taken[i] || !capitalised(tokens.word(i))) {
                continue;
            }
            int bestEnd = -1;
            List<Candidate> best = List.of();
            for (int end = Math.min(n, i + max); end > i; end--) {
                if (!window(tokens, i, end, taken) || (end == i + 1 && (DIRECTIONS.contains(tokens.word(i).toLowerCase(Locale.ROOT))
                        || NOT_PLACES.contains(tokens.word(i).toLowerCase(Locale.ROOT))))
                        || end - i > 1 && end < n && tokens.word(end).equals("of") && OrganisationNames.head(tokens.word(end - 1))) {
                    continue; // "Florida Department of Transportation" is no "Florida Department" (Uruguay)
                }
                List<Candidate> cands = names(gazetteer.candidates(
                        PlaceNames.normalize(text.substring(tokens.start(i), tokens.end(end - 1)))));
                if (!cands.isEmpty()) {
                    bestEnd = end;
                    best = cands;
                    break;
                }
            }
            if (bestEnd < 0) {
                continue;
            }
            int first = i;
            boolean directional = false;
            List<Candidate> region = Directions.regionAfter(gazetteer, text, tokens, i, bestEnd, best);
            if (region != null) {
                i++;
                best = region;
            }
            if (i > 0 && !taken[i - 1] && DIRECTIONS.contains(tokens.word(i - 1).toLowerCase(Locale.ROOT))
                    && best.stream().anyMatch(c -> c.place().resolution() == Resolution.COUNTRY
                            || c.place().resolution() == Resolution.ADMIN1)) {
                first = i - 1;
                directional = true;
            }
            if (adminSuffixAt(tokens, bestEnd, taken)) {
                best = suffixed(best, tokens.word(bestEnd).toLowerCase(Locale.ROOT));
                bestEnd++;
            }
            int before = first > 1 && tokens.word(first - 1).equals(".") ? first - 2 : first - 1; // "Dr. Ivins"
            boolean afterTitle = before >= 0 && TITLES.contains(tokens.word(before).toLowerCase(Locale.ROOT).replace(".", ""));
            boolean glued = !directional && (afterTitle || glued(doc, tokens, first, bestEnd))
                    && !OrganisationNames.placeFirst(tokens, first, bestEnd); // "the Alachua Sheriff's Office" names Alachua
            boolean surname = !directional && !glued && bestEnd - first == 1 && surnames.contains(tokens.word(first));
            if (surname) {
                // "Ivins said", after "Bruce Ivins": a surname, unless it names a well-known place ("Malakal")
                best = best.stream().filter(c -> wellKnown(c.place())).toList();
                if (best.isEmpty()) {
                    continue;
                }
            }
            if (!directional && OrganisationNames.bodyOrField(doc, first, bestEnd)) {
                best = best.stream().filter(c -> wellKnown(c.place())).toList(); // "the Department of Justice"
                if (best.isEmpty()) {
                    continue;
                }
            }
            int personLength = insidePerson(person, first, bestEnd);
            if (personLength > bestEnd - first) {
                continue; // part of a longer person's name: "Sheriff Bill Paris", "George Washington"
            }
            // a whole PERSON that is a place name may be NER's slip ("Beni Suef", "Bondo" in a story on Kenya):
            // weak, so a small town needs the article's support ("the Jordan family" is no Jordan, Minnesota)
            boolean inPerson = personLength > 0;
            boolean inAddress = address.after(tokens, bestEnd, taken) != null;
            if (bestEnd - first == 1 && isAcronym(tokens.word(first)) && !(inAddress && letters(tokens.word(first)) > 4)) {
                // "FDA", "UN": a country or region at most; a dateline's "CHARLESTON, W.Va." is a town
                best = best.stream().filter(c -> c.place().resolution() != Resolution.CITY).toList();
                if (best.isEmpty()) {
                    continue;
                }
            }
            if (bestEnd - first == 1 && letters(tokens.word(first)) <= 2
                    && best.stream().allMatch(c -> c.place().resolution() == Resolution.CITY)) {
                continue; // two-letter words are never towns on their own ("Ho", "Ed")
            }
            boolean weak = !directional && !inAddress
                    && (glued || surname || inPerson || weakContext(doc, tokens, first, bestEnd, lowerWords));
            out.add(new Recognized(first, bestEnd, best, directional, false, weak, glued && !inAddress, false));
            for (int t = first; t < bestEnd; t++) {
                taken[t] = true;
            }
            i = bestEnd - 1;
        }
        addAddressAbbreviations(tokens, out, taken);
        out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        out = UnknownTowns.add(doc, out, taken, address);
        out = Sites.add(doc, out);
        out = CountyStems.apply(doc, out, gazetteer);
        out = NotPlaceUses.drop(doc, out);
        return ListMembers.strengthen(tokens, out);
    }

    /** An admin word ({@code County}, {@code province}) right after a name ends at {@code end}; not "the State of Texas". */
    private static boolean adminSuffixAt(TokenLayer tokens, int end, boolean[] taken) {
        int n = tokens.size();
        return end < n && ADMIN_SUFFIXES.contains(tokens.word(end)) && !taken[end] && tokens.start(end) - tokens.end(end - 1) <= 1
                && !(end + 1 < n && tokens.word(end + 1).equals("of"));
    }

    /** The candidates an admin word after the name speaks for: {@code Washington state} is the state, not the capital. */
    private static List<Candidate> suffixed(List<Candidate> cands, String word) {
        Resolution level = PlacePrior.ADMIN2_WORDS.contains(word) ? Resolution.ADMIN2 : Resolution.ADMIN1;
        List<Candidate> of = cands.stream().filter(c -> c.place().resolution() == level).toList();
        return of.isEmpty() ? cands : of;
    }

    /** After each mention, a region abbreviation of a {@code City, ST} address ({@code Charleston, W.Va.}). */
    private void addAddressAbbreviations(TokenLayer tokens, List<Recognized> out, boolean[] taken) {
        out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        List<Recognized> found = new ArrayList<>();
        for (Recognized r : out) {
            AddressPattern.Match m = address.after(tokens, r.endToken(), taken);
            if (m != null) {
                found.add(new Recognized(m.firstToken(), m.endToken(), m.candidates(), false, false, false, false, true));
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    taken[t] = true;
                }
            }
        }
        out.addAll(found);
    }

    /** For each token inside an NER PERSON entity, that entity's length in tokens; else 0. */
    private static int[] personEntities(Document doc, int n) {
        int[] out = new int[n];
        if (doc.has(LayerKind.ENTITIES)) {
            for (EntityMention e : doc.entities()) {
                if (e.type().equals("PERSON")) {
                    for (int t = e.firstToken(); t < Math.min(n, e.endToken()); t++) {
                        out[t] = e.endToken() - e.firstToken();
                    }
                }
            }
        }
        return out;
    }

    /** The length of the PERSON entity that holds all of tokens [first, end), or 0. */
    private static int insidePerson(int[] person, int first, int end) {
        for (int t = first; t < end; t++) {
            if (person[t] == 0) {
                return 0;
            }
        }
        return person[first];
    }

    private static boolean local(Place p) {
        return p.resolution() == Resolution.CITY || p.resolution() == Resolution.ADMIN2;
    }

    /** A country, a region, a capital, a regional seat or a town of 100,000 people or more. */
    private static boolean wellKnown(Place p) {
        return !local(p) || p.population() >= 100_000 || p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA");
    }

    /** Abbreviations are left to the address pattern. */
    private static List<Candidate> names(List<Candidate> cands) {
        return cands.stream().anyMatch(c -> c.kind() == NameKind.ABBREVIATION)
                ? cands.stream().filter(c -> c.kind() != NameKind.ABBREVIATION).toList()
                : cands;
    }

    private static int letters(String w) {
        return (int) w.chars().filter(Character::isLetter).count();
    }

    /** Tokens [i, end) can form a name: capitalised at both ends, only connectors in between, no taken token. */
    private static boolean window(TokenLayer tokens, int i, int end, boolean[] taken) {
        if (!capitalised(tokens.word(end - 1))) {
            return false;
        }
        for (int t = i; t < end; t++) {
            if (taken[t]) {
                return false;
            }
            String w = tokens.word(t);
            boolean possessive = w.equals("s") && t > i && (tokens.word(t - 1).equals("'") || tokens.word(t - 1).equals("\u2019"));
            if (!capitalised(w) && !possessive && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (t > i && tokens.start(t) - tokens.end(t - 1) > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * A single capitalised word may be an ordinary word (first word of a sentence, a word the
     * article also writes in lower case) or part of a longer proper name ({@code Francisco Duque}).
     */
    private static boolean weakContext(Document doc, TokenLayer tokens, int first, int end, Set<String> lowerWords) {
        boolean sentenceInitial = first == 0 || doc.sentences().sentenceOf(first) != doc.sentences().sentenceOf(first - 1)
                || isOpening(tokens.word(first - 1));
        boolean seenLower = end - first == 1 && lowerWords.contains(tokens.word(first).toLowerCase(Locale.ROOT));
        return sentenceInitial || seenLower;
    }

    /** The name runs on into a neighbouring capitalised word, or heads an "X of Y" name: part of a longer proper name. */
    private static boolean glued(Document doc, TokenLayer tokens, int first, int end) {
        boolean sentenceInitial = first == 0 || doc.sentences().sentenceOf(first) != doc.sentences().sentenceOf(first - 1);
        boolean headOfName = end - first == 1 && end + 1 < tokens.size() && tokens.word(end).equals("of")
                && capitalised(tokens.word(end + 1)); // "University of Texas", "Bank of America"
        boolean hyphenated = first > 1 && tokens.word(first - 1).equals("-") && tokens.end(first - 1) == tokens.start(first)
                && tokens.end(first - 2) == tokens.start(first - 1) && capitalised(tokens.word(first - 2)); // "Cuvette-Ouest"
        return headOfName || hyphenated || (end < tokens.size() && capitalised(tokens.word(end)) && tokens.start(end) - tokens.end(end - 1) <= 1)
                || (first > 0 && !sentenceInitial && capitalised(tokens.word(first - 1))
                        && tokens.start(first) - tokens.end(first - 1) <= 1);
    }

    /** All capitals, two letters or more, dots allowed: {@code FDA}, {@code U.S.}. */
    private static boolean isAcronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Second words of two-word capitalised names inside a sentence ({@code Bruce Ivins}): on their own
     * later in the article they are likely a person's surname.
     */
    private static Set<String> surnames(Document doc, TokenLayer tokens) {
        Set<String> out = new HashSet<>();
        for (int t = 1; t < tokens.size(); t++) {
            String prev = tokens.word(t - 1);
            boolean pair = t < 2 || !capitalised(tokens.word(t - 2)) || doc.sentences().sentenceOf(t - 2) != doc.sentences().sentenceOf(t);
            if (pair && capitalised(tokens.word(t)) && capitalised(prev) && !isAcronym(prev)
                    && doc.sentences().sentenceOf(t) == doc.sentences().sentenceOf(t - 1)
                    && tokens.start(t) - tokens.end(t - 1) == 1 && (t + 1 >= tokens.size() || !capitalised(tokens.word(t + 1)))
                    && Character.isLetter(prev.charAt(0)) && !TITLES.contains(prev.toLowerCase(Locale.ROOT))) {
                out.add(tokens.word(t));
            }
        }
        if (doc.has(LayerKind.ENTITIES)) { // "Representative John Conyers" ... "Conyers said": NER's person of two words or more
            doc.entities().stream().filter(e -> e.type().equals("PERSON") && e.endToken() - e.firstToken() > 1)
                    .map(e -> tokens.word(e.endToken() - 1)).filter(PlaceRecognizer::capitalised).forEach(out::add);
        }
        return out;
    }

    private static boolean isOpening(String w) {
        return w.equals("\"") || w.equals("\u201c") || w.equals("(") || w.equals("'") || w.equals("\u2018")
                || w.equals("--") || w.equals(":");
    }

    private static Set<String> lowerCaseWords(TokenLayer tokens) {
        Set<String> out = new HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            String w = tokens.word(t);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                out.add(w);
            }
        }
        return out;
    }

    /** Starts with a capital, or is an elided article before one ({@code d'Ivoire}, CoreNLP's token of {@code Côte d'Ivoire}). */
    static boolean capitalised(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || w.length() > 2 && (w.charAt(0) == 'd' || w.charAt(0) == 'l')
                && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019') && Character.isUpperCase(w.codePointAt(2)));
    }

    /**
     * A recognised mention over tokens {@code [firstToken, endToken)} with every place its name may
     * refer to.
     *
     * @param directional the first token is a direction word before a country's name
     * @param fromNer an NER location entity, not only a gazetteer match
     * @param weak the name could be an ordinary capitalised word; needs support to be kept
     * @param glued the name runs on into another capitalised word ({@code Francisco Duque})
     * @param address a region abbreviation after a name and a comma ({@code Charleston, W.Va.})
     */
    public record Recognized(int firstToken, int endToken, List<Candidate> candidates, boolean directional,
            boolean fromNer, boolean weak, boolean glued, boolean address) {
        public Recognized {
            candidates = List.copyOf(candidates);
        }
    }
}
