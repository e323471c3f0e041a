package org.dyad.store;

/** File formats {@link EventStore#export} writes. */
public enum ExportFormat {
    /** GDELT 2.0 event table: one tab-separated line of 61 columns per incident, no header. */
    GDELT,
    /** PLOVER JSON lines, one event per line, field names from the PLOVER manual. */
    PLOVER,
    /** Apache Parquet, written by DuckDB's own COPY. */
    PARQUET,
    /** Comma-separated values with a header line. */
    CSV,
    /** A GeoJSON FeatureCollection of the events that have a place. */
    GEOJSON;

    /** Parses {@code gdelt}, {@code plover}, {@code parquet}, {@code csv} or {@code geojson}, ignoring case. */
    public static ExportFormat fromName(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name
                + "'; use gdelt, plover, parquet, csv or geojson");
    }
}
