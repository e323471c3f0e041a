package org.dyad.gazetteer.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scores of one geoparser on one gold set: recognition (overlap matching of spans) and, over the
 * matched toponyms, distance measures.
 *
 * @param errors error distances in km of the matched toponyms
 * @param countryLevel matched answers at country level
 * @param countryLevelInCountry of those, answers whose gold point lies in that country
 * @param belowCountryErrors error distances of the answers below country level
 * @param errorByToponym error by {@code articleId@start}, for comparing systems on the same toponyms
 * @param cases the errors, one by one
 */
public record GeoScore(int gold, int predicted, int matchedGold, int matchedPredicted, double[] errors, int countryLevel,
        int countryLevelInCountry, double[] belowCountryErrors, Map<String, Double> errorByToponym, List<GeoCase> cases) {

    public GeoScore {
        errors = errors.clone();
        belowCountryErrors = belowCountryErrors.clone();
        errorByToponym = Map.copyOf(errorByToponym);
        cases = List.copyOf(cases);
    }

    /** Distance measures of a list of errors alone. */
    public static GeoScore ofErrors(double[] errors) {
        return new GeoScore(0, 0, 0, 0, errors, 0, 0, new double[0], Map.of(), List.of());
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    public double f1() {
        return 2 * precision() * recall() / Math.max(1e-9, precision() + recall());
    }

    /** Share of matched toponyms placed less than 161 km (100 miles) from the gold point. */
    public double accAt161() {
        return errors.length == 0 ? 0 : Arrays.stream(errors).filter(e -> e < 161).count() / (double) errors.length;
    }

    /**
     * Acc@161km where a country-level answer counts as right when the gold point lies in that
     * country, whatever point stands for the country.
     */
    public double countryAwareAccAt161() {
        return (Arrays.stream(belowCountryErrors).filter(e -> e < 161).count() + countryLevelInCountry)
                / (double) Math.max(1, errors.length);
    }

    public double mean() {
        return Arrays.stream(errors).average().orElse(0);
    }

    public double median() {
        double[] s = errors.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Trapezoid area under sorted ln(1 + error), normalised by ln(20039 km) and the count (Gritta et al. 2018). */
    public double auc() {
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
