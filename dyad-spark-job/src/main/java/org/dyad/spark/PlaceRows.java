package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.app.EventJson;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceMention;
import org.dyad.spark.SparkJobConfig.EventFormat;

/**
 * A place mention as a row of the job's {@code places/} output: the store's {@code place_mentions}
 * columns (raw span, text, kind, the place, resolution, centroid, score, deciding rule) with the
 * place's own fields a store keeps in its {@code places} table, and the {@code dyad places} JSON
 * line beside them. Filled from the same {@link PlaceMention}s the store and {@code dyad places} read.
 */
final class PlaceRows {
    /** One place mention: the columns, then {@code json}, which only the JSON lines output writes. */
    static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("geonameid", DataTypes.LongType, false)
            .add("name", DataTypes.StringType, false)
            .add("country", DataTypes.StringType, true)
            .add("admin1", DataTypes.StringType, true)
            .add("feature_code", DataTypes.StringType, false)
            .add("lat", DataTypes.DoubleType, false)
            .add("lon", DataTypes.DoubleType, false)
            .add("resolution", DataTypes.StringType, false)
            .add("centroid", DataTypes.BooleanType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("rule", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false);

    /** The Parquet columns, in order: every field of {@link #SCHEMA} but the JSON line; the article's day is the partition. */
    static final List<String> COLUMNS = List.of("article_id", "start", "end", "text", "kind", "geonameid", "name", "country",
            "admin1", "feature_code", "lat", "lon", "resolution", "centroid", "score", "rule");

    private PlaceRows() {
    }

    /**
     * Writes the place mentions of the coded articles under {@code dir}, partitioned by the
     * article's day: the {@code dyad places} lines for JSON lines output, else Parquet columns.
     */
    static void write(Dataset<Row> coded, EventFormat format, String dir) {
        Dataset<Row> places = coded.select(col("day"), explode(col("places")).as("p")).select(col("p.*"), col("day"));
        if (format == EventFormat.JSONL) {
            Dataset<Row> lines = places.select(col("json").as("value"), col("day"));
            DyadSparkJob.overwritePartitions(DyadSparkJob.byDate(lines, "day"), "day").text(dir);
        } else {
            List<Column> columns = new ArrayList<>(COLUMNS.stream().map(c -> col(c)).toList());
            columns.add(col("day"));
            DyadSparkJob.overwritePartitions(DyadSparkJob.byDate(places.select(columns.toArray(Column[]::new)), "day"), "day")
                    .parquet(dir);
        }
    }

    /** The row of one mention of article {@code articleId}; {@code json} writes its {@code dyad places} line. */
    static Row row(String articleId, PlaceMention m, EventJson json) {
        Place p = m.place();
        return RowFactory.create(articleId, m.start(), m.end(), m.text(), m.kind().name().toLowerCase(Locale.ROOT),
                p.geonameid(), p.name(), p.country().isEmpty() ? null : p.country(), p.admin1().isEmpty() ? null : p.admin1(),
                p.featureCode(), p.lat(), p.lon(), m.resolution().name().toLowerCase(Locale.ROOT), m.centroid(), m.score(),
                m.evidence().rule(), json.placeLine(articleId, m));
    }
}
