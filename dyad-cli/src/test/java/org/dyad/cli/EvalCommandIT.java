package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dyad.core.evaluation.StudyCheckSplit;
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
    void realnews_records_of_the_check_part_are_scored_beside_the_codings_agreement() throws Exception {
        Run run = dyad("eval", "--format", "realnews", "--split", "check", "--json", "--limit", "5",
                EVAL.resolve("realnews-dev/wikinews_events.jsonl").toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(5, report.path("records").asInt());
        assertEquals("check", report.path("split").asText());
        assertEquals("plover", report.path("conventions").asText());
        assertTrue(report.path("agreement").asText().contains("F1 0.933"), report.path("agreement").asText());
        assertTrue(report.path("metrics").has("material conflict"));
        for (JsonNode outcome : report.path("outcomes")) {
            assertEquals(StudyCheckSplit.CHECK, StudyCheckSplit.of(outcome.path("id").asText()), outcome.toString());
        }
    }

    @Test
    void scoring_all_records_shows_the_study_and_check_parts_side_by_side() {
        Run run = dyad("eval", "--format", "plover", "--limit", "6", EVAL.resolve("plover-gsr/plover_gsr_dev.jsonl")
                .toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("all split"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("study part ") && l.contains("check part")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("event type") && l.contains("/")), run.out());
    }

    @Test
    void an_unknown_split_or_convention_is_an_error_naming_the_choices() {
        Run split = dyad("eval", "--format", "plover", "--split", "dev",
                EVAL.resolve("plover-gsr/plover_gsr_dev.jsonl").toString());
        assertEquals(2, split.exit());
        assertTrue(split.err().contains("use study, check or all"), split.err());
        Run conventions = dyad("eval", "--format", "plover", "--conventions", "icews",
                EVAL.resolve("plover-gsr/plover_gsr_dev.jsonl").toString());
        assertEquals(2, conventions.exit());
        assertTrue(conventions.err().contains("--conventions must be plover or cameo"), conventions.err());
    }

    @Test
    void a_missing_gold_file_is_an_error_naming_it() {
        Run run = dyad("eval", "--format", "plover", "no-such-gold.jsonl");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no gold file no-such-gold.jsonl"), run.err());
    }
}
