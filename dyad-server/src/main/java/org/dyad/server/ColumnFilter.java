package org.dyad.server;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.store.Browser;
import org.dyad.store.EventFilter;
import org.dyad.store.EventQuery;

/**
 * An {@link EventFilter} applied to {@link EventColumns}: the same conditions the store's SQL
 * applies ({@code Queries.filter} and {@code EventFilter.sql}), so that the read model's pages and
 * counts are the store's. Code prefixes are decided once per distinct code, not once per event;
 * a text filter starts from the postings of its word keys and checks a phrase on the candidates'
 * sentences only.
 */
final class ColumnFilter {
    private ColumnFilter() {}

    /** The rows of {@code c} that {@code f} matches. */
    static BitSet matches(EventColumns c, EventFilter f) {
        EventQuery q = f.query();
        BitSet out = candidates(c, q);
        boolean[] actor = prefix(c.codes, q.actor());
        boolean[] dyadSource = q.dyadTarget().isPresent() ? prefix(c.codes, q.dyadSource()) : null;
        boolean[] dyadTarget = q.dyadSource().isPresent() ? prefix(c.codes, q.dyadTarget()) : null;
        boolean[] source = prefix(c.codes, f.source());
        boolean[] target = prefix(c.codes, f.target());
        int country = q.country().map(code -> indexOf(c.codes, code)).orElse(-2);
        int cameo = q.cameo().map(code -> indexOf(c.cameos, code)).orElse(-2);
        int root = q.cameoRoot().map(code -> indexOf(c.roots, code)).orElse(-2);
        int plover = q.ploverType().map(t -> indexOf(c.plovers, t.name())).orElse(-2);
        int from = q.from().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
        int to = q.to().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
        boolean dated = q.from().isPresent() || q.to().isPresent();
        double minConfidence = q.minConfidence();
        int quad = f.quadClass().orElse(-1);
        boolean byPlaceId = f.place().isPresent() && f.place().get().matches("\\d{1,18}");
        long placeId = byPlaceId ? Long.parseLong(f.place().get()) : 0;
        boolean[] placeNamed = byPlaceId ? null : placesNamed(c, f.place());
        Optional<Pattern> phrase = q.text().flatMap(t -> Browser.TextMatch.of(t).phrasePattern()).map(Pattern::compile);
        for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
            boolean keep = (actor == null || in(actor, c.source[i]) || in(actor, c.target[i]))
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
                    && (phrase.isEmpty() || phrase.get().matcher(c.rows[i].sentenceText().toLowerCase(Locale.ROOT)).find());
            if (!keep) {
                out.clear(i);
            }
        }
        return out;
    }

    /** Every row, or for a text filter the rows whose sentence holds all its keys. */
    private static BitSet candidates(EventColumns c, EventQuery q) {
        BitSet out = new BitSet(c.size);
        if (q.text().isEmpty()) {
            out.set(0, c.size);
            return out;
        }
        int[] keys = Browser.TextMatch.of(q.text().get()).keys();
        int[] rows = c.rowsWithWord(keys[0]);
        for (int r : rows) {
            out.set(r);
        }
        for (int k = 1; k < keys.length && !out.isEmpty(); k++) {
            BitSet also = new BitSet(c.size);
            for (int r : c.rowsWithWord(keys[k])) {
                also.set(r);
            }
            out.and(also);
        }
        return out;
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
