package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.dyad.core.conventions.Conventions;
import org.dyad.spark.SparkJobConfig.ArticleFormat;
import org.dyad.spark.SparkJobConfig.EventFormat;
import org.junit.jupiter.api.Test;

class SparkJobConfigTest {
    @Test
    void the_configuration_travels_to_executors_by_java_serialization() throws Exception {
        SparkJobConfig c = new SparkJobConfig("in/*.jsonl", ArticleFormat.JSONL, "out", EventFormat.PARQUET,
                List.of("my.actors.tsv"), "CAMEO", true, 5000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(c, in.readObject());
        }
        assertEquals(Conventions.CAMEO, c.engine().codingConventions());
        assertEquals(List.of("my.actors.tsv"), c.engine().userDictionaries());
    }

    @Test
    void a_missing_input_or_unknown_conventions_are_refused_with_what_to_do() {
        IllegalArgumentException noInput = assertThrows(IllegalArgumentException.class,
                () -> SparkJobConfig.of(" ", ArticleFormat.JSONL, "out", EventFormat.JSONL));
        assertTrue(noInput.getMessage().contains("--input"));
        IllegalArgumentException conventions = assertThrows(IllegalArgumentException.class,
                () -> new SparkJobConfig("in", ArticleFormat.JSONL, "out", EventFormat.JSONL, List.of(), "icews",
                        false, 10));
        assertTrue(conventions.getMessage().contains("use plover or cameo"));
    }

    @Test
    void gdelt_is_an_output_format_and_warc_and_html_are_input_formats() {
        assertEquals(EventFormat.GDELT, EventFormat.fromName("gdelt"));
        assertEquals(SparkJobConfig.ArticleFormat.WARC, SparkJobConfig.ArticleFormat.fromName("warc"));
        assertEquals(SparkJobConfig.ArticleFormat.HTML, SparkJobConfig.ArticleFormat.fromName("HTML"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventFormat.fromName("csv"));
        assertTrue(e.getMessage().contains("parquet, jsonl or gdelt"), e.getMessage());
    }
}
