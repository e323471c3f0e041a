package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.dyad.store.GdeltRows;
import org.dyad.store.IncidentScheme;

/**
 * GDELT 2.0 rows from the job's events: incidents formed as a store forms them, with the store's
 * own rule ({@link IncidentScheme}) and its own row writer ({@link GdeltRows}). Only events of one
 * key (source, target, CAMEO code, place) can share an incident, so the events are grouped by key
 * across the cluster and each group is ordered as a store ingests: articles by day (publication
 * date, else the run's day) then id, as {@link DuplicateLinker} orders them, and each article's
 * events in the coder's order. An ingest of the same articles in that order forms the same
 * incidents with the same counts. The row's GlobalEventID, which a store numbers in sequence, is
 * here a 63-bit hash of the incident's first event (article id and event id), stable across runs.
 */
final class GdeltIncidents {
    /** A GDELT line and the date of its incident's first event, which partitions the output. */
    static final StructType SCHEMA = new StructType().add("value", DataTypes.StringType)
            .add("event_date", DataTypes.StringType);

    private GdeltIncidents() {}

    /** The GDELT lines of the coded articles' events (every factuality, as a store keeps them). */
    static Dataset<Row> lines(Dataset<Row> coded, LocalDateTime started, LongAccumulator written) {
        Dataset<Row> events = coded.where(col("reason").isNull())
                .select(col("day").as("article_day"), posexplode(col("events")).as(new String[] {"position", "e"}))
                .select(col("article_day"), col("position"), col("e.*"))
                .withColumn("incident_key", concat_ws("|", col("source_code"), coalesce(col("target_code"), lit("")),
                        col("cameo"), coalesce(col("geonameid").cast("string"), lit("0"))));
        return events.groupByKey((MapFunction<Row, String>) r -> r.getAs("incident_key"), Encoders.STRING())
                .flatMapGroups(new KeyIncidents(started, written), Encoders.row(SCHEMA));
    }

    /** The incidents of one key: its events in ingest order through the store's rule. */
    static final class KeyIncidents implements FlatMapGroupsFunction<String, Row, Row> {
        private static final long serialVersionUID = 1L;

        private final LocalDateTime started;
        private final LongAccumulator written;
        private transient GdeltRows gdelt;

        /** @param written counts the rows made (the write is the action, so each task's count is added once) */
        KeyIncidents(LocalDateTime started, LongAccumulator written) {
            this.started = started;
            this.written = written;
        }

        @Override
        public Iterator<Row> call(String key, Iterator<Row> rows) {
            if (gdelt == null) {
                gdelt = new GdeltRows();
            }
            List<Row> events = new ArrayList<>();
            rows.forEachRemaining(events::add);
            events.sort(Comparator.comparing((Row r) -> r.<String>getAs("article_day"))
                    .thenComparing(r -> r.<String>getAs("article_id"))
                    .thenComparingInt(r -> r.<Integer>getAs("position")));
            List<IncidentScheme.Member> members = new ArrayList<>(events.size());
            long article = -1;
            String lastArticle = null;
            for (Row r : events) {
                String id = r.getAs("article_id");
                if (!id.equals(lastArticle)) {
                    article++;
                    lastArticle = id;
                }
                String date = r.getAs("event_date");
                Long place = r.getAs("geonameid");
                members.add(new IncidentScheme.Member(r.getAs("source_code"), r.getAs("target_code"), r.getAs("cameo"),
                        place == null ? 0 : place, date == null ? null : LocalDate.parse(date), article,
                        r.getAs("outlet"), r.<Integer>getAs("mention_count")));
            }
            List<Row> out = new ArrayList<>();
            for (IncidentScheme.Formed incident : IncidentScheme.form(members).incidents()) {
                Row first = events.get(incident.first());
                String line = gdelt.line(column -> switch (column) {
                    case "incident" -> id(first.getAs("article_id"), first.getAs("coder_event_id"));
                    case "num_mentions" -> incident.mentions();
                    case "num_sources" -> incident.sources();
                    case "num_articles" -> incident.articles();
                    case "ingested_at" -> started;
                    default -> first.getAs(column);
                });
                out.add(RowFactory.create(line, first.getAs("event_date")));
            }
            written.add(out.size());
            return out.iterator();
        }
    }

    /** A positive 63-bit FNV-1a hash of an event's article and event ids: the incident's GlobalEventID. */
    static long id(String articleId, String eventId) {
        long h = 0xCBF29CE484222325L;
        for (byte b : (articleId + "\u0000" + eventId).getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        return h & Long.MAX_VALUE;
    }
}
