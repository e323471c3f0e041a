package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line refuses what it cannot run before any Spark session starts. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void help_prints_the_usage() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: dyad-spark --input PATH --output DIR"));
    }

    @Test
    void a_missing_output_is_an_error_with_the_usage() {
        assertEquals(2, run("--input", "news.jsonl"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("dyad-spark: the job needs an output folder (--output)"), e);
        assertTrue(e.contains("usage:"), e);
    }

    @Test
    void a_cluster_master_is_left_to_spark_submit() {
        assertEquals(2, run("--master", "yarn", "--input", "in", "--output", "out"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("use local[N] here, and spark-submit --master"));
    }

    @Test
    void an_unknown_option_is_named() {
        assertEquals(2, run("--imput", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("dyad-spark: unknown option '--imput'"));
    }
}
