package org.dyad.app.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predictions against gold records, record by record (docs/evaluation.md). For each
 * record and measure the gold and predicted values are compared as sets; a gold record with no
 * event makes every prediction a false positive. Measures:
 *
 * <ul>
 *   <li>{@code event type}: PLOVER types; {@code cameo root}: two-digit roots (gold with CAMEO
 *       codes only); {@code source}, {@code target}: full actor codes; {@code source country},
 *       {@code target country}: their first three letters;</li>
 *   <li>{@code type + source country}: (source country, type);</li>
 *   <li>{@code triple exact}: (source, target, event), the event being the CAMEO code when the gold
 *       has one, else the PLOVER type; {@code triple relaxed}: (source country, target country,
 *       CAMEO root or type); {@code triple type}: (source country, target country, type);</li>
 *   <li>{@code material conflict}: the types of {@link #MATERIAL_CONFLICT}.</li>
 * </ul>
 *
 * A gold event with no target matches a prediction with any target, one whose target is
 * {@link GoldEvent#NO_TARGET} only a prediction without a target; a record whose gold events all
 * lack a target is left out of the target measures. A gold party {@link GoldEvent#ANY_PARTY} matches
 * any predicted party. Not thread-safe: one scorer
 * per run.
 */
public final class EvalScorer {
    /** Measure names, in report order. */
    public static final List<String> MEASURES = List.of("event type", "cameo root", "source", "target",
            "source country", "target country", "type + source country", "triple exact", "triple relaxed",
            "triple type", "material conflict");

    /**
     * PLOVER's material-conflict types; {@code material conflict} compares a record's gold and
     * predicted types among these, so its precision is the share of emitted ones the gold has.
     */
    public static final Set<String> MATERIAL_CONFLICT = Set.of("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final double BIN = 0.1;
    private static final String ANY = "\u0000any";

    private final Map<String, Prf> metrics = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final int[] binEvents = new int[10];
    private final int[] binRight = new int[10];
    private final double[] binConfidence = new double[10];
    private final Map<String, int[]> categories = new TreeMap<>();
    private final List<EvalReport.Outcome> outcomes = new ArrayList<>();
    private final List<EvalReport.Scored> scored = new ArrayList<>();

    public EvalScorer() {
        for (String m : MEASURES) {
            metrics.put(m, new Prf(0, 0, 0));
        }
    }

    /** Scores one record. */
    public void add(GoldRecord gold, List<Prediction> predicted) {
        boolean withCameo = gold.events().stream().allMatch(e -> e.cameo().isPresent());
        List<GoldEvent> g = gold.events();
        add("event type", keys(g, e -> k(e.type())), keys(predicted, p -> k(p.type())));
        if (withCameo) {
            add("cameo root", keys(g, e -> k(root(e.cameo().orElseThrow()))), keys(predicted, p -> k(root(p.cameo()))));
        }
        add("source", keys(g, e -> k(party(e.source()))), keys(predicted, p -> k(p.source())));
        add("source country", keys(g, e -> k(country(party(e.source())))), keys(predicted, p -> k(country(p.source()))));
        if (g.isEmpty() || g.stream().anyMatch(e -> !e.target().isEmpty())) {
            add("target", keys(g, e -> k(target(e.target()))), keys(predicted, p -> k(p.target())));
            add("target country", keys(g, e -> k(country(target(e.target())))),
                    keys(predicted, p -> k(country(p.target()))));
        }
        add("type + source country", keys(g, e -> k(country(party(e.source())), e.type())),
                keys(predicted, p -> k(country(p.source()), p.type())));
        Set<List<String>> goldExact = keys(g, e -> exact(e));
        Set<List<String>> predictedExact = keys(predicted, p -> k(p.source(), p.target(),
                withCameo ? p.cameo() : p.type()));
        Prf exact = add("triple exact", goldExact, predictedExact);
        Set<List<String>> goldRelaxed = keys(g, e -> relaxed(e));
        add("triple relaxed", goldRelaxed, keys(predicted, p -> relaxed(p, withCameo)));
        add("triple type", keys(g, e -> k(country(party(e.source())), country(target(e.target())), e.type())),
                keys(predicted, p -> k(country(p.source()), country(p.target()), p.type())));
        add("material conflict", keys(g, e -> conflict(e.type())), keys(predicted, p -> conflict(p.type())));
        confuse(g, predicted);
        for (Prediction p : predicted) {
            int bin = Math.min(9, (int) Math.floor(p.confidence() / BIN));
            binEvents[bin]++;
            binConfidence[bin] += p.confidence();
            boolean right = goldRelaxed.stream().anyMatch(key -> matches(key, relaxed(p, withCameo)));
            if (right) {
                binRight[bin]++;
            }
            p.key().ifPresent(key -> scored.add(new EvalReport.Scored(key, right)));
        }
        boolean fullyRight = exact.fp() == 0 && exact.fn() == 0;
        int[] c = categories.computeIfAbsent(gold.category(), x -> new int[2]);
        c[0]++;
        c[1] += fullyRight ? 1 : 0;
        outcomes.add(new EvalReport.Outcome(gold.id(), gold.category(), fullyRight,
                goldExact.stream().map(EvalScorer::show).toList(), predictedExact.stream().map(EvalScorer::show).toList()));
    }

    public EvalReport report() {
        List<EvalReport.Bin> bins = new ArrayList<>();
        for (int i = 0; i < binEvents.length; i++) {
            bins.add(new EvalReport.Bin(round(i * BIN), round((i + 1) * BIN), binEvents[i], binRight[i],
                    binEvents[i] == 0 ? 0 : binConfidence[i] / binEvents[i]));
        }
        Map<String, EvalReport.Category> cats = new TreeMap<>();
        categories.forEach((k, v) -> cats.put(k, new EvalReport.Category(v[0], v[1])));
        Map<String, Map<String, Integer>> conf = new TreeMap<>();
        confusion.forEach((k, v) -> conf.put(k, Map.copyOf(v)));
        return new EvalReport(outcomes.size(), metrics, conf, bins, cats, outcomes, scored);
    }

    private Prf add(String measure, Set<List<String>> gold, Set<List<String>> predicted) {
        Set<List<String>> unmatched = new LinkedHashSet<>(predicted);
        int tp = 0;
        for (List<String> g : gold) {
            List<String> hit = unmatched.stream().filter(p -> matches(g, p)).findFirst().orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                tp++;
            }
        }
        Prf prf = new Prf(tp, unmatched.size(), gold.size() - tp);
        metrics.merge(measure, prf, Prf::plus);
        return prf;
    }

    private void confuse(List<GoldEvent> gold, List<Prediction> predicted) {
        Set<String> g = new LinkedHashSet<>();
        gold.forEach(e -> g.add(e.type()));
        Set<String> p = new LinkedHashSet<>();
        predicted.forEach(e -> p.add(e.type()));
        List<String> spare = new ArrayList<>(p);
        spare.removeAll(g);
        for (String type : g) {
            if (p.contains(type)) {
                count(type, type);
            } else if (!spare.isEmpty()) {
                count(type, spare.remove(0));
            } else {
                count(type, "none");
            }
        }
        spare.forEach(type -> count("none", type));
    }

    private void count(String gold, String predicted) {
        confusion.computeIfAbsent(gold, x -> new HashMap<>()).merge(predicted, 1, Integer::sum);
    }

    private static List<String> exact(GoldEvent e) {
        return k(party(e.source()), target(e.target()), e.cameo().orElse(e.type()));
    }

    private static List<String> relaxed(GoldEvent e) {
        return k(country(party(e.source())), country(target(e.target())), e.cameo().map(EvalScorer::root).orElse(e.type()));
    }

    private static List<String> relaxed(Prediction p, boolean withCameo) {
        return k(country(p.source()), country(p.target()), withCameo ? root(p.cameo()) : p.type());
    }

    /** True when every part of the gold key is the prediction's or a wildcard. */
    private static boolean matches(List<String> gold, List<String> predicted) {
        for (int i = 0; i < gold.size(); i++) {
            if (!gold.get(i).equals(ANY) && !gold.get(i).equals(predicted.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String target(String t) {
        return t.isEmpty() ? ANY : t.equals(GoldEvent.NO_TARGET) ? "" : party(t);
    }

    private static String party(String gold) {
        return gold.equals(GoldEvent.ANY_PARTY) ? ANY : gold;
    }

    /** A material-conflict type as a key, else null (no key). */
    private static List<String> conflict(String type) {
        return MATERIAL_CONFLICT.contains(type) ? k(type) : k((String) null);
    }

    private static String country(String code) {
        return code.equals(ANY) || code.length() <= 3 ? code : code.substring(0, 3);
    }

    private static String root(String cameo) {
        return cameo.length() <= 2 ? cameo : cameo.substring(0, 2);
    }

    private static List<String> k(String... parts) {
        return Arrays.asList(parts);
    }

    private static <T> Set<List<String>> keys(List<T> items, java.util.function.Function<T, List<String>> key) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (T t : items) {
            List<String> k = key.apply(t);
            if (k.stream().allMatch(Objects::nonNull) && !(k.size() == 1 && k.get(0).equals(ANY))) {
                out.add(k);
            }
        }
        return out;
    }

    private static String show(List<String> key) {
        return String.join(" ", key.stream().map(s -> s.equals(ANY) ? "*" : s.isEmpty() ? "-" : s).toList());
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
