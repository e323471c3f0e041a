package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code dyad eval} end to end with CoreNLP, on the gold files shipped in testdata/eval: a few
 * records of each suite, so that the run stays under a minute. The figures themselves are in
 * docs/evaluation.md; these tests check that each format is read, coded and reported.
 */
class EvalCommandIT {
    private static final Path EVAL = Path.of("..", "testdata", "eval");

    private record Run(int exit, String out, String err) {
    }

    private static Run dyad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void petrarch_records_are_coded_with_their_own_dictionaries_and_scored_per_category() throws Exception {
        Run run = dyad("eval", "--format", "petrarch", "--json", "--limit", "6",
                EVAL.resolve("petrarch-unit/unit_tests_ud_cameo.jsonl").toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(6, report.path("records").asInt());
        assertEquals("asserted,future,reported-intent", report.path("factualities").asText(),
                "the PETRARCH suite codes stated future actions, so they are scored by default");
        assertTrue(report.path("dictionaries").asText().endsWith("petrarch-unit"), report.toString());
        assertEquals("ARN GON 050", report.path("outcomes").get(0).path("gold").get(0).asText());
        assertTrue(report.path("metrics").has("triple exact"));
        assertEquals(6, report.path("categories").path("DEMO").path("records").asInt());
    }

    @Test
    void the_scored_factualities_can_be_chosen() throws Exception {
        Run run = dyad("eval", "--format", "petrarch", "--json", "--limit", "2", "--factualities", "asserted",
                EVAL.resolve("petrarch-unit/unit_tests_ud_cameo.jsonl").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("asserted", new ObjectMapper().readTree(run.out()).path("factualities").asText());
    }

    @Test
    void plover_records_print_the_measures_the_confusion_table_and_calibration() {
        Run run = dyad("eval", "--format", "plover", "--limit", "4",
                EVAL.resolve("plover-gsr/plover_gsr_dev.jsonl").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("4 records"), run.out());
        assertTrue(run.out().contains("type + source country") || run.out().contains("event type"), run.out());
        assertTrue(run.out().contains("confusion (rows: gold PLOVER type"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("AGREE")), "the gold AGREE row: " + run.out());
        assertTrue(run.out().contains("calibration"), run.out());
    }

    @Test
    void the_seed_reading_reports_found_missed_and_forbidden_events() throws Exception {
        Run run = dyad("eval", "--format", "expected", "--json", Path.of("..", "testdata", "seed", "expected.json").toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(7, report.path("found").size() + report.path("missed").size());
        assertEquals(0, report.path("violations").size(), report.toString());
    }

    @Test
    void a_missing_gold_file_is_an_error_naming_it() {
        Run run = dyad("eval", "--format", "plover", "no-such-gold.jsonl");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no gold file no-such-gold.jsonl"), run.err());
    }
}
