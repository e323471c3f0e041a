package org.dyad.store;

import java.time.LocalDate;

/**
 * The events of one period and quad class: how many, and the sum of their Goldstein scores.
 *
 * @param start the period's first day
 * @param quadClass 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record Period(LocalDate start, int quadClass, long events, double goldstein) {
    public Period {
        if (start == null || quadClass < 0 || quadClass > 4 || events < 1) {
            throw new IllegalArgumentException("a period needs a start, a quad class 0..4 and at least one event");
        }
    }
}
