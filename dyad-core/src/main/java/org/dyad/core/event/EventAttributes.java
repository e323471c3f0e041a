package org.dyad.core.event;

import java.util.List;
import java.util.Optional;

/** What else the text says about an event: how many, and when. */
public record EventAttributes(List<Quantity> quantities, Optional<EventDate> date) {
    public static final EventAttributes NONE = new EventAttributes(List.of(), Optional.empty());

    public EventAttributes {
        quantities = List.copyOf(quantities);
        date = date == null ? Optional.empty() : date;
    }
}
