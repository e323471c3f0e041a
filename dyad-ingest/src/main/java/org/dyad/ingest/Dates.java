package org.dyad.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Publication dates as sources write them. */
final class Dates {
    private Dates() {
    }

    /**
     * An ISO date, also as the date part of a timestamp ("2025-03-14 20:30:26Z", "2025-03-14T20:30Z").
     *
     * @throws DateTimeParseException when the text is no ISO date
     */
    static Optional<LocalDate> isoDate(Optional<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        String s = text.get().trim();
        return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s));
    }

    /** An ISO date if the text starts with one; empty otherwise (page metadata is often sloppy). */
    static Optional<LocalDate> lenientIsoDate(Optional<String> text) {
        try {
            return isoDate(text);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
