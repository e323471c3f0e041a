package org.dyad.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.facts.PloverType;

/**
 * Filters for {@link EventStore#query}. Every filter is optional and they combine with AND. Build
 * one from {@link #all()}:
 *
 * <pre>{@code
 * EventQuery q = EventQuery.all().dyad("USA", "IRN").cameoRoot("19").between(from, to).limit(50);
 * }</pre>
 *
 * @param actor actor-code prefix matched against source or target ({@code USA} matches {@code USAGOV})
 * @param dyadSource with {@code dyadTarget}: source-code prefix of a directed dyad
 * @param dyadTarget target-code prefix of a directed dyad
 * @param cameo exact CAMEO code, e.g. {@code 190}
 * @param cameoRoot two-digit CAMEO root, e.g. {@code 19}
 * @param country three-letter country code of the source or the target actor
 * @param text words that the event's sentence contains, consecutively and in order: whole words
 *     (runs of letters and digits), case-insensitive, so {@code "war crimes"} matches "War crimes,"
 *     but not "crimes of war", and {@code "hostage"} does not match "hostages"
 * @param limit most rows to return, 1..100000
 */
public record EventQuery(Optional<String> actor, Optional<String> dyadSource, Optional<String> dyadTarget,
        Optional<String> cameo, Optional<String> cameoRoot, Optional<PloverType> ploverType,
        Optional<String> country, Optional<LocalDate> from, Optional<LocalDate> to, double minConfidence,
        Optional<String> text, int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public EventQuery {
        actor = code("actor", actor);
        dyadSource = code("dyad source", dyadSource);
        dyadTarget = code("dyad target", dyadTarget);
        country = code("country", country);
        cameo = nonNull(cameo);
        cameoRoot = nonNull(cameoRoot);
        if (cameo.isPresent() && !cameo.get().matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + cameo.get() + "' must be 2 to 4 digits, e.g. 190");
        }
        if (cameoRoot.isPresent() && !cameoRoot.get().matches("\\d{2}")) {
            throw new IllegalArgumentException("CAMEO root '" + cameoRoot.get() + "' must be 2 digits, e.g. 19");
        }
        ploverType = nonNull(ploverType);
        from = nonNull(from);
        to = nonNull(to);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("date range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence " + minConfidence + " outside [0, 1]");
        }
        text = nonNull(text).filter(t -> !t.isBlank());
        if (text.isPresent() && Words.hashes(text.get()).length == 0) {
            throw new IllegalArgumentException("text '" + text.get()
                    + "' has no word to search for; give letters or digits, e.g. hostages");
        }
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit " + limit + " outside 1..100000");
        }
    }

    private static <T> Optional<T> nonNull(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }

    private static Optional<String> code(String what, Optional<String> c) {
        Optional<String> v = nonNull(c).map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        if (v.isPresent() && !v.get().matches("(---)?[A-Z0-9]*")) {
            throw new IllegalArgumentException(what + " code '" + v.get() + "' must be letters and digits, e.g. USAGOV,"
                    + " after '---' for a party of unknown country, e.g. ---COP");
        }
        return v;
    }

    /** No filter, the default limit. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0,
                Optional.empty(), DEFAULT_LIMIT);
    }

    public EventQuery actor(String codePrefix) {
        return new EventQuery(Optional.of(codePrefix), dyadSource, dyadTarget, cameo, cameoRoot, ploverType, country,
                from, to, minConfidence, text, limit);
    }

    public EventQuery dyad(String sourcePrefix, String targetPrefix) {
        return new EventQuery(actor, Optional.of(sourcePrefix), Optional.of(targetPrefix), cameo, cameoRoot,
                ploverType, country, from, to, minConfidence, text, limit);
    }

    public EventQuery cameo(String code) {
        return new EventQuery(actor, dyadSource, dyadTarget, Optional.of(code), cameoRoot, ploverType, country, from,
                to, minConfidence, text, limit);
    }

    public EventQuery cameoRoot(String root) {
        return new EventQuery(actor, dyadSource, dyadTarget, cameo, Optional.of(root), ploverType, country, from, to,
                minConfidence, text, limit);
    }

    public EventQuery ploverType(PloverType type) {
        return new EventQuery(actor, dyadSource, dyadTarget, cameo, cameoRoot, Optional.of(type), country, from, to,
                minConfidence, text, limit);
    }

    public EventQuery country(String iso3) {
        return new EventQuery(actor, dyadSource, dyadTarget, cameo, cameoRoot, ploverType, Optional.of(iso3), from,
                to, minConfidence, text, limit);
    }

    /** Events dated from {@code first} to {@code last}, both included. */
    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(actor, dyadSource, dyadTarget, cameo, cameoRoot, ploverType, country,
                Optional.ofNullable(first), Optional.ofNullable(last), minConfidence, text, limit);
    }

    public EventQuery minConfidence(double min) {
        return new EventQuery(actor, dyadSource, dyadTarget, cameo, cameoRoot, ploverType, country, from, to, min,
                text, limit);
    }

    /** Events whose sentence contains these words as a phrase; see {@link EventQuery}. */
    public EventQuery text(String words) {
        return new EventQuery(actor, dyadSource, dyadTarget, cameo, cameoRoot, ploverType, country, from, to,
                minConfidence, Optional.of(words), limit);
    }

    public EventQuery limit(int max) {
        return new EventQuery(actor, dyadSource, dyadTarget, cameo, cameoRoot, ploverType, country, from, to,
                minConfidence, text, max);
    }
}
