package org.dyad.store;

import java.util.List;

/**
 * A place with the number of events located there, in total and by quad class.
 *
 * @param byQuadClass five counts: quad classes 0 (neutral) to 4 (material conflict)
 */
public record PlaceCount(EventPlace place, long events, List<Long> byQuadClass) {
    public PlaceCount {
        byQuadClass = List.copyOf(byQuadClass);
        if (place == null || byQuadClass.size() != 5
                || byQuadClass.stream().mapToLong(Long::longValue).sum() != events || events < 1) {
            throw new IllegalArgumentException("a place count needs the place and five quad-class counts summing to "
                    + events);
        }
    }
}
