package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads articles with Spark's own sources into rows of {@link #SCHEMA}: where each came from, its
 * fields as text, and the reason it cannot be an article, if any. Nothing is dropped here: a
 * broken line or file becomes a row with a problem, which the coder sends to the quarantine.
 */
final class ArticleSource {
    /** ref (file, and id where known), id, text, published, url, title, problem. */
    static final StructType SCHEMA = new StructType()
            .add("ref", DataTypes.StringType)
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("problem", DataTypes.StringType);

    private static final String CORRUPT = "_corrupt_record";
    private static final List<String> FIELDS = List.of("id", "text", "published", "url", "title");

    private ArticleSource() {}

    static Dataset<Row> read(SparkSession spark, SparkJobConfig config) {
        return switch (config.inputFormat()) {
            case JSONL -> jsonLines(spark, config.input());
            case TEXT -> files(spark, config, org.dyad.ingest.InputFormat.TEXT);
            case HTML -> files(spark, config, org.dyad.ingest.InputFormat.HTML);
            case WARC -> files(spark, config, org.dyad.ingest.InputFormat.WARC);
            case PARQUET -> parquet(spark, config.input());
        };
    }

    /**
     * JSON lines in Spark's permissive mode: a line that is no JSON object keeps its text in a
     * corrupt-record column and becomes a row with a problem. Every field is read as a string.
     */
    private static Dataset<Row> jsonLines(SparkSession spark, String input) {
        StructType schema = new StructType();
        for (String f : FIELDS) {
            schema = schema.add(f, DataTypes.StringType);
        }
        schema = schema.add(CORRUPT, DataTypes.StringType);
        Dataset<Row> raw = spark.read().schema(schema).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT).json(input);
        Column ref = concat(input_file_name(), when(col("id").isNotNull(), concat(lit(" ("), col("id"), lit(")")))
                .otherwise(lit("")));
        Column problem = when(col(CORRUPT).isNotNull(), lit("not a JSON object")).otherwise(lit(null).cast("string"));
        return raw.select(ref.as("ref"), col("id"), col("text"), col("published"), col("url"), col("title"),
                problem.as("problem"));
    }

    /** Parquet with at least {@code id} and {@code text}; missing optional columns are null. */
    private static Dataset<Row> parquet(SparkSession spark, String input) {
        Dataset<Row> raw = spark.read().parquet(input);
        List<String> present = Arrays.asList(raw.columns());
        for (String required : List.of("id", "text")) {
            if (!present.contains(required)) {
                throw new IllegalArgumentException("the Parquet input " + input + " has no '" + required
                        + "' column; it needs id and text (published, url and title are optional)");
            }
        }
        Column[] columns = new Column[SCHEMA.size()];
        columns[0] = concat(input_file_name(), lit(" ("), col("id").cast("string"), lit(")")).as("ref");
        for (int i = 0; i < FIELDS.size(); i++) {
            String f = FIELDS.get(i);
            columns[i + 1] = (present.contains(f) ? col(f).cast("string") : lit(null).cast("string")).as(f);
        }
        columns[6] = lit(null).cast("string").as("problem");
        return raw.select(columns);
    }

    /**
     * Files read by {@code dyad code}'s readers ({@link FileArticles}), each streamed from wherever
     * Hadoop reaches, folders recursively.
     */
    private static Dataset<Row> files(SparkSession spark, SparkJobConfig config, org.dyad.ingest.InputFormat format) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        JavaRDD<Row> rows = jsc.binaryFiles(config.input()).flatMap(new FileArticles(format, config.maxChars()));
        return spark.createDataFrame(rows, SCHEMA);
    }
}
