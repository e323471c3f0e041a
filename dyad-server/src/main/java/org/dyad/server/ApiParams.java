package org.dyad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.facts.PloverType;
import org.dyad.store.EventFilter;
import org.dyad.store.EventQuery;

/**
 * The query parameters of the API: the filters of {@code dyad query} and a few more, parsed into
 * an {@link EventFilter}. A parameter the endpoint does not know, given twice, or with a bad
 * value is a 400 that names it.
 */
final class ApiParams {
    /** The filter parameters every event endpoint takes. */
    static final List<String> FILTERS = List.of("from", "to", "actor", "source", "target", "country", "cameo", "root",
            "plover", "quad", "place", "text", "min_confidence");

    private final Map<String, List<String>> params;

    ApiParams(Map<String, List<String>> params, Set<String> extra) {
        this.params = params;
        Set<String> known = new TreeSet<>(FILTERS);
        known.addAll(extra);
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badParameter("unknown parameter '" + e.getKey() + "'; this endpoint takes "
                        + String.join(", ", known));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badParameter("parameter '" + e.getKey() + "' is given " + e.getValue().size()
                        + " times; give it once");
            }
        }
    }

    Optional<String> get(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).trim()).filter(s -> !s.isEmpty());
    }

    String required(String name, String example) {
        return get(name).orElseThrow(() -> ApiException.badParameter("parameter '" + name + "' is required, e.g. "
                + name + "=" + example));
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw ApiException.badParameter(name + "=" + n + " is outside " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name + "='" + v.get() + "' is not a whole number");
        }
    }

    /** The filters as the store's {@link EventFilter}; a bad value is a 400 that says why. */
    EventFilter filter() {
        try {
            EventQuery q = EventQuery.all();
            q = apply(q, "actor", q::actor);
            if (get("cameo").isPresent()) {
                q = q.cameo(get("cameo").get());
            }
            if (get("root").isPresent()) {
                q = q.cameoRoot(get("root").get());
            }
            if (get("plover").isPresent()) {
                q = q.ploverType(plover(get("plover").get()));
            }
            if (get("country").isPresent()) {
                q = q.country(get("country").get());
            }
            Optional<LocalDate> from = date("from");
            Optional<LocalDate> to = date("to");
            if (from.isPresent() || to.isPresent()) {
                q = q.between(from.orElse(null), to.orElse(null));
            }
            if (get("min_confidence").isPresent()) {
                q = q.minConfidence(number("min_confidence"));
            }
            if (get("text").isPresent()) {
                q = q.text(get("text").get());
            }
            OptionalInt quad = get("quad").isPresent() ? OptionalInt.of(integer("quad", 0, 0, 4)) : OptionalInt.empty();
            return new EventFilter(q, get("source"), get("target"), quad, get("place"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage());
        }
    }

    private EventQuery apply(EventQuery q, String name, java.util.function.Function<String, EventQuery> f) {
        return get(name).map(f).orElse(q);
    }

    private static PloverType plover(String name) {
        try {
            return PloverType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("unknown PLOVER type '" + name + "'; use one of "
                    + java.util.Arrays.toString(PloverType.values()));
        }
    }

    private Optional<LocalDate> date(String name) {
        Optional<String> v = get(name);
        try {
            return v.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name + "='" + v.get() + "' is not a date; use YYYY-MM-DD");
        }
    }

    private double number(String name) {
        String v = get(name).orElseThrow();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name + "='" + v + "' is not a number");
        }
    }
}
