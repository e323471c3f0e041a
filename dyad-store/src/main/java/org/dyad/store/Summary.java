package org.dyad.store;

import java.util.List;
import java.util.Map;

/**
 * An overview of the store for {@code dyad demo}.
 *
 * @param duplicateArticles articles linked as near-duplicates of an earlier one
 * @param byPloverType events per PLOVER type, most frequent first; events of codes PLOVER does not
 *     type (statements, appeals) under {@link #NO_PLOVER_TYPE}
 * @param topDyads most frequent source-target code pairs, written {@code SRC->TGT}; events without a
 *     target are no dyad
 * @param topPlaces most frequent event places
 */
public record Summary(long articles, long events, long incidents, long duplicateArticles,
        Map<String, Long> byPloverType, List<Count> topDyads, List<Count> topPlaces) {

    /** The label of events whose code has no PLOVER type. */
    public static final String NO_PLOVER_TYPE = "no PLOVER type";

    public record Count(String label, long count) {}

    public Summary {
        byPloverType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPloverType));
        topDyads = List.copyOf(topDyads);
        topPlaces = List.copyOf(topPlaces);
    }

    /** A plain-text report, one fact per line. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("articles   ").append(articles).append(" (").append(duplicateArticles)
                .append(" near-duplicates)\n");
        sb.append("events     ").append(events).append('\n');
        sb.append("incidents  ").append(incidents).append('\n');
        sb.append("\nevents by PLOVER type\n");
        byPloverType.forEach((k, v) -> sb.append(String.format("  %-16s %8d%n", k, v)));
        sb.append("\ntop dyads\n");
        topDyads.forEach(c -> sb.append(String.format("  %-24s %8d%n", c.label(), c.count())));
        sb.append("\ntop places\n");
        topPlaces.forEach(c -> sb.append(String.format("  %-24s %8d%n", c.label(), c.count())));
        return sb.toString();
    }
}
