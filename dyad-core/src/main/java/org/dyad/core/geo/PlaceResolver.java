package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.facts.MentionKind;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceEvidence;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.text.Span;

/**
 * Recognises place mentions and resolves each to one gazetteer entry.
 *
 * <p>A candidate's score adds up: a prior ({@link PlacePrior}: population, feature code, how the
 * name refers to it); containment ({@link Containment}: {@code Kabul, Afghanistan},
 * {@code Charleston, W.Va.}); the article's country context (countries the caller passes, for
 * example those of its actors); and what the article's other places say ({@link Coherence}: other
 * names in the same country and region, the article's focus, nearby places), recomputed over a
 * few rounds. A small town named like a country or state is read only when the text contains it.
 * Demonyms ({@code Russian}, {@code Europeans}) become mentions of kind {@link MentionKind#DEMONYM}
 * of their country or region, never a town. Each mention keeps its evidence: the deciding rule and
 * the competing candidates. See {@code docs/geo.md}.
 *
 * <pre>{@code
 * PlaceResolver resolver = new PlaceResolver(gazetteer, PlaceResolver.Options.DEFAULT);
 * List<PlaceMention> places = resolver.resolve(document, Set.of("AFG"));
 * }</pre>
 */
public final class PlaceResolver implements Stage {
    private static final int ROUNDS = 3;
    private static final double CONTEXT = 0.35;
    private static final String[] TERMS = {"prior", "containment", "context", "coherence", "focus", "nearby"};

    private final PlaceRecognizer recognizer;
    private final Options options;

    /**
     * How the resolver behaves.
     *
     * @param demonyms report demonyms ({@code Kenyan}) as mentions of kind DEMONYM of their
     *     country or region; when false they are dropped, though they still say which country the
     *     article is about
     * @param populationOnly the largest-population baseline: pick the most populous candidate and
     *     keep every recognised name
     */
    public record Options(boolean demonyms, boolean populationOnly) {
        public static final Options DEFAULT = new Options(true, false);
        public static final Options POPULATION_BASELINE = new Options(true, true);
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
        Set<String> countries = new LinkedHashSet<>();
        if (document.has(LayerKind.ACTORS)) {
            Set<String> iso3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
            for (ActorMention m : document.actors()) {
                if (iso3.contains(m.code().country())) {
                    countries.add(m.code().country());
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
        List<Recognized> demonyms = new ArrayList<>();
        Map<String, Set<String>> demonymCountries = new HashMap<>();
        for (Recognized r : recognizer.recognize(doc)) {
            if (r.candidates().stream().anyMatch(c -> c.kind() == NameKind.DEMONYM)) {
                // "Canadian" is the adjective, never the town in Texas; it says the article is about Canada.
                List<Candidate> of = r.candidates().stream().filter(c -> c.kind() == NameKind.DEMONYM).toList();
                for (Candidate c : of) {
                    if (!c.place().country().isEmpty()) {
                        demonymCountries.computeIfAbsent(c.place().country(), k -> new HashSet<>()).add(key(doc, r));
                    }
                }
                demonyms.add(with(r, of));
                continue;
            }
            List<Candidate> kept = r.directional()
                    ? r.candidates().stream().filter(c -> c.place().resolution() == Resolution.COUNTRY
                            || c.place().resolution() == Resolution.ADMIN1).toList()
                    : r.candidates();
            if (!kept.isEmpty()) {
                recs.add(with(r, kept));
            }
        }
        List<PlaceMention> out = options.populationOnly() ? largestPopulation(doc, recs)
                : resolveNames(doc, recs, demonymCountries, contextCountriesIso3);
        if (options.demonyms()) {
            for (Recognized r : demonyms) {
                out.add(demonym(doc, r, contextCountriesIso3));
            }
            out.sort(Comparator.comparingInt(PlaceMention::start));
        }
        return out;
    }

    private static Recognized with(Recognized r, List<Candidate> cands) {
        return new Recognized(r.firstToken(), r.endToken(), cands, r.directional(), r.fromNer(), r.weak(), r.glued(),
                r.address());
    }

    private List<PlaceMention> largestPopulation(Document doc, List<Recognized> recs) {
        List<PlaceMention> out = new ArrayList<>(recs.size());
        for (Recognized r : recs) {
            double[] pop = r.candidates().stream().mapToDouble(c -> c.place().population()).toArray();
            int best = argmax(pop);
            out.add(mention(doc, r, best, 1.0, MentionKind.TOPONYM, evidence(r, pop, best, "largest population")));
        }
        return out;
    }

    private List<PlaceMention> resolveNames(Document doc, List<Recognized> recs, Map<String, Set<String>> demonymCountries,
            Set<String> context) {
        int m = recs.size();
        String[] keys = new String[m];
        double[][][] terms = new double[m][][];
        int[] choice = new int[m];
        Containment.Scores contained = Containment.of(doc, recs);
        for (int i = 0; i < m; i++) {
            keys[i] = key(doc, recs.get(i));
            List<Candidate> cs = recs.get(i).candidates();
            terms[i] = new double[cs.size()][TERMS.length];
            double[] prior = new double[cs.size()];
            for (int k = 0; k < cs.size(); k++) {
                prior[k] = PlacePrior.of(cs.get(k), keys[i]);
            }
            PlacePrior.eponymousCities(cs, prior);
            for (int k = 0; k < cs.size(); k++) {
                terms[i][k][0] = prior[k];
                terms[i][k][1] = contained.bonus()[i][k];
            }
            choice[i] = argmax(prior);
        }
        double[][] total = new double[m][];
        Coherence coherence = null;
        for (int round = 0; round <= ROUNDS; round++) {
            coherence = new Coherence(recs, keys, choice, demonymCountries, context);
            for (int i = 0; i < m; i++) {
                List<Candidate> cs = recs.get(i).candidates();
                total[i] = new double[cs.size()];
                for (int k = 0; k < cs.size(); k++) {
                    Place p = cs.get(k).place();
                    double[] t = terms[i][k];
                    boolean shadowed = PlacePrior.shadowedTown(cs, k, keys[i]);
                    // the text's own container outranks the article's context: "Jordan, Minnesota" with
                    // Jordan's actor, "Cairo, Ill." with Egypt's
                    boolean outranked = t[1] == 0 && containedAny(contained.bonus()[i]);
                    t[2] = !shadowed && !outranked && !p.country().isEmpty() && context.contains(p.country()) ? CONTEXT : 0;
                    t[3] = shadowed ? 0 : coherence.support(i, p);
                    t[4] = shadowed ? 0 : coherence.focus(p);
                    t[5] = shadowed ? 0 : coherence.nearby(i, p);
                    for (double v : t) {
                        total[i][k] += v;
                    }
                }
            }
            if (round < ROUNDS) {
                for (int i = 0; i < m; i++) {
                    choice[i] = argmax(total[i]);
                }
            }
        }
        List<PlaceMention> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Recognized r = recs.get(i);
            int c = choice[i];
            Place best = r.candidates().get(c).place();
            double[] t = terms[i][c];
            boolean supported = t[1] > 0 || t[3] > 0 || context.contains(best.country());
            boolean byAlternate = !PlaceNames.normalize(best.name()).equals(keys[i]);
            if (!KeepRule.keep(r, best, keys[i], supported, byAlternate)) {
                continue;
            }
            String rule = decidingRule(terms[i], c, contained.address()[i]);
            out.add(mention(doc, r, c, confidence(total[i], c), MentionKind.TOPONYM, evidence(r, total[i], c, rule)));
        }
        return out;
    }

    /** A demonym's country or region: the likeliest of the places it may stand for. */
    private PlaceMention demonym(Document doc, Recognized r, Set<String> context) {
        String key = key(doc, r);
        double[] score = new double[r.candidates().size()];
        for (int k = 0; k < score.length; k++) {
            Place p = r.candidates().get(k).place();
            score[k] = PlacePrior.of(r.candidates().get(k), key) + (context.contains(p.country()) ? CONTEXT : 0);
        }
        int best = argmax(score);
        return mention(doc, r, best, confidence(score, best), MentionKind.DEMONYM, evidence(r, score, best, "demonym"));
    }

    /** The term by which the winner leads the best other candidate most; the prior when it leads alone. */
    private static String decidingRule(double[][] terms, int chosen, boolean address) {
        if (terms.length == 1) {
            return "only candidate";
        }
        double[] lead = new double[TERMS.length];
        java.util.Arrays.fill(lead, Double.POSITIVE_INFINITY);
        for (int k = 0; k < terms.length; k++) {
            if (k != chosen) {
                for (int t = 0; t < TERMS.length; t++) {
                    lead[t] = Math.min(lead[t], terms[chosen][t] - terms[k][t]);
                }
            }
        }
        int best = 0;
        for (int t = 1; t < TERMS.length; t++) {
            if (lead[t] > lead[best]) {
                best = t;
            }
        }
        if (lead[best] <= 0) {
            best = argmax(terms[chosen]);
        }
        return best == 1 && address ? "address" : TERMS[best];
    }

    private static PlaceEvidence evidence(Recognized r, double[] scores, int chosen, String rule) {
        List<PlaceEvidence.Alternative> others = new ArrayList<>();
        for (int k = 0; k < scores.length; k++) {
            if (k != chosen) {
                others.add(new PlaceEvidence.Alternative(r.candidates().get(k).place(), Math.round(scores[k] * 1000) / 1000.0));
            }
        }
        others.sort(Comparator.comparingDouble(PlaceEvidence.Alternative::score).reversed());
        return new PlaceEvidence(rule, others.subList(0, Math.min(PlaceEvidence.MAX_ALTERNATIVES, others.size())));
    }

    private static String key(Document doc, Recognized r) {
        return PlaceNames.normalize(doc.text().text().substring(doc.tokens().start(r.firstToken()),
                doc.tokens().end(r.endToken() - 1)));
    }

    private static PlaceMention mention(Document doc, Recognized r, int chosen, double score, MentionKind kind,
            PlaceEvidence evidence) {
        int start = doc.tokens().start(r.firstToken());
        int end = doc.tokens().end(r.endToken() - 1);
        Span raw = doc.text().rawSpan(start, end);
        Place p = r.candidates().get(chosen).place();
        Resolution res = r.directional() && p.resolution() == Resolution.COUNTRY ? Resolution.COUNTRY : p.resolution();
        return new PlaceMention(raw, raw.of(doc.text().raw()), p, score, res, res != Resolution.CITY, kind, evidence);
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

    private static boolean containedAny(double[] bonus) {
        for (double b : bonus) {
            if (b > 0) {
                return true;
            }
        }
        return false;
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
}
