package org.dyad.store;

import java.util.List;

/** What the benchmark's raw-appender baseline needs from the store to write the very same rows. */
public final class StoreInternals {
    private StoreInternals() {}

    /** The word-index keys the store writes for this sentence. */
    public static int[] wordIndexKeys(String sentence) {
        return Words.indexKeys(sentence);
    }

    /** The DuckDB settings a writing store applies. */
    public static List<String> writeSettings() {
        return BatchWriter.WRITE_SETTINGS;
    }
}
