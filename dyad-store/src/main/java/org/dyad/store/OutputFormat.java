package org.dyad.store;

import java.util.Locale;

/** How {@link QueryResult#writeTo} renders rows. */
public enum OutputFormat {
    TABLE, JSON, CSV;

    /** Parses {@code table}, {@code json} or {@code csv}, ignoring case. */
    public static OutputFormat fromName(String name) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown output format '" + name + "'; use table, json or csv");
    }

    String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
