package org.dyad.store;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.core.event.Event;

/**
 * An event with the facts the core {@link Event} record does not carry yet: its own date, its
 * place and its quantities. Until the coder supplies them, use {@link #of(Event)}; the store then
 * dates the event by its article's publication date.
 */
public record EventFacts(Event event, Optional<LocalDate> date, Optional<EventPlace> place,
        EventQuantities quantities) {
    public EventFacts {
        if (event == null) {
            throw new IllegalArgumentException("event facts need the event");
        }
        date = date == null ? Optional.empty() : date;
        place = place == null ? Optional.empty() : place;
        quantities = quantities == null ? EventQuantities.none() : quantities;
    }

    public static EventFacts of(Event event) {
        return new EventFacts(event, Optional.empty(), Optional.empty(), EventQuantities.none());
    }
}
