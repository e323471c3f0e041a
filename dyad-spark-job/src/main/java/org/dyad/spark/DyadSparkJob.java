package org.dyad.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads the configuration's articles, codes them with one engine per executor JVM,
 * and writes under the output folder
 * <ul>
 * <li>{@code events/}: the events in the configured format, partitioned by event date
 *     ({@code event_date=2025-03-14/}; undated events under Spark's default partition);</li>
 * <li>{@code quarantine/}: one JSON line per article set aside ({@code ref}, {@code article_id},
 *     {@code reason}), partitioned by the article's day where it is known;</li>
 * <li>{@code duplicates/}: one JSON line per near-duplicate article ({@code article_id},
 *     {@code duplicate_of}, {@code similarity}), linked by the store's scheme ({@link DuplicateLinker}),
 *     partitioned by the article's day;</li>
 * <li>{@code places/}: the articles' place mentions ({@link PlaceRows}): Parquet with the store's
 *     {@code place_mentions} columns and the place's fields, or with {@code --format jsonl} the
 *     {@code dyad places} lines, partitioned by the article's day.</li>
 * </ul>
 * Every output overwrites only the partitions this run writes, so running the job again on the
 * same input leaves the same files, and a run over another day's articles adds that day.
 *
 * <pre>{@code
 * JobSummary s = DyadSparkJob.run(spark, SparkJobConfig.of("news/*.jsonl", ArticleFormat.JSONL,
 *         "out", EventFormat.PARQUET));
 * }</pre>
 */
public final class DyadSparkJob {
    private DyadSparkJob() {}

    /** What a run did. */
    public record JobSummary(long articles, long setAside, long events, long duplicates) {}

    /**
     * Coding tasks per core: small tasks keep both cores busy to the end of the coding stage, where
     * a few long articles in one task would leave the other cores idle.
     */
    static final int TASKS_PER_CORE = 16;

    public static JobSummary run(SparkSession spark, SparkJobConfig config) {
        Instant started = Instant.now();
        LocalDate runDay = LocalDate.ofInstant(started, ZoneOffset.UTC);
        Dataset<Row> articles = ArticleSource.read(spark, config);
        int cores = spark.sparkContext().defaultParallelism();
        int partitions = Math.max(articles.rdd().getNumPartitions(), TASKS_PER_CORE * cores);
        Dataset<Row> persisted = articles.repartition(partitions)
                .mapPartitions(new ArticleCoder(config, runDay), Encoders.row(ArticleCoder.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Every stage after coding reads the persisted rows in one task per core: each task has
            // a fixed cost (scheduling, its plan deserialised, a file per partition value written),
            // so 16 tasks per core there would cost 16 times that, on any number of cores.
            Dataset<Row> coded = persisted.coalesce(cores);
            // One action codes every article into the persisted rows (in their 16 tasks per core)
            // and counts what the summary needs; the writes below only read those rows. Each action
            // costs a fixed time to plan and compile, whatever the cores: one count instead of four.
            Column ok = col("reason").isNull();
            Row totals = coded.agg(count(lit(1)), count(col("reason")),
                    sum(when(ok, size(col("events"))).otherwise(0)),
                    sum(when(ok, size(filter(col("events"), e -> e.getField("factuality").equalTo("ASSERTED"))))
                            .otherwise(0))).first();
            String out = config.output().replaceAll("/+$", "");
            Dataset<Row> events = coded.where(ok).select(explode(col("events")).as("e")).select("e.*");
            long eventCount = totals.isNullAt(2) ? 0 : totals.getLong(2);
            long assertedCount = totals.isNullAt(3) ? 0 : totals.getLong(3);
            long written = writeEvents(coded, events, config, out + "/events", Timestamp.from(started),
                    config.allEvents() ? eventCount : assertedCount, eventCount);
            Dataset<Row> quarantine = coded.where(col("reason").isNotNull())
                    .select(col("ref"), col("article_id"), col("reason"), col("day"));
            overwritePartitions(byDate(quarantine, "day"), "day").json(out + "/quarantine");
            PlaceRows.write(coded.where(ok), config.outputFormat(), out + "/places");
            List<DuplicateLinker.Link> links = DuplicateLinker.link(NearDuplicates.candidates(coded));
            overwritePartitions(NearDuplicates.frame(spark, links), "day").json(out + "/duplicates");
            return new JobSummary(totals.getLong(0), totals.getLong(1), written, links.size());
        } finally {
            persisted.unpersist();
        }
    }

    /**
     * Writes the events and returns how many rows: the events ({@code lines} of them as JSON lines,
     * {@code all} as Parquet), or for GDELT the incidents, counted in what was written.
     */
    private static long writeEvents(Dataset<Row> coded, Dataset<Row> events, SparkJobConfig config, String dir,
            Timestamp started, long lines, long all) {
        return switch (config.outputFormat()) {
            case PARQUET -> {
                overwritePartitions(byDate(events.select(flatView(started)), "event_date"), "event_date").parquet(dir);
                yield all;
            }
            case GDELT -> {
                org.apache.spark.util.LongAccumulator rows = coded.sparkSession().sparkContext().longAccumulator("incidents");
                overwritePartitions(GdeltIncidents.lines(coded, started.toLocalDateTime(), rows), "event_date").text(dir);
                yield rows.value();
            }
            case JSONL -> {
                Dataset<Row> json = (config.allEvents() ? events : events.where(col("factuality").equalTo("ASSERTED")))
                        .select(col("json").as("value"), col("event_date"));
                overwritePartitions(byDate(json, "event_date"), "event_date").text(dir);
                yield lines;
            }
        };
    }

    /** The store's flat export view: the coder's columns, nulls for what only a store knows. */
    private static Column[] flatView(Timestamp started) {
        return EventRows.FLAT_VIEW.stream().map(name -> switch (name) {
            case "id", "incident_id" -> lit(null).cast("bigint").as(name);
            case "incident_mentions", "incident_articles", "incident_sources" -> lit(null).cast("int").as(name);
            case "event_date", "published" -> to_date(col(name)).as(name);
            case "ingested_at" -> lit(started).as(name);
            default -> col(name);
        }).toArray(Column[]::new);
    }

    /**
     * The rows spread over tasks by their date before a write partitioned by it, so that each date
     * gets one file (or, for a date of very many rows, a few: the rebalance splits a skewed date):
     * written straight from the tasks that read them, every task would write a file for each date it
     * holds, as many files per date as cores, each a fixed cost to create and commit.
     */
    static Dataset<Row> byDate(Dataset<Row> rows, String date) {
        return rows.hint("rebalance", col(date));
    }

    static org.apache.spark.sql.DataFrameWriter<Row> overwritePartitions(Dataset<Row> data, String by) {
        return data.write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic").partitionBy(by);
    }

    /** Whether two days are within the near-duplicate window; a column condition for the band join. */
    static Column withinWindow(Column dayA, Column dayB) {
        return abs(datediff(to_date(dayA), to_date(dayB))).leq(org.dyad.store.NearDuplicateScheme.WINDOW_DAYS);
    }
}
