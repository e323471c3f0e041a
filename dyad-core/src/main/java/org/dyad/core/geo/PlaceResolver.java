package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.text.Span;

/**
 * Recognises place mentions and resolves each to one gazetteer entry.
 *
 * <p>A candidate's score adds up: a population prior ({@code log10(population)/7}); a bonus by
 * feature code (country, first-level region, capital, seat of a region); the article's country
 * context (countries the caller passes, for example those of its actors); containment
 * ({@code Kabul, Afghanistan}: the place inside the named container wins, and so does the
 * container); and coherence (the countries and regions the article's other places resolve to,
 * recomputed over a few rounds). A capitalised word that may be an ordinary word is kept only
 * when it is a well-known place or the article supports it. See {@code docs/geo.md}.
 *
 * <pre>{@code
 * PlaceResolver resolver = new PlaceResolver(gazetteer, PlaceResolver.Options.DEFAULT);
 * List<PlaceMention> places = resolver.resolve(document, Set.of("AFG"));
 * }</pre>
 */
public final class PlaceResolver implements Stage {
    private static final int ROUNDS = 3;

    private final PlaceRecognizer recognizer;
    private final Options options;

    /**
     * How the resolver behaves.
     *
     * @param demonymsAsPlaces resolve demonyms ({@code Kenyan}) to their country as well
     * @param populationOnly the largest-population baseline: pick the most populous candidate and
     *     keep every recognised name
     */
    public record Options(boolean demonymsAsPlaces, boolean populationOnly) {
        public static final Options DEFAULT = new Options(false, false);
        public static final Options POPULATION_BASELINE = new Options(false, true);
    }

    public PlaceResolver(Gazetteer gazetteer, Options options) {
        if (gazetteer == null || options == null) {
            throw new IllegalArgumentException("a place resolver needs a gazetteer and options");
        }
        this.recognizer = new PlaceRecognizer(gazetteer);
        this.options = options;
    }

    @Override
    public String name() {
        return "place-resolver";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.ENTITIES);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.PLACES);
    }

    /** Resolves the places with the countries of the document's actors, when known, as context. */
    @Override
    public Document apply(Document document) {
        java.util.Set<String> countries = new java.util.LinkedHashSet<>();
        if (document.has(LayerKind.ACTORS)) {
            for (org.dyad.core.facts.ActorMention m : document.actors()) {
                String c = m.code().country();
                if (java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3).contains(c)) {
                    countries.add(c);
                }
            }
        }
        return document.withPlaces(resolve(document, countries));
    }

    /**
     * Resolves every place mention of the document.
     *
     * @param contextCountriesIso3 countries the article is known to be about (from its actors, its
     *     dateline, a feed), as ISO 3166-1 alpha-3 codes; may be empty
     * @return the mentions in text order, with raw-text offsets
     */
    public List<PlaceMention> resolve(Document doc, Set<String> contextCountriesIso3) {
        List<Recognized> recs = new ArrayList<>();
        Map<String, Set<String>> demonymCountries = new HashMap<>();
        for (Recognized r : recognizer.recognize(doc)) {
            boolean demonym = r.candidates().stream().anyMatch(c -> c.kind() == NameKind.DEMONYM);
            if (demonym && !options.demonymsAsPlaces() && !r.fromNer()) {
                // "Canadian" is the adjective, not the town in Texas; still, it says the article is about Canada.
                for (Candidate c : r.candidates()) {
                    if (c.kind() == NameKind.DEMONYM && !c.place().country().isEmpty()) {
                        demonymCountries.computeIfAbsent(c.place().country(), k -> new HashSet<>()).add(
                                PlaceNames.normalize(doc.text().text().substring(doc.tokens().start(r.firstToken()),
                                        doc.tokens().end(r.endToken() - 1))));
                    }
                }
                continue;
            }
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : r.candidates()) {
                if (c.kind() == NameKind.DEMONYM && !options.demonymsAsPlaces()) {
                    continue;
                }
                if (r.directional() && c.place().resolution() != Resolution.COUNTRY) {
                    continue;
                }
                kept.add(c);
            }
            if (!kept.isEmpty()) {
                recs.add(new Recognized(r.firstToken(), r.endToken(), kept, r.directional(), r.fromNer(), r.weak(), r.glued()));
            }
        }
        int m = recs.size();
        String[] keys = new String[m];
        for (int i = 0; i < m; i++) {
            keys[i] = PlaceNames.normalize(doc.text().text().substring(doc.tokens().start(recs.get(i).firstToken()),
                    doc.tokens().end(recs.get(i).endToken() - 1)));
        }
        double[][] prior = new double[m][];
        double[][] contained = containment(doc, recs);
        int[] choice = new int[m];
        for (int i = 0; i < m; i++) {
            List<Candidate> cs = recs.get(i).candidates();
            prior[i] = new double[cs.size()];
            for (int k = 0; k < cs.size(); k++) {
                prior[i][k] = options.populationOnly() ? cs.get(k).place().population() : prior(cs.get(k), keys[i]);
            }
            if (!options.populationOnly()) {
                eponymousCities(cs, prior[i]);
            }
            choice[i] = argmax(prior[i]);
        }
        if (options.populationOnly()) {
            List<PlaceMention> out = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                out.add(mention(doc, recs.get(i), recs.get(i).candidates().get(choice[i]), 1.0));
            }
            return out;
        }

        double[][] total = new double[m][];
        for (int round = 0; round < ROUNDS; round++) {
            Votes votes = new Votes(recs, keys, choice, demonymCountries);
            for (int i = 0; i < m; i++) {
                List<Candidate> cs = recs.get(i).candidates();
                total[i] = new double[cs.size()];
                for (int k = 0; k < cs.size(); k++) {
                    Place p = cs.get(k).place();
                    double s = prior[i][k] + contained[i][k];
                    if (!p.country().isEmpty() && contextCountriesIso3.contains(p.country())) {
                        s += 0.35;
                    }
                    s += votes.support(i, p);
                    total[i][k] = s;
                }
            }
            for (int i = 0; i < m; i++) {
                choice[i] = argmax(total[i]);
            }
        }

        Votes votes = new Votes(recs, keys, choice, demonymCountries);
        List<PlaceMention> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Recognized r = recs.get(i);
            Candidate best = r.candidates().get(choice[i]);
            boolean supported = contained[i][choice[i]] > 0 || votes.support(i, best.place()) > 0
                    || contextCountriesIso3.contains(best.place().country());
            boolean byAlternate = !PlaceNames.normalize(best.place().name()).equals(keys[i]);
            if (!keep(r, best.place(), supported, byAlternate)) {
                continue;
            }
            out.add(mention(doc, r, best, confidence(total[i], choice[i])));
        }
        return out;
    }

    /** Population prior, feature bonus and a small bonus when the key is the place's own name. */
    static double prior(Candidate c, String key) {
        Place p = c.place();
        double s = Math.min(1.2, Math.log10(assumedPopulation(p) + 1) / 7.0);
        s += switch (p.featureCode()) {
            case "PCLI", "PCLD", "PCLS", "PCLF", "PCL", "PCLIX", "TERR" -> 0.6;
            case "CONT" -> 0.6;
            case "RGN" -> 0.45;
            case "ADM1" -> 0.35;
            case "PPLC" -> 0.25;
            case "PPLA" -> 0.12;
            case "PPLA2" -> 0.06;
            case "PPLX", "PPLL", "PPLQ", "PPLH" -> -0.05;
            default -> 0.0;
        };
        if (PlaceNames.normalize(p.name()).equals(key)) {
            s += 0.1;
        } else if (p.resolution() == Resolution.CITY && !p.featureCode().equals("PPLC")) {
            s -= 0.15; // an alternate name of a town is a weaker reading than a place's own name
        }
        if (c.kind() == NameKind.DEMONYM) {
            s -= 0.1;
        }
        return s;
    }

    /**
     * A city that holds a good share of the people of a same-named first-level region is what the
     * name usually means ({@code New York}); a small capital of a large region is not
     * ({@code Washington} the state over the city is left to context).
     */
    private static void eponymousCities(List<Candidate> cs, double[] prior) {
        for (int a = 0; a < cs.size(); a++) {
            Place region = cs.get(a).place();
            if (region.resolution() != Resolution.ADMIN1) {
                continue;
            }
            for (int c = 0; c < cs.size(); c++) {
                Place city = cs.get(c).place();
                if (city.resolution() == Resolution.CITY && city.country().equals(region.country())
                        && city.population() * 4 >= region.population() && city.population() >= 100_000) {
                    prior[c] = Math.max(prior[c], prior[a] + 0.05);
                }
            }
        }
    }

    /**
     * The population the prior uses: continents and named regions count as very large, a
     * first-level region whose population the gazetteer lacks as a middling one.
     */
    private static long assumedPopulation(Place p) {
        if (p.featureClass().equals("L")) {
            return 100_000_000L;
        }
        if (p.resolution() == Resolution.ADMIN1 && p.population() == 0) {
            return 300_000L;
        }
        return p.population();
    }

    /** A weak match (an ordinary-looking word) survives only as a well-known or supported place. */
    private static boolean keep(Recognized r, Place p, boolean supported, boolean byAlternate) {
        boolean major = p.resolution() != Resolution.CITY || p.population() >= 100_000 || p.featureCode().equals("PPLC");
        if (r.fromNer() || r.directional()) {
            return true;
        }
        if (r.glued()) {
            return switch (p.resolution()) {
                case COUNTRY, REGION -> true;
                case ADMIN1 -> supported;
                case CITY -> p.population() >= 1_000_000 || (supported && p.population() >= 100_000);
            };
        }
        if (r.weak()) {
            if (byAlternate && p.resolution() == Resolution.CITY) {
                return false; // "Google", once an alternate name of Topeka, at the start of a sentence
            }
            if (r.endToken() - r.firstToken() == 1 && p.name().length() <= 3 && p.resolution() == Resolution.CITY) {
                return false; // "As", "Most" opening a sentence
            }
            return major || (supported && p.population() >= 5_000);
        }
        if (byAlternate && p.resolution() == Resolution.CITY && !supported) {
            return false; // "Franklin", an old name of El Paso, needs the article to be about Texas
        }
        return major || supported || p.population() >= 15_000;
    }

    /**
     * {@code X, Y}: when Y names a country or first-level region, X's candidates inside it and Y's
     * candidates containing X gain.
     */
    private static double[][] containment(Document doc, List<Recognized> recs) {
        double[][] out = new double[recs.size()][];
        for (int i = 0; i < recs.size(); i++) {
            out[i] = new double[recs.get(i).candidates().size()];
        }
        for (int i = 0; i + 1 < recs.size(); i++) {
            Recognized a = recs.get(i);
            Recognized b = recs.get(i + 1);
            int comma = a.endToken();
            if (b.firstToken() != comma + 1 || !doc.tokens().word(comma).equals(",")) {
                continue;
            }
            List<Candidate> inner = a.candidates();
            List<Candidate> outer = b.candidates();
            for (int y = 0; y < outer.size(); y++) {
                if (sibling(inner, outer.get(y).place())) {
                    continue;
                }
                for (int x = 0; x < inner.size(); x++) {
                    if (contains(outer.get(y).place(), inner.get(x).place())) {
                        out[i][x] = Math.max(out[i][x], 0.8);
                        out[i + 1][y] = Math.max(out[i + 1][y], 0.4);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether X can be read as a place of the same kind beside Y: another country beside a
     * country, another first-level region of the same country beside a region. Then {@code X, Y}
     * is as likely a list ({@code Iraq, Iran}; {@code Oklahoma, Pennsylvania}) as a place and
     * its container, and containment decides nothing.
     */
    private static boolean sibling(List<Candidate> inner, Place outer) {
        for (Candidate c : inner) {
            Place p = c.place();
            if (!p.equals(outer) && p.resolution() == outer.resolution()
                    && (p.resolution() == Resolution.COUNTRY
                            || p.resolution() == Resolution.ADMIN1 && p.country().equals(outer.country()))) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(Place outer, Place inner) {
        if (outer.equals(inner) || outer.country().isEmpty() || !outer.country().equals(inner.country())) {
            return false;
        }
        return switch (outer.resolution()) {
            case COUNTRY -> inner.resolution() != Resolution.COUNTRY;
            case ADMIN1 -> inner.resolution() == Resolution.CITY && outer.name().equals(inner.admin1());
            case CITY, REGION -> false;
        };
    }

    private PlaceMention mention(Document doc, Recognized r, Candidate c, double score) {
        int start = doc.tokens().start(r.firstToken());
        int end = doc.tokens().end(r.endToken() - 1);
        Span raw = doc.text().rawSpan(start, end);
        Place p = c.place();
        Resolution res = p.resolution();
        return new PlaceMention(raw, raw.of(doc.text().raw()), p, score, res, res != Resolution.CITY);
    }

    /** Softmax probability of the chosen candidate at temperature 0.2. */
    private static double confidence(double[] scores, int chosen) {
        double max = scores[chosen];
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp((s - max) / 0.2);
        }
        return Math.min(1.0, Math.max(0.0, 1.0 / sum));
    }

    private static int argmax(double[] xs) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] > xs[best]) {
                best = i;
            }
        }
        return best;
    }

    /** What the article's other mentions, as currently resolved, say about each country and region. */
    private static final class Votes {
        private final Map<String, Map<String, Integer>> countryByKey = new HashMap<>();
        private final Map<String, Map<String, Integer>> admin1ByKey = new HashMap<>();
        private final String[] keys;

        Votes(List<Recognized> recs, String[] keys, int[] choice, Map<String, Set<String>> demonymCountries) {
            this.keys = keys;
            demonymCountries.forEach((country, names) -> names.forEach(
                    n -> countryByKey.computeIfAbsent(country, c -> new HashMap<>()).merge(n, 1, Integer::sum)));
            for (int i = 0; i < recs.size(); i++) {
                Place p = recs.get(i).candidates().get(choice[i]).place();
                if (recs.get(i).glued()) {
                    continue; // most likely part of a person's or an organisation's name ("Mike Fitzgerald")
                }
                if (!p.country().isEmpty()) {
                    countryByKey.computeIfAbsent(p.country(), c -> new HashMap<>()).merge(keys[i], 1, Integer::sum);
                    String region = p.resolution() == Resolution.ADMIN1 ? p.name() : p.admin1();
                    if (!region.isEmpty()) {
                        admin1ByKey.computeIfAbsent(p.country() + "/" + region, c -> new HashMap<>())
                                .merge(keys[i], 1, Integer::sum);
                    }
                }
            }
        }

        /** Bonus from distinct other names resolved to the same country and first-level region. */
        double support(int self, Place p) {
            if (p.country().isEmpty()) {
                return 0;
            }
            int countryNames = others(countryByKey.get(p.country()), keys[self]);
            double s = countryNames == 0 ? 0 : 0.25 + 0.05 * Math.min(3, countryNames - 1);
            String region = p.resolution() == Resolution.ADMIN1 ? p.name() : p.admin1();
            if (!region.isEmpty() && p.resolution() != Resolution.COUNTRY) {
                int regionNames = others(admin1ByKey.get(p.country() + "/" + region), keys[self]);
                s += regionNames == 0 ? 0 : 0.25;
            }
            return s;
        }

        private static int others(Map<String, Integer> byKey, String self) {
            if (byKey == null) {
                return 0;
            }
            return byKey.size() - (byKey.containsKey(self) ? 1 : 0);
        }
    }
}
