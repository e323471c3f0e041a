package org.dyad.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.dyad.app.EngineConfig;

/**
 * What a Spark coding run does: where its articles are and in which format, where its events go
 * and in which format, and how the engine codes (user dictionaries, conventions). This record,
 * not the engine, travels to the executors; each executor JVM makes its engine from it once
 * ({@link ExecutorEngine}).
 *
 * @param input a Hadoop-compatible path (file, folder or glob) of articles
 * @param output the folder the job writes {@code events/}, {@code quarantine/} and {@code duplicates/} into
 * @param dictionaries user dictionary files laid over the bundled ones; each must be readable at
 *     this path on every executor (ship them with {@code spark-submit --files})
 * @param conventions {@code plover} (Dyad's default) or {@code cameo} (PETRARCH's)
 * @param allEvents JSON lines only: every event with its factuality label, as {@code dyad code --all};
 *     otherwise asserted events only, as {@code dyad code}. Parquet always carries every event
 * @param maxChars the longest article text accepted; longer ones go to the quarantine
 */
public record SparkJobConfig(String input, ArticleFormat inputFormat, String output, EventFormat outputFormat,
        List<String> dictionaries, String conventions, boolean allEvents, int maxChars) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The longest article text accepted by default, as {@code dyad code}'s. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public SparkJobConfig {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("the job needs an input path (--input)");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("the job needs an output folder (--output)");
        }
        if (inputFormat == null || outputFormat == null) {
            throw new IllegalArgumentException("the job needs an input and an output format");
        }
        dictionaries = List.copyOf(dictionaries == null ? List.of() : dictionaries);
        conventions = conventions == null ? "plover" : conventions.trim().toLowerCase(Locale.ROOT);
        if (!conventions.equals("plover") && !conventions.equals("cameo")) {
            throw new IllegalArgumentException("unknown conventions '" + conventions + "'; use plover or cameo");
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, not " + maxChars);
        }
    }

    /** A run with Dyad's defaults: no user dictionaries, PLOVER conventions, asserted JSON lines. */
    public static SparkJobConfig of(String input, ArticleFormat inputFormat, String output, EventFormat outputFormat) {
        return new SparkJobConfig(input, inputFormat, output, outputFormat, List.of(), "plover", false,
                DEFAULT_MAX_CHARS);
    }

    /** The engine's configuration: the user dictionaries and the conventions. */
    public EngineConfig engine() {
        return new EngineConfig(dictionaries, conventions);
    }

    /** Formats of the articles a job reads. */
    public enum ArticleFormat {
        /** One JSON object per line: {@code id}, {@code text}, optional {@code published}, {@code url}, {@code title}. */
        JSONL,
        /** One article per UTF-8 file; the file name is its id (dyad-ingest's text reader). */
        TEXT,
        /** One article per web page, its story only, offsets into the page (dyad-ingest's HTML reader). */
        HTML,
        /** WARC or WARC.gz: each HTML or text response or resource record (dyad-ingest's WARC reader). */
        WARC,
        /** Parquet with the JSON lines' columns ({@code id} and {@code text} required). */
        PARQUET;

        public static ArticleFormat fromName(String name) {
            return named(ArticleFormat.class, name, "unknown input format '" + name
                    + "'; use jsonl, text, html, warc or parquet");
        }
    }

    /** Formats of the events a job writes, each partitioned by event date. */
    public enum EventFormat {
        /** The store's flat export view as Parquet: one row per event. */
        PARQUET,
        /** The event lines of {@code dyad code}. */
        JSONL,
        /**
         * GDELT 2.0 event rows, tab-separated, one per incident formed as a store forms them
         * ({@link GdeltIncidents}), as {@code dyad export --format gdelt} writes them.
         */
        GDELT;

        public static EventFormat fromName(String name) {
            return named(EventFormat.class, name, "unknown output format '" + name + "'; use parquet, jsonl or gdelt");
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String otherwise) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name.trim())) {
                return e;
            }
        }
        throw new IllegalArgumentException(otherwise);
    }
}
