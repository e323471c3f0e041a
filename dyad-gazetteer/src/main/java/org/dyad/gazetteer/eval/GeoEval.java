package org.dyad.gazetteer.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.PlainAnalysis;
import org.dyad.core.facts.Geo;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.gazetteer.GazetteerIndex;
import org.dyad.gazetteer.internal.Json;

/**
 * Scores place recognition and resolution on a gold file in the GeoVirus JSON Lines format
 * ({@code {"id", "text", "toponyms": [{"name", "start", "end", "lat", "lon"}]}}, code-point
 * offsets). Recognition here is the gazetteer matcher over capitalised tokens, without CoreNLP.
 * A prediction matches a gold toponym when their spans overlap; each is used once.
 *
 * <p>Prints, for Dyad's resolver and for the largest-population baseline: recognition precision,
 * recall and F1; over matched toponyms, Acc@161km, mean and median error in km and AUC (the area
 * under the sorted log-error curve, Gritta et al. 2018; lower is better).
 *
 * <pre>
 * java -cp dyad-core/target/classes:dyad-gazetteer/target/classes \
 *     org.dyad.gazetteer.eval.GeoEval ../shared/eval/geo/geovirus.jsonl [--errors]
 * </pre>
 */
public final class GeoEval {
    private GeoEval() {
    }

    /** A geoparser under test: the place mentions it finds in one article, with raw-text offsets. */
    @FunctionalInterface
    public interface Geoparser {
        List<PlaceMention> parse(String id, String text);
    }

    /** Scores of one system on one gold file. */
    public record Score(int gold, int predicted, int matchedGold, int matchedPredicted, double[] errors, int countryLevel,
            int countryLevelInCountry, double[] belowCountryErrors, Map<String, Double> errorByToponym) {
        Score(int gold, int predicted, int matchedGold, int matchedPredicted, double[] errors) {
            this(gold, predicted, matchedGold, matchedPredicted, errors, 0, 0, new double[0], Map.of());
        }

        double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        double accAt161() {
            return errors.length == 0 ? 0 : Arrays.stream(errors).filter(e -> e < 161).count() / (double) errors.length;
        }

        double mean() {
            return Arrays.stream(errors).average().orElse(0);
        }

        double median() {
            double[] s = errors.clone();
            Arrays.sort(s);
            return s.length == 0 ? 0 : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        /** Trapezoid area under sorted ln(1 + error), normalised by ln(20039 km) and the count. */
        double auc() {
            double[] s = errors.clone();
            Arrays.sort(s);
            if (s.length < 2) {
                return 0;
            }
            double area = 0;
            for (int i = 1; i < s.length; i++) {
                area += (Math.log1p(s[i - 1]) + Math.log1p(s[i])) / 2;
            }
            return area / (Math.log(20039) * (s.length - 1));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GeoEval GOLD.jsonl [--errors]");
            System.exit(2);
        }
        boolean showErrors = List.of(args).contains("--errors");
        List<Map<String, Object>> docs = readGold(Path.of(args[0]));
        long t0 = System.nanoTime();
        GazetteerIndex gazetteer = GazetteerIndex.load();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "gazetteer: %d places, %d names, loaded in %.2f s (%s)%n", gazetteer.placeCount(),
                gazetteer.nameCount(), loadSeconds, gazetteer.provenance());
        out.printf(Locale.ROOT, "gold: %s, %d documents%n", args[0], docs.size());
        List<Score> scores = new ArrayList<>();
        for (PlaceResolver.Options options : List.of(PlaceResolver.Options.DEFAULT, PlaceResolver.Options.POPULATION_BASELINE)) {
            String label = options.populationOnly() ? "largest-population baseline" : "dyad resolver";
            PlaceResolver resolver = new PlaceResolver(gazetteer, options);
            long t1 = System.nanoTime();
            Score s = score(docs, gazetteer, (id, text) -> resolver.resolve(
                    PlainAnalysis.analyse(Document.of(Article.of(id, text)), "X", List.of()), Set.of()),
                    showErrors && !options.populationOnly());
            scores.add(s);
            print(out, label, s, (System.nanoTime() - t1) / 1e9);
        }
        // Both systems on the toponyms both recognised: resolution alone, recognition held equal.
        printCommon(out, "dyad", scores.get(0), "baseline", scores.get(1));
    }

    /** Prints one system's figures: recognition, then distance measures over the matched toponyms. */
    public static void print(PrintStream out, String label, Score s, double seconds) {
        out.printf(Locale.ROOT, "%-28s recognition P %.3f R %.3f F1 %.3f (gold %d, predicted %d) | "
                + "Acc@161km %.3f  mean %.0f km  median %.1f km  AUC %.3f  (n=%d matched, %.1f s)%n", label,
                s.precision(), s.recall(), 2 * s.precision() * s.recall() / Math.max(1e-9, s.precision() + s.recall()),
                s.gold(), s.predicted(), s.accAt161(), s.mean(), s.median(), s.auc(), s.errors().length, seconds);
        Score below = new Score(0, 0, 0, 0, s.belowCountryErrors());
        out.printf(Locale.ROOT, "%-28s   country-level answers %d, of which the gold point lies in that country %d; "
                + "Acc@161km below country level %.3f (n=%d); country-aware Acc@161km %.3f%n", "", s.countryLevel(),
                s.countryLevelInCountry(), below.accAt161(), below.errors().length,
                (Arrays.stream(s.belowCountryErrors()).filter(e -> e < 161).count() + s.countryLevelInCountry())
                        / (double) Math.max(1, s.errors().length));
    }

    /** Prints two systems' distance measures on the toponyms both matched: resolution with recognition held equal. */
    public static void printCommon(PrintStream out, String labelA, Score a, String labelB, Score b) {
        Map<String, Double> ea = a.errorByToponym();
        Map<String, Double> eb = b.errorByToponym();
        List<String> common = ea.keySet().stream().filter(eb::containsKey).toList();
        Score sa = new Score(0, 0, 0, 0, common.stream().mapToDouble(ea::get).toArray());
        Score sb = new Score(0, 0, 0, 0, common.stream().mapToDouble(eb::get).toArray());
        out.printf(Locale.ROOT, "same toponyms (n=%d): %s Acc@161km %.3f, mean %.0f km, AUC %.3f | %s Acc@161km %.3f, "
                + "mean %.0f km, AUC %.3f%n", common.size(), labelA, sa.accAt161(), sa.mean(), sa.auc(), labelB,
                sb.accAt161(), sb.mean(), sb.auc());
    }

    /** Runs a geoparser over every gold article and scores it; with showErrors, prints each miss, wrong answer and extra. */
    @SuppressWarnings("unchecked")
    public static Score score(List<Map<String, Object>> docs, GazetteerIndex gazetteer, Geoparser parser, boolean showErrors) {
        int countryLevel = 0;
        int inCountry = 0;
        List<Double> below = new ArrayList<>();
        Map<String, Double> byToponym = new java.util.HashMap<>();
        int gold = 0;
        int predicted = 0;
        int matchedGold = 0;
        int matchedPredicted = 0;
        List<Double> errors = new ArrayList<>();
        for (Map<String, Object> d : docs) {
            String id = (String) d.get("id");
            String text = (String) d.get("text");
            List<PlaceMention> preds = parser.parse(id, text);
            List<Map<String, Object>> tops = (List<Map<String, Object>>) d.get("toponyms");
            boolean[] used = new boolean[preds.size()];
            predicted += preds.size();
            for (Map<String, Object> t : tops) {
                gold++;
                int gs = text.offsetByCodePoints(0, ((Number) t.get("start")).intValue());
                int ge = text.offsetByCodePoints(0, ((Number) t.get("end")).intValue());
                int hit = -1;
                for (int p = 0; p < preds.size(); p++) {
                    if (!used[p] && preds.get(p).start() < ge && gs < preds.get(p).end()) {
                        hit = p;
                        break;
                    }
                }
                if (hit < 0) {
                    if (showErrors) {
                        System.out.println("MISS\t" + id + "\t" + t.get("name") + "\t" + context(text, gs, ge));
                    }
                    continue;
                }
                used[hit] = true;
                matchedGold++;
                PlaceMention pm = preds.get(hit);
                double err = Geo.distanceKm(((Number) t.get("lat")).doubleValue(), ((Number) t.get("lon")).doubleValue(),
                        pm.place().lat(), pm.place().lon());
                errors.add(err);
                byToponym.put(id + "@" + gs, err);
                if (pm.resolution() == Resolution.COUNTRY) {
                    countryLevel++;
                    String where = gazetteer.nearestPopulatedPlace(((Number) t.get("lat")).doubleValue(),
                            ((Number) t.get("lon")).doubleValue(), 150).map(Place::country).orElse("");
                    if (where.equals(pm.place().country())) {
                        inCountry++;
                    }
                } else {
                    below.add(err);
                }
                if (showErrors && err >= 161) {
                    System.out.printf(Locale.ROOT, "WRONG\t%s\t%s\t%.0f km\t-> %s %s %s %s (%.4f, %.4f) pop %d%n", id,
                            t.get("name"), err, pm.place().name(), pm.place().country(), pm.place().admin1(),
                            pm.place().featureCode(), pm.place().lat(), pm.place().lon(), pm.place().population());
                }
            }
            for (int p = 0; p < preds.size(); p++) {
                if (used[p]) {
                    matchedPredicted++;
                } else if (showErrors) {
                    PlaceMention pm = preds.get(p);
                    System.out.println("EXTRA\t" + id + "\t" + pm.text() + "\t" + pm.place().name() + " " + pm.place().country()
                            + " " + pm.place().featureCode() + "\t" + context(text, pm.start(), pm.end()));
                }
            }
        }
        return new Score(gold, predicted, matchedGold, matchedPredicted, errors.stream().mapToDouble(Double::doubleValue).toArray(),
                countryLevel, inCountry, below.stream().mapToDouble(Double::doubleValue).toArray(), byToponym);
    }

    private static String context(String text, int s, int e) {
        return text.substring(Math.max(0, s - 40), s).replace('\n', ' ') + "[[" + text.substring(s, e) + "]]"
                + text.substring(e, Math.min(text.length(), e + 40)).replace('\n', ' ');
    }

    /** The gold articles of a GeoVirus-format JSON Lines file, as parsed JSON objects. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> readGold(Path file) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add((Map<String, Object>) Json.parse(line));
            }
        }
        return out;
    }
}
