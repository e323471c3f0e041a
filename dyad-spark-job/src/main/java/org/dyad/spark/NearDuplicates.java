package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.NearDuplicateScheme;

/**
 * The distributed half of near-duplicate linking: the pairs of coded articles that share one of
 * the store's LSH band buckets and are dated within its window, with their signatures' similarity.
 * The band join carries only ids and days; signatures are joined back to the distinct pairs. Pairs
 * are few (copies are rare, and banding makes different stories candidates about three times in a
 * thousand), so they are linked on the driver, in order, as a store would ({@link DuplicateLinker}).
 */
final class NearDuplicates {
    private static final StructType LINKS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("duplicate_of", DataTypes.StringType)
            .add("similarity", DataTypes.DoubleType)
            .add("day", DataTypes.StringType);

    private static final StructType PAIRS = new StructType()
            .add("a", DataTypes.StringType)
            .add("day_a", DataTypes.StringType)
            .add("b", DataTypes.StringType)
            .add("day_b", DataTypes.StringType)
            .add("similarity", DataTypes.DoubleType);

    private NearDuplicates() {}

    static List<DuplicateLinker.Candidate> candidates(Dataset<Row> coded) {
        Dataset<Row> signed = coded.where(col("signature").isNotNull());
        Dataset<Row> buckets = signed.select(col("article_id"), col("day"), posexplode(col("bands")))
                .select(col("article_id"), col("day"), col("col").as("bucket"));
        Dataset<Row> a = buckets.toDF("a", "day_a", "bucket_a");
        Dataset<Row> b = buckets.toDF("b", "day_b", "bucket_b");
        Dataset<Row> pairs = a.join(b, col("bucket_a").equalTo(col("bucket_b")).and(col("a").lt(col("b")))
                .and(DyadSparkJob.withinWindow(col("day_a"), col("day_b"))))
                .select("a", "day_a", "b", "day_b").distinct();
        Dataset<Row> sigA = signed.select(col("article_id").as("a"), col("signature").as("sig_a"));
        Dataset<Row> sigB = signed.select(col("article_id").as("b"), col("signature").as("sig_b"));
        return pairs.join(sigA, "a").join(sigB, "b")
                .map((MapFunction<Row, Row>) NearDuplicates::similarity, Encoders.row(PAIRS))
                .collectAsList().stream()
                .map(r -> new DuplicateLinker.Candidate(r.getString(0), LocalDate.parse(r.getString(1)),
                        r.getString(2), LocalDate.parse(r.getString(3)), r.getDouble(4)))
                .toList();
    }

    /** A pair with its two signatures, as the pair with its similarity ({@link #PAIRS}). */
    private static Row similarity(Row r) {
        int[] sigA = ints(r.getList(r.fieldIndex("sig_a")));
        int[] sigB = ints(r.getList(r.fieldIndex("sig_b")));
        return RowFactory.create(r.getAs("a"), r.getAs("day_a"), r.getAs("b"), r.getAs("day_b"),
                NearDuplicateScheme.similarity(sigA, sigB));
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    static Dataset<Row> frame(SparkSession spark, List<DuplicateLinker.Link> links) {
        List<Row> rows = links.stream()
                .map(l -> RowFactory.create(l.article(), l.duplicateOf(), l.similarity(), l.day().toString()))
                .toList();
        return spark.createDataFrame(rows, LINKS);
    }
}
