package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The filters of {@link EventQuery} (those of {@code dyad query}) and four more for browsing:
 * {@code source} and {@code target} alone (code prefixes), {@code quadClass} (0 neutral to 4
 * material conflict) and {@code place} (a GeoNames id, or a place name, case-insensitive). The
 * query's limit is not used: pages have their own size.
 */
public record EventFilter(EventQuery query, Optional<String> source, Optional<String> target,
        OptionalInt quadClass, Optional<String> place) {

    public EventFilter {
        if (query == null) {
            throw new IllegalArgumentException("an event filter needs its query (EventQuery.all() for none)");
        }
        source = code("source", source);
        target = code("target", target);
        quadClass = quadClass == null ? OptionalInt.empty() : quadClass;
        if (quadClass.isPresent() && (quadClass.getAsInt() < 0 || quadClass.getAsInt() > 4)) {
            throw new IllegalArgumentException("quad class " + quadClass.getAsInt()
                    + " outside 0..4 (0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,"
                    + " 4 material conflict)");
        }
        place = place == null ? Optional.empty() : place.map(String::trim).filter(p -> !p.isEmpty());
    }

    /** Every event. */
    public static EventFilter all() {
        return of(EventQuery.all());
    }

    /** The filters of {@code query} alone. */
    public static EventFilter of(EventQuery query) {
        return new EventFilter(query, Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    private static Optional<String> code(String what, Optional<String> c) {
        Optional<String> v = c == null ? Optional.empty()
                : c.map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        if (v.isPresent() && !v.get().matches("(---)?[A-Z0-9]*")) {
            throw new IllegalArgumentException(what + " code '" + v.get() + "' must be letters and digits, e.g. RUSGOV,"
                    + " after '---' for a party of unknown country, e.g. ---COP");
        }
        return v;
    }

    /** The WHERE clause over {@code events} (no alias) and its parameters. */
    Queries.Filter sql() {
        Queries.Filter base = Queries.filter(query);
        List<String> terms = new ArrayList<>(List.of(base.where()));
        List<Object> params = new ArrayList<>(base.params());
        source.ifPresent(s -> {
            terms.add("starts_with(source_code, ?)");
            params.add(s);
        });
        target.ifPresent(t -> {
            terms.add("starts_with(target_code, ?)");
            params.add(t);
        });
        quadClass.ifPresent(q -> {
            terms.add("quad_class = ?");
            params.add(q);
        });
        place.ifPresent(p -> {
            if (p.matches("\\d{1,18}")) {
                terms.add("geonameid = ?");
                params.add(Long.parseLong(p));
            } else {
                terms.add("geonameid IN (SELECT geonameid FROM places WHERE lower(name) = ?)");
                params.add(p.toLowerCase(Locale.ROOT));
            }
        });
        query.text().flatMap(EventFilter::phrasePattern).ifPresent(pattern -> {
            // The word index holds the keys of the words and their pairs; the phrase itself is
            // checked here so that totals and pages agree (one word needs no check).
            terms.add("regexp_matches(lower(sentence_text), ?)");
            params.add(pattern);
        });
        return new Queries.Filter(String.join(" AND ", terms), params);
    }

    /**
     * The regular expression a text filter of two words or more checks against the lower-cased
     * sentence; empty for one word, which the word index decides alone.
     */
    static java.util.Optional<String> phrasePattern(String text) {
        List<String> words = words(text);
        return words.size() > 1
                ? Optional.of("(^|[^\\pL\\pN])" + String.join("[^\\pL\\pN]+", words) + "([^\\pL\\pN]|$)")
                : Optional.empty();
    }

    /** The lower-cased runs of letters and digits of {@code text}, as {@link Words} cuts them. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }
}
