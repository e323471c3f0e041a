package org.dyad.store;

import java.util.Locale;

/** The period of a time series: days, weeks starting on Monday, or calendar months. */
public enum Interval {
    DAY, WEEK, MONTH;

    public static Interval fromName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown interval '" + name + "'; use day, week or month", e);
        }
    }

    String sqlPart() {
        return name().toLowerCase(Locale.ROOT);
    }
}
