package org.dyad.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An {@link EvalReport} as one JSON object, for scripts and dashboards (docs/evaluation.md). */
public final class EvalReportJson {
    private final ObjectMapper json = new ObjectMapper();

    /** The report, preceded by {@code about} (gold file, format, dictionaries...). */
    public String write(EvalReport report, Map<String, String> about) {
        ObjectNode root = json.createObjectNode();
        about.forEach(root::put);
        root.put("records", report.recordCount());
        root.put("fully_right", report.fullyRightShare());
        root.put("source_country_records", report.sourceCountryRecordShare());
        ObjectNode metrics = root.putObject("metrics");
        report.metrics().forEach((name, prf) -> {
            ObjectNode m = metrics.putObject(name);
            m.put("tp", prf.tp()).put("fp", prf.fp()).put("fn", prf.fn());
            m.put("precision", prf.precision()).put("recall", prf.recall()).put("f1", prf.f1());
        });
        ObjectNode confusion = root.putObject("confusion");
        report.confusion().forEach((gold, row) -> {
            ObjectNode r = confusion.putObject(gold);
            row.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> r.put(e.getKey(), e.getValue()));
        });
        ArrayNode bins = root.putArray("calibration");
        for (EvalReport.Bin b : report.calibration()) {
            bins.addObject().put("from", b.from()).put("to", b.to()).put("events", b.events()).put("right", b.right())
                    .put("mean_confidence", b.meanConfidence()).put("accuracy", b.accuracy());
        }
        root.put("calibration_error", report.calibrationError());
        ObjectNode cats = root.putObject("categories");
        report.categories().forEach((name, c) -> cats.putObject(name).put("records", c.records())
                .put("fully_right", c.fullyRight()));
        ArrayNode records = root.putArray("outcomes");
        for (EvalReport.Outcome o : report.records()) {
            ObjectNode r = records.addObject().put("id", o.id()).put("category", o.category())
                    .put("fully_right", o.fullyRight());
            o.gold().forEach(r.putArray("gold")::add);
            o.predicted().forEach(r.putArray("predicted")::add);
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an evaluation report as JSON", e);
        }
    }

    /** A seed-style reading's result: found, missed and forbidden readings, and recall. */
    public String write(ExpectedReadingScorer.Result result, Map<String, String> about) {
        ObjectNode root = json.createObjectNode();
        about.forEach(root::put);
        result.found().forEach(root.putArray("found")::add);
        result.missed().forEach(root.putArray("missed")::add);
        result.violations().forEach(root.putArray("violations")::add);
        int n = result.found().size() + result.missed().size();
        root.put("recall", n == 0 ? 0 : (double) result.found().size() / n);
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an evaluation report as JSON", e);
        }
    }
}
