package org.dyad.core.facts;

import java.util.List;
import java.util.Optional;

/** What else the text says about an event: how many, when and where. */
public record EventAttributes(List<Quantity> quantities, Optional<EventDate> date, Optional<PlaceMention> location,
        Optional<String> locationRule) {
    public static final EventAttributes NONE = new EventAttributes(List.of(), Optional.empty());

    public EventAttributes {
        quantities = List.copyOf(quantities);
        date = date == null ? Optional.empty() : date;
        location = location == null ? Optional.empty() : location;
        locationRule = locationRule == null ? Optional.empty() : locationRule;
        if (location.isPresent() != locationRule.isPresent()) {
            throw new IllegalArgumentException("an event location needs the rule that found it, and only then");
        }
    }

    public EventAttributes(List<Quantity> quantities, Optional<EventDate> date) {
        this(quantities, date, Optional.empty(), Optional.empty());
    }

    public EventAttributes withLocation(PlaceMention place, String rule) {
        return new EventAttributes(quantities, date, Optional.of(place), Optional.of(rule));
    }
}
