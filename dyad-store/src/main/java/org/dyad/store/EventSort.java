package org.dyad.store;

import java.util.Locale;

/** Orders of an event page; ties are broken by event id in the same direction. */
public enum EventSort {
    /** Newest first, undated events last (the default, as {@code dyad query}). */
    NEWEST("-date"),
    /** Oldest first, undated events last. */
    OLDEST("date"),
    /** Most cooperative first. */
    GOLDSTEIN_DESC("-goldstein"),
    /** Most conflictual first. */
    GOLDSTEIN_ASC("goldstein"),
    CONFIDENCE_DESC("-confidence"),
    CONFIDENCE_ASC("confidence");

    private final String name;

    EventSort(String name) {
        this.name = name;
    }

    /** The name used in URLs and cursors: {@code -date}, {@code goldstein}, ... */
    public String urlName() {
        return name;
    }

    public static EventSort fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (EventSort s : values()) {
            if (s.name.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sort '" + name
                + "'; use -date, date, -goldstein, goldstein, -confidence or confidence");
    }

    boolean descending() {
        return name.startsWith("-");
    }

    /** The sort key over {@code events}; undated events take the date that puts them last. */
    String key() {
        return switch (this) {
            case NEWEST -> "coalesce(event_date, DATE '0001-01-01')";
            case OLDEST -> "coalesce(event_date, DATE '9999-12-31')";
            case GOLDSTEIN_DESC, GOLDSTEIN_ASC -> "goldstein";
            case CONFIDENCE_DESC, CONFIDENCE_ASC -> "confidence";
        };
    }
}
