package org.dyad.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The job's command line, for {@code ./dyad-spark} and {@code spark-submit}:
 * {@code --input PATH --output DIR [--master local[2]] [--input-format jsonl|text|html|warc|parquet]
 * [--format parquet|jsonl|gdelt] [--dictionary FILE]... [--conventions plover|cameo] [--all]
 * [--max-chars N]}. Under {@code spark-submit} the session is the one it configured;
 * otherwise it is {@code local[*]} unless {@code --master local[N]} says otherwise.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("dyad-spark: " + e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        if (o.help) {
            out.println(Options.USAGE);
            return 0;
        }
        SparkSession spark;
        try {
            // Under spark-submit the master and the rest come from its configuration; run by hand, local.
            spark = o.master == null && System.getProperty("spark.master") != null
                    ? SparkSession.builder().appName("dyad").getOrCreate()
                    : LocalSpark.session(o.master == null ? "local[*]" : o.master);
        } catch (IllegalArgumentException e) {
            err.println("dyad-spark: " + e.getMessage());
            return 2;
        }
        try {
            long start = System.nanoTime();
            DyadSparkJob.JobSummary s = DyadSparkJob.run(spark, o.config);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("dyad-spark: %d articles (%d set aside), %d events, %d near-duplicates in %.1f s"
                    + " (%d cores): %s%n", s.articles(), s.setAside(), s.events(), s.duplicates(), seconds,
                    spark.sparkContext().defaultParallelism(), o.config.output());
            return s.articles() > s.setAside() ? 0 : 1; // non-zero only when nothing could be coded, as dyad code
        } catch (IllegalArgumentException e) {
            err.println("dyad-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** The parsed arguments. */
    private static final class Options {
        static final String USAGE = "usage: dyad-spark --input PATH --output DIR [--master local[N]]"
                + " [--input-format jsonl|text|html|warc|parquet] [--format parquet|jsonl|gdelt] [--dictionary FILE]..."
                + " [--conventions plover|cameo] [--all] [--max-chars N]";

        String master;
        boolean help;
        SparkJobConfig config;

        static Options parse(String[] args) {
            Options o = new Options();
            String input = null;
            String output = null;
            String inputFormat = "jsonl";
            String format = "parquet";
            String conventions = "plover";
            boolean all = false;
            int maxChars = SparkJobConfig.DEFAULT_MAX_CHARS;
            List<String> dictionaries = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> o.help = true;
                    case "--all" -> all = true;
                    case "--master" -> o.master = value(args, ++i, a);
                    case "--input" -> input = value(args, ++i, a);
                    case "--output" -> output = value(args, ++i, a);
                    case "--input-format" -> inputFormat = value(args, ++i, a);
                    case "--format" -> format = value(args, ++i, a);
                    case "--dictionary" -> dictionaries.add(value(args, ++i, a));
                    case "--conventions" -> conventions = value(args, ++i, a);
                    case "--max-chars" -> maxChars = number(value(args, ++i, a), a);
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (!o.help) {
                o.config = new SparkJobConfig(input, SparkJobConfig.ArticleFormat.fromName(inputFormat), output,
                        SparkJobConfig.EventFormat.fromName(format), dictionaries, conventions, all, maxChars);
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String s, String option) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not '" + s + "'");
            }
        }
    }
}
