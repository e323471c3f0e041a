package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.app.eval.EvalReport;
import org.dyad.app.eval.Prf;
import org.dyad.core.evaluation.StudyCheckSplit;

/** The text tables of {@code dyad eval}: measures, confusion, calibration, categories, parts. */
final class EvalTables {
    /** The measures the study/check comparison shows. */
    private static final List<String> COMPARED = List.of("event type", "type + source country", "material conflict",
            "cameo root", "triple relaxed", "triple exact");

    private final PrintWriter out;

    EvalTables(PrintWriter out) {
        this.out = out;
    }

    /** The whole report: headline, measures, confusion, calibration, then categories and records if asked. */
    void report(EvalReport report, Map<String, String> about, boolean categories, boolean listRecords) {
        out.printf(Locale.ROOT, "%s (%s, %s split): %d records, %s events, %s conventions; %.3f of records fully "
                + "right%n", about.get("gold"), about.get("format"), about.get("split"), report.recordCount(),
                about.get("factualities"), about.get("conventions"), report.fullyRightShare());
        if (about.containsKey("agreement")) {
            out.println("agreement of the gold's two codings: " + about.get("agreement"));
        }
        out.printf(Locale.ROOT, "%.3f of records with a named gold source have an event whose source country is one "
                + "of the gold source countries%n", report.sourceCountryRecordShare());
        out.println();
        out.printf(Locale.ROOT, "%-22s %5s %5s %5s %9s %7s %6s%n", "measure", "tp", "fp", "fn", "precision", "recall", "f1");
        report.metrics().forEach((name, prf) -> {
            if (prf.tp() + prf.fp() + prf.fn() > 0) {
                out.printf(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %7.3f %6.3f%n", name, prf.tp(), prf.fp(), prf.fn(),
                        prf.precision(), prf.recall(), prf.f1());
            }
        });
        out.println();
        confusion(report);
        out.println();
        calibration(report);
        if (categories) {
            out.println();
            out.printf(Locale.ROOT, "%-12s %7s %11s %6s%n", "category", "records", "fully right", "share");
            report.categories().forEach((name, c) -> out.printf(Locale.ROOT, "%-12s %7d %11d %6.3f%n", name, c.records(),
                    c.fullyRight(), c.share()));
        }
        if (listRecords) {
            out.println();
            out.println("records not fully right (gold | predicted)");
            for (EvalReport.Outcome o : report.records()) {
                if (!o.fullyRight()) {
                    out.println(o.id() + "\t" + String.join("; ", o.gold()) + " | " + String.join("; ", o.predicted()));
                }
            }
        }
    }

    /**
     * The study and check parts side by side: P/R/F1 of the main measures, records fully right and
     * the calibration error, with the check-minus-study gap of F1 (more than 0.05 is over-fitting).
     */
    void parts(Map<StudyCheckSplit, EvalReport> parts) {
        EvalReport study = parts.get(StudyCheckSplit.STUDY);
        EvalReport check = parts.get(StudyCheckSplit.CHECK);
        out.println();
        out.printf(Locale.ROOT, "study part %d records, check part %d records (docs/evaluation.md, \"Study and check "
                + "splits\")%n", study.recordCount(), check.recordCount());
        out.printf(Locale.ROOT, "%-22s %17s %17s %7s%n", "measure", "study P/R/F1", "check P/R/F1", "F1 gap");
        for (String name : COMPARED) {
            Prf s = study.metrics().get(name);
            Prf c = check.metrics().get(name);
            if (s == null || c == null || s.tp() + s.fn() + c.tp() + c.fn() == 0) {
                continue; // the gold has no value of this measure (CAMEO roots of a PLOVER set)
            }
            out.printf(Locale.ROOT, "%-22s %17s %17s %+7.3f%n", name, prf(s), prf(c), c.f1() - s.f1());
        }
        out.printf(Locale.ROOT, "%-22s %17.3f %17.3f %+7.3f%n", "records fully right", study.fullyRightShare(),
                check.fullyRightShare(), check.fullyRightShare() - study.fullyRightShare());
        out.printf(Locale.ROOT, "%-22s %17.3f %17.3f%n", "calibration error", study.calibrationError(),
                check.calibrationError());
        out.println();
        out.print("study part: ");
        calibration(study);
        out.printf(Locale.ROOT, "check part: expected calibration error %.3f%n", check.calibrationError());
    }

    private static String prf(Prf p) {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", p.precision(), p.recall(), p.f1());
    }

    private void confusion(EvalReport report) {
        out.println("confusion (rows: gold PLOVER type, columns: predicted; none = no event)");
        TreeSet<String> columns = new TreeSet<>();
        report.confusion().values().forEach(row -> columns.addAll(row.keySet()));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s", ""));
        columns.forEach(c -> head.append(String.format(Locale.ROOT, " %5s", abbreviate(c))));
        out.println(head);
        report.confusion().forEach((gold, row) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", gold));
            columns.forEach(c -> line.append(String.format(Locale.ROOT, " %5s", row.containsKey(c) ? row.get(c) : ".")));
            out.println(line);
        });
    }

    private void calibration(EvalReport report) {
        out.printf(Locale.ROOT, "calibration (an event is right when its relaxed triple is in the gold); "
                + "expected calibration error %.3f%n", report.calibrationError());
        out.printf(Locale.ROOT, "%-11s %6s %6s %9s %9s%n", "confidence", "events", "right", "mean conf", "accuracy");
        for (EvalReport.Bin b : report.calibration()) {
            if (b.events() > 0) {
                out.printf(Locale.ROOT, "[%.1f, %.1f)  %6d %6d %9.3f %9.3f%n", b.from(), b.to(), b.events(), b.right(),
                        b.meanConfidence(), b.accuracy());
            }
        }
    }

    private static String abbreviate(String type) {
        return type.length() <= 5 ? type : type.substring(0, 5);
    }
}
