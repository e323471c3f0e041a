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
    GEOJSON,
    /**
     * The articles' place mentions as comma-separated values with a header line: span, text,
     * kind (toponym or demonym), the place and how it was resolved.
     */
    PLACES;

    /** Parses {@code gdelt}, {@code plover}, {@code parquet}, {@code csv}, {@code geojson} or {@code places}, ignoring case. */
    public static ExportFormat fromName(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name
                + "'; use gdelt, plover, parquet, csv, geojson or places");
    }
}
