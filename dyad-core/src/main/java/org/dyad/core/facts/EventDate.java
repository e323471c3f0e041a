package org.dyad.core.facts;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.core.text.Span;

/**
 * When an event happened: a date, how precise it is, and the rule that found it ("this week"
 * resolved against the article's date, a year the event's clause hangs on, or the article's date
 * itself when the text says nothing).
 */
public record EventDate(LocalDate date, Precision precision, String rule, Optional<Span> rawSpan) {
    public enum Precision { DAY, WEEK, MONTH, YEAR }

    public EventDate {
        if (date == null || precision == null || rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an event date needs a date, a precision and a rule");
        }
        rawSpan = rawSpan == null ? Optional.empty() : rawSpan;
    }

    /** The date as text at its precision: 2021-08-16, 2021-W33, 2021-08, 2021. */
    public String text() {
        return switch (precision) {
            case DAY -> date.toString();
            case WEEK -> date.getYear() + "-W" + String.format("%02d",
                    date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
