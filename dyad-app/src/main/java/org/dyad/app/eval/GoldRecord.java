package org.dyad.app.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One unit of a gold file: a short text (usually one sentence), the date to code it on, and the
 * events a human coder found in it. No events means every event coded from the text is false.
 *
 * @param category the mechanism or class the record tests (PETRARCH category, PLOVER type)
 * @param targetRequired the record was coded keeping only events with a target (PETRARCH's
 *     {@code require_dyad}), so events Dyad codes without one are not scored
 */
public record GoldRecord(String id, String category, String text, Optional<LocalDate> date, List<GoldEvent> events,
        boolean targetRequired) {
    public GoldRecord {
        if (id == null || id.isBlank() || text == null || category == null) {
            throw new IllegalArgumentException("a gold record needs an id, a category and its text");
        }
        date = date == null ? Optional.empty() : date;
        events = List.copyOf(events);
    }

    /** A record whose coder kept events without a target. */
    public GoldRecord(String id, String category, String text, Optional<LocalDate> date, List<GoldEvent> events) {
        this(id, category, text, date, events, false);
    }
}
