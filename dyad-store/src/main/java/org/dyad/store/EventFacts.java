package org.dyad.store;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.core.facts.Event;

/**
 * An event with the facts the store keeps in columns of their own: its date, its place and its
 * quantities, taken from the event's attributes by {@link #of(Event)}; without a date the store
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
        var attributes = event.attributes();
        Optional<EventPlace> place = attributes.location().map(m -> EventPlace.of(m.place()));
        return new EventFacts(event, attributes.date().map(d -> d.date()), place,
                EventQuantities.from(attributes.quantities()));
    }
}
