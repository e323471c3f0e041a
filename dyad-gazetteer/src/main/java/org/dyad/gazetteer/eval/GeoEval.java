package org.dyad.gazetteer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.PlainAnalysis;
import org.dyad.core.evaluation.StudyCheckSplit;
import org.dyad.core.facts.Geo;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.core.facts.Resolution;
import org.dyad.gazetteer.GazetteerIndex;

/**
 * Scores place recognition and resolution on geoparsing gold ({@link GeoGold}). A prediction
 * matches a gold toponym when their spans overlap; each is used once. Over matched toponyms:
 * Acc@161km, mean and median error and AUC; a country-aware Acc@161km too. Returns reports; the
 * {@code dyad eval --format geovirus} command prints them (docs/geo.md, "Evaluation").
 *
 * <pre>{@code
 * GeoReport r = GeoEval.matcherReport("geovirus.jsonl", GeoGold.part(GeoGold.read(path), StudyCheckSplit.CHECK),
 *         StudyCheckSplit.CHECK, GazetteerIndex.load());
 * }</pre>
 */
public final class GeoEval {
    private static final int CONTEXT = 40;

    private GeoEval() {
    }

    /** A geoparser under test: the place mentions it finds in one article, with raw-text offsets. */
    @FunctionalInterface
    public interface Geoparser {
        List<PlaceMention> parse(String id, String text);

        /** The same parser with its demonym mentions dropped (for gold that marks almost none). */
        default Geoparser toponymsOnly() {
            return (id, text) -> parse(id, text).stream().filter(p -> !p.isDemonym()).toList();
        }
    }

    /**
     * The gazetteer matcher (no CoreNLP; tokens from a regular expression) with Dyad's resolver,
     * with and without demonyms, and the largest-population baseline.
     */
    public static GeoReport matcherReport(String gold, List<GeoGold.Article> articles, StudyCheckSplit part,
            GazetteerIndex gazetteer) {
        PlaceResolver dyad = new PlaceResolver(gazetteer, PlaceResolver.Options.DEFAULT);
        PlaceResolver baseline = new PlaceResolver(gazetteer, PlaceResolver.Options.POPULATION_BASELINE);
        Geoparser dyadParser = plain(dyad);
        List<GeoReport.Row> rows = new ArrayList<>();
        rows.add(timed("dyad resolver", articles, gazetteer, dyadParser));
        rows.add(timed("dyad, demonyms dropped", articles, gazetteer, dyadParser.toponymsOnly()));
        rows.add(timed("largest-population baseline", articles, gazetteer, plain(baseline).toponymsOnly()));
        return new GeoReport(gold, part.label(), articles.size(), toponyms(articles), rows,
                common(rows.get(1).system(), rows.get(1).score(), rows.get(2).system(), rows.get(2).score()));
    }

    /** A report of any geoparser (the engine with CoreNLP, say), with and without its demonyms. */
    public static GeoReport report(String gold, List<GeoGold.Article> articles, StudyCheckSplit part, GazetteerIndex gazetteer,
            String system, Geoparser parser) {
        Map<String, List<PlaceMention>> cache = new HashMap<>();
        Geoparser once = (id, text) -> cache.computeIfAbsent(id, k -> parser.parse(id, text));
        List<GeoReport.Row> rows = new ArrayList<>();
        rows.add(timed(system, articles, gazetteer, once));
        rows.add(timed(system + ", demonyms dropped", articles, gazetteer, once.toponymsOnly()));
        return new GeoReport(gold, part.label(), articles.size(), toponyms(articles), rows, null);
    }

    private static Geoparser plain(PlaceResolver resolver) {
        return (id, text) -> resolver.resolve(PlainAnalysis.analyse(Document.of(Article.of(id, text)), "X", List.of()), Set.of());
    }

    private static int toponyms(List<GeoGold.Article> articles) {
        return articles.stream().mapToInt(a -> a.toponyms().size()).sum();
    }

    private static GeoReport.Row timed(String system, List<GeoGold.Article> articles, GazetteerIndex gazetteer, Geoparser p) {
        long t0 = System.nanoTime();
        GeoScore s = score(articles, gazetteer, p);
        return new GeoReport.Row(system, s, (System.nanoTime() - t0) / 1e9);
    }

    /** Two systems on the toponyms both matched. */
    public static GeoReport.Common common(String labelA, GeoScore a, String labelB, GeoScore b) {
        List<String> both = a.errorByToponym().keySet().stream().filter(b.errorByToponym()::containsKey).sorted().toList();
        return new GeoReport.Common(labelA, GeoScore.ofErrors(both.stream().mapToDouble(a.errorByToponym()::get).toArray()),
                labelB, GeoScore.ofErrors(both.stream().mapToDouble(b.errorByToponym()::get).toArray()));
    }

    /** Runs a geoparser over every gold article and scores it, keeping each miss, wrong answer and extra. */
    public static GeoScore score(List<GeoGold.Article> articles, GazetteerIndex gazetteer, Geoparser parser) {
        int countryLevel = 0;
        int inCountry = 0;
        List<Double> below = new ArrayList<>();
        Map<String, Double> byToponym = new HashMap<>();
        List<GeoCase> cases = new ArrayList<>();
        int gold = 0;
        int predicted = 0;
        int matchedGold = 0;
        int matchedPredicted = 0;
        List<Double> errors = new ArrayList<>();
        for (GeoGold.Article d : articles) {
            String text = d.text();
            List<PlaceMention> preds = parser.parse(d.id(), text);
            boolean[] used = new boolean[preds.size()];
            predicted += preds.size();
            for (GeoGold.Toponym t : d.toponyms()) {
                gold++;
                int hit = -1;
                for (int p = 0; p < preds.size(); p++) {
                    if (!used[p] && preds.get(p).start() < t.end() && t.start() < preds.get(p).end()) {
                        hit = p;
                        break;
                    }
                }
                if (hit < 0) {
                    cases.add(new GeoCase(GeoCase.Outcome.MISS, d.id(), t.name(), "", 0, context(text, t.start(), t.end())));
                    continue;
                }
                used[hit] = true;
                matchedGold++;
                PlaceMention pm = preds.get(hit);
                double err = Geo.distanceKm(t.lat(), t.lon(), pm.place().lat(), pm.place().lon());
                errors.add(err);
                byToponym.put(d.id() + "@" + t.start(), err);
                if (pm.resolution() == Resolution.COUNTRY) {
                    countryLevel++;
                    String where = gazetteer.nearestPopulatedPlace(t.lat(), t.lon(), 150).map(Place::country).orElse("");
                    if (where.equals(pm.place().country())) {
                        inCountry++;
                    }
                } else {
                    below.add(err);
                }
                if (err >= 161) {
                    cases.add(new GeoCase(GeoCase.Outcome.WRONG, d.id(), t.name(), describe(pm), err,
                            context(text, t.start(), t.end())));
                }
            }
            for (int p = 0; p < preds.size(); p++) {
                if (used[p]) {
                    matchedPredicted++;
                } else {
                    PlaceMention pm = preds.get(p);
                    cases.add(new GeoCase(GeoCase.Outcome.EXTRA, d.id(), "", pm.text() + " -> " + describe(pm), 0,
                            context(text, pm.start(), pm.end())));
                }
            }
        }
        return new GeoScore(gold, predicted, matchedGold, matchedPredicted, errors.stream().mapToDouble(Double::doubleValue).toArray(),
                countryLevel, inCountry, below.stream().mapToDouble(Double::doubleValue).toArray(), byToponym, cases);
    }

    private static String describe(PlaceMention pm) {
        Place p = pm.place();
        return String.format(java.util.Locale.ROOT, "%s %s %s %s (%.4f, %.4f) pop %d [%s, %s]", p.name(), p.country(), p.admin1(),
                p.featureCode(), p.lat(), p.lon(), p.population(), pm.kind().name().toLowerCase(java.util.Locale.ROOT),
                pm.evidence().rule());
    }

    private static String context(String text, int s, int e) {
        return text.substring(Math.max(0, s - CONTEXT), s).replace('\n', ' ') + "[[" + text.substring(s, e) + "]]"
                + text.substring(e, Math.min(text.length(), e + CONTEXT)).replace('\n', ' ');
    }
}
