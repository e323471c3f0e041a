package org.dyad.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.store.Browser;
import org.dyad.store.EventFilter;
import org.dyad.store.EventQuery;

/**
 * An {@link EventFilter} applied to {@link EventColumns}: the same conditions the store's SQL
 * applies ({@code Queries.filter} and {@code EventFilter.sql}), so that the read model's pages and
 * counts are the store's. It costs time in proportion to the smallest set of candidates one
 * condition gives, not to the store: a date range is an interval of rows, an equality or a code
 * prefix the postings of its values, a text filter the postings of its rarest word key. The
 * smallest of those is walked and each candidate checked against every condition ({@link
 * #test}); a phrase is checked with the store's regular expression last, on what is left.
 */
final class ColumnFilter {
    /** Rows of one value of one column: a slice of its postings. */
    private record Slice(Postings postings, int value) {}

    private final EventColumns c;
    private final boolean[] actor;
    private final boolean[] dyadSource;
    private final boolean[] dyadTarget;
    private final boolean[] source;
    private final boolean[] target;
    private final int country;
    private final int cameo;
    private final int root;
    private final int plover;
    private final boolean dated;
    private final int from;
    private final int to;
    private final double minConfidence;
    private final int quad;
    private final boolean byPlaceId;
    private final long placeId;
    private final boolean[] placeNamed;
    private final int[] wordKeys;
    /** The same keys as positions in the word postings ({@link EventColumns#wordIndex}). */
    private final int[] words;
    private final Optional<Pattern> phrase;
    /** The word key whose postings are walked, so that no candidate needs it checked; MIN_VALUE for none. */
    private int walkedWord = Integer.MIN_VALUE;

    private ColumnFilter(EventColumns c, EventFilter f) {
        this.c = c;
        EventQuery q = f.query();
        actor = prefix(c.codes, q.actor());
        dyadSource = q.dyadTarget().isPresent() ? prefix(c.codes, q.dyadSource()) : null;
        dyadTarget = q.dyadSource().isPresent() ? prefix(c.codes, q.dyadTarget()) : null;
        source = prefix(c.codes, f.source());
        target = prefix(c.codes, f.target());
        country = q.country().map(code -> indexOf(c.codes, code)).orElse(-2);
        cameo = q.cameo().map(code -> indexOf(c.cameos, code)).orElse(-2);
        root = q.cameoRoot().map(code -> indexOf(c.roots, code)).orElse(-2);
        plover = q.ploverType().map(t -> indexOf(c.plovers, t.name())).orElse(-2);
        dated = q.from().isPresent() || q.to().isPresent();
        from = q.from().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
        to = q.to().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
        minConfidence = q.minConfidence();
        quad = f.quadClass().orElse(-1);
        byPlaceId = f.place().isPresent() && f.place().get().matches("\\d{1,18}");
        placeId = byPlaceId ? Long.parseLong(f.place().get()) : 0;
        placeNamed = byPlaceId ? null : placesNamed(c, f.place());
        wordKeys = q.text().map(t -> Browser.TextMatch.of(t).keys()).orElse(null);
        words = wordKeys == null ? null : Arrays.stream(wordKeys).map(c::wordIndex).toArray();
        phrase = q.text().flatMap(t -> Browser.TextMatch.of(t).phrasePattern()).map(Pattern::compile);
    }

    /** The rows of {@code c} that {@code f} matches. */
    static Matches matches(EventColumns c, EventFilter f) {
        return new ColumnFilter(c, f).matches();
    }

    private Matches matches() {
        List<List<Slice>> drivers = drivers();
        if (none()) {
            return Matches.all(c.size);
        }
        int[] range = dated ? c.daysBetween(from, to) : new int[] {0, c.size};
        List<Slice> best = null;
        long fewest = range[1] - range[0];
        for (List<Slice> d : drivers) {
            long n = 0;
            for (Slice s : d) {
                int[] w = within(s, range);
                n += w[1] - w[0];
            }
            if (n < fewest) {
                fewest = n;
                best = d;
            }
        }
        int[] out = new int[(int) fewest];
        int n = 0;
        if (best == null) {
            for (int row = range[0]; row < range[1]; row++) {
                if (test(row)) {
                    out[n++] = row;
                }
            }
        } else if (best.size() == 1) {
            walkedWord = best.get(0).postings() == c.words ? best.get(0).value() : Integer.MIN_VALUE;
            int[] rows = best.get(0).postings().rows();
            int[] slice = within(best.get(0), range);
            for (int k = slice[0]; k < slice[1]; k++) {
                if (test(rows[k])) {
                    out[n++] = rows[k];
                }
            }
        } else {
            long[] union = new long[((range[1] - range[0]) >>> 6) + 1];
            for (Slice s : best) {
                int[] rows = s.postings().rows();
                int[] slice = within(s, range);
                for (int k = slice[0]; k < slice[1]; k++) {
                    int bit = rows[k] - range[0];
                    union[bit >>> 6] |= 1L << bit;
                }
            }
            for (int w = 0; w < union.length; w++) {
                for (long word = union[w]; word != 0; word &= word - 1) {
                    int row = range[0] + (w << 6) + Long.numberOfTrailingZeros(word);
                    if (test(row)) {
                        out[n++] = row;
                    }
                }
            }
        }
        return Matches.of(out, n, c.size);
    }

    /** Whether there is no condition at all. */
    private boolean none() {
        return actor == null && dyadSource == null && source == null && target == null && country == -2 && cameo == -2
                && root == -2 && plover == -2 && !dated && minConfidence <= 0 && quad < 0 && !byPlaceId
                && placeNamed == null && wordKeys == null;
    }

    /** For each condition that postings can answer, the slices whose union holds every row it matches. */
    private List<List<Slice>> drivers() {
        List<List<Slice>> out = new ArrayList<>();
        if (actor != null) {
            out.add(codeSlices(actor, c.bySource, c.byTarget));
        }
        if (dyadSource != null) {
            out.add(codeSlices(dyadSource, c.bySource));
            out.add(codeSlices(dyadTarget, c.byTarget));
        }
        if (source != null) {
            out.add(codeSlices(source, c.bySource));
        }
        if (target != null) {
            out.add(codeSlices(target, c.byTarget));
        }
        if (country != -2) {
            out.add(List.of(new Slice(c.bySourceCountry, country), new Slice(c.byTargetCountry, country)));
        }
        addOne(out, cameo, c.byCameo);
        addOne(out, root, c.byRoot);
        addOne(out, plover, c.byPlover);
        addOne(out, quad < 0 ? -2 : quad, c.byQuad);
        if (byPlaceId) {
            int p = -1;
            for (int i = 0; i < c.places.size() && p < 0; i++) {
                p = c.places.get(i).geonameId() == placeId ? i : -1;
            }
            if (p >= 0) {
                out.add(List.of(new Slice(c.byPlace, p))); // else no posting holds it: walk the rows
            }
        }
        if (placeNamed != null) {
            List<Slice> named = new ArrayList<>();
            for (int p = 0; p < placeNamed.length; p++) {
                if (placeNamed[p]) {
                    named.add(new Slice(c.byPlace, p));
                }
            }
            out.add(named);
        }
        if (words != null) {
            for (int word : words) {
                out.add(List.of(new Slice(c.words, word)));
            }
        }
        return out;
    }

    private static void addOne(List<List<Slice>> out, int value, Postings postings) {
        if (value != -2) {
            out.add(List.of(new Slice(postings, value))); // -1: no event has the value, an empty slice
        }
    }

    private static List<Slice> codeSlices(boolean[] codes, Postings... columns) {
        List<Slice> out = new ArrayList<>();
        for (int code = 0; code < codes.length; code++) {
            if (codes[code]) {
                for (Postings p : columns) {
                    out.add(new Slice(p, code));
                }
            }
        }
        return out;
    }

    /** The positions {@code [from, to)} in the slice's postings of its rows inside {@code range}. */
    private static int[] within(Slice s, int[] range) {
        Postings p = s.postings();
        if (p.count(s.value()) == 0) {
            return new int[] {0, 0};
        }
        int[] rows = p.rows();
        int lo = Arrays.binarySearch(rows, p.start(s.value()), p.end(s.value()), range[0]);
        int hi = Arrays.binarySearch(rows, p.start(s.value()), p.end(s.value()), range[1]);
        return new int[] {lo < 0 ? -lo - 1 : lo, hi < 0 ? -hi - 1 : hi};
    }

    /** Whether event {@code i} meets every condition (as the store's WHERE clause). */
    boolean test(int i) {
        return (actor == null || in(actor, c.source[i]) || in(actor, c.target[i]))
                && (dyadSource == null || (in(dyadSource, c.source[i]) && in(dyadTarget, c.target[i])))
                && (source == null || in(source, c.source[i]))
                && (target == null || in(target, c.target[i]))
                && (country == -2 || (country >= 0 && (c.sourceCountry[i] == country || c.targetCountry[i] == country)))
                && (cameo == -2 || c.cameo[i] == cameo && cameo >= 0)
                && (root == -2 || c.cameoRoot[i] == root && root >= 0)
                && (plover == -2 || c.plover[i] == plover && plover >= 0)
                && (!dated || (c.day[i] != EventColumns.NO_DAY && c.day[i] >= from && c.day[i] <= to))
                && (minConfidence <= 0 || c.confidence[i] >= minConfidence)
                && (quad < 0 || c.quad[i] == quad)
                && (!byPlaceId || c.geonameId[i] == placeId)
                && (placeNamed == null || (c.place[i] >= 0 && placeNamed[c.place[i]]))
                && hasWords(i)
                && (phrase.isEmpty() || phrase.get().matcher(c.rows[i].sentenceText().toLowerCase(Locale.ROOT)).find());
    }

    private boolean hasWords(int row) {
        if (words == null) {
            return true;
        }
        for (int word : words) {
            if (word != walkedWord && !c.words.holds(word, row)) {
                return false;
            }
        }
        return true;
    }

    /** Every row {@code f} matches, each tested: what {@link #matches} must equal (for tests). */
    static Matches scan(EventColumns c, EventFilter f) {
        ColumnFilter filter = new ColumnFilter(c, f);
        int[] out = new int[c.size];
        int n = 0;
        for (int row = 0; row < c.size; row++) {
            if (filter.test(row)) {
                out[n++] = row;
            }
        }
        return Matches.of(out, n, c.size);
    }

    /** Which codes start with {@code prefix}; null when there is no such filter. */
    private static boolean[] prefix(String[] codes, Optional<String> prefix) {
        if (prefix.isEmpty()) {
            return null;
        }
        boolean[] out = new boolean[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i].startsWith(prefix.get());
        }
        return out;
    }

    private static boolean in(boolean[] matching, int code) {
        return code >= 0 && matching[code];
    }

    /** The number of {@code value} in a dictionary, or -1 when no event has it. */
    private static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /** Which places have the name a place filter gives, case-insensitive; null without the filter. */
    private static boolean[] placesNamed(EventColumns c, Optional<String> place) {
        if (place.isEmpty()) {
            return null;
        }
        boolean[] out = new boolean[c.places.size()];
        String name = place.get().toLowerCase(Locale.ROOT);
        for (int i = 0; i < out.length; i++) {
            out[i] = c.places.get(i).name().toLowerCase(Locale.ROOT).equals(name);
        }
        return out;
    }
}
