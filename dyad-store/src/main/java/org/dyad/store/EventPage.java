package org.dyad.store;

import java.util.List;
import java.util.Optional;

/**
 * One page of events in the order asked for, with the number of events the filter matches and
 * the cursor of the next page (empty on the last one).
 */
public record EventPage(List<EventRow> events, long total, Optional<String> next) {
    public EventPage {
        events = List.copyOf(events);
        if (total < events.size()) {
            throw new IllegalArgumentException("a page of " + events.size() + " events cannot have a total of " + total);
        }
        next = next == null ? Optional.empty() : next;
    }
}
