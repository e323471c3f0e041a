package org.dyad.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dyad.app.Engine;
import org.dyad.app.EngineConfig;
import org.dyad.app.eval.EvalReport;
import org.dyad.app.eval.EvalReportJson;
import org.dyad.app.eval.Evaluation;
import org.dyad.app.eval.ExpectedReadingScorer;
import org.dyad.app.eval.GoldReader;
import org.dyad.app.eval.GoldRecord;
import org.dyad.app.eval.Prf;
import org.dyad.codebooks.Codebooks;
import org.dyad.codebooks.tabari.TabariDictionaries;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.facts.Factuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: codes a gold file's texts and prints precision, recall and F1 (docs/evaluation.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Dyad against a gold file: P/R/F1 for event type, CAMEO root, source, target and "
                + "(source, target, event) triples, a confusion table and the calibration of confidence.")
final class EvalCommand implements Callable<Integer> {
    enum Format { plover, petrarch, expected, geovirus }

    @Option(names = "--format", required = true, paramLabel = "plover|petrarch|expected|geovirus",
            description = "plover: PLOVER gold standard records (JSONL); petrarch: PETRARCH unit records (JSONL), coded "
                    + "with their own TABARI dictionaries; expected: a human reading in the seed's expected.json format; "
                    + "geovirus: geoparsing gold (GeoVirus JSON Lines), places scored on its check and study parts.")
    Format format;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "petrarch: the directory of the TABARI actors, agents, verbs and discards files "
                    + "(default: beside the gold file).")
    Path dictionaries;

    @Option(names = "--dictionary", paramLabel = "PATH",
            description = "plover/expected: a Dyad dictionary file laid over the bundled ones. Repeatable.")
    List<Path> userDictionaries = new ArrayList<>();

    @Option(names = "--legacy-map", paramLabel = "TSV",
            description = "plover: table of pre-2021 PLOVER category names (default: the bundled "
                    + "plover_legacy_event_to_2021.tsv).")
    Path legacyMap;

    @Option(names = "--all-factualities", description = "Score negated, hypothetical, future ... events too, not only "
            + "asserted ones.")
    boolean allFactualities;

    @Option(names = "--factualities", paramLabel = "LIST", description = "Comma-separated factualities to score, e.g. "
            + "asserted,future. Default: asserted; for petrarch asserted,future,reported-intent, because the "
            + "PETRARCH suite codes stated future actions as events.")
    String factualities;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N records.")
    Integer limit;

    @Option(names = "--json", description = "Print one JSON object (metrics, confusion, calibration, every record's "
            + "outcome) instead of tables.")
    boolean json;

    @Option(names = "--records", description = "Also list every record that is not fully right, with gold and "
            + "predicted triples.")
    boolean listRecords;

    @picocli.CommandLine.Mixin
    GeoEvalRun.Options geo = new GeoEvalRun.Options();

    @Parameters(index = "0", paramLabel = "GOLD_FILE", description = "The gold file.")
    Path gold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isRegularFile(gold)) {
                throw new IllegalArgumentException("no gold file " + gold);
            }
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1");
            }
            return switch (format) {
                case expected -> expected(out);
                case geovirus -> GeoEvalRun.run(gold, geo, limit, listRecords, out);
                case plover, petrarch -> records(out, err);
            };
        } catch (IllegalArgumentException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("dyad: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 2;
        }
    }

    private int records(PrintWriter out, PrintWriter err) {
        GoldReader reader = new GoldReader();
        Map<String, String> about = new LinkedHashMap<>();
        about.put("gold", gold.toString());
        about.put("format", format.name());
        Codebooks books;
        List<GoldRecord> records;
        if (format == Format.petrarch) {
            Path dir = dictionaries != null ? dictionaries : gold.toAbsolutePath().getParent();
            TabariDictionaries suite = TabariDictionaries.fromDirectory(dir);
            books = suite.codebooks(Codebooks.bundled());
            about.put("dictionaries", dir.toString());
            about.put("dictionary_issues", String.valueOf(suite.issues().size()));
            if (!json) {
                err.println("dyad: " + suite.issues().size() + " dictionary lines not usable by Dyad (first: "
                        + (suite.issues().isEmpty() ? "none" : suite.issues().get(0)) + ")");
            }
            try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
                records = reader.petrarch(in, gold.getFileName().toString(), books.cameo());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + gold, e);
            }
        } else {
            books = Codebooks.bundled().withUserFiles(userDictionaries);
            Map<String, String> legacy;
            try (Reader in = legacyMap != null ? Files.newBufferedReader(legacyMap, StandardCharsets.UTF_8)
                    : new InputStreamReader(EvalReport.class.getResourceAsStream("plover_legacy_event_to_2021.tsv"),
                            StandardCharsets.UTF_8)) {
                legacy = reader.legacyTypes(in, legacyMap != null ? legacyMap.toString() : "plover_legacy_event_to_2021.tsv");
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no legacy map " + legacyMap);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + legacyMap, e);
            }
            try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
                records = reader.plover(in, gold.getFileName().toString(), legacy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + gold, e);
            }
        }
        if (limit != null && records.size() > limit) {
            records = records.subList(0, limit);
        }
        java.util.Set<Factuality> counted = countedFactualities();
        about.put("factualities", allFactualities ? "all" : counted.stream().map(Factuality::label)
                .collect(java.util.stream.Collectors.joining(",")));
        // The PETRARCH suite codes a stated future action as the action (CAMEO's convention).
        Engine engine = Engine.create(EngineConfig.defaults()
                .withConventions(format == Format.petrarch ? Conventions.CAMEO : Conventions.PLOVER), books);
        EvalReport report = Evaluation.run(engine, records, counted, format == Format.plover);
        if (json) {
            out.println(new EvalReportJson().write(report, about));
        } else {
            print(out, report, about);
        }
        out.flush();
        return 0;
    }

    private java.util.Set<Factuality> countedFactualities() {
        if (allFactualities) {
            return java.util.EnumSet.allOf(Factuality.class);
        }
        String list = factualities != null ? factualities
                : format == Format.petrarch ? "asserted,future,reported-intent" : "asserted";
        java.util.Set<Factuality> out = java.util.EnumSet.noneOf(Factuality.class);
        for (String name : list.split(",")) {
            out.add(Factuality.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        return out;
    }

    private void print(PrintWriter out, EvalReport report, Map<String, String> about) {
        out.printf(Locale.ROOT, "%s (%s): %d records, %s events; %.3f of records fully right%n", about.get("gold"),
                format, report.recordCount(), about.get("factualities"), report.fullyRightShare());
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
        out.println();
        out.printf(Locale.ROOT, "calibration (an event is right when its relaxed triple is in the gold); "
                + "expected calibration error %.3f%n", report.calibrationError());
        out.printf(Locale.ROOT, "%-11s %6s %6s %9s %9s%n", "confidence", "events", "right", "mean conf", "accuracy");
        for (EvalReport.Bin b : report.calibration()) {
            if (b.events() > 0) {
                out.printf(Locale.ROOT, "[%.1f, %.1f)  %6d %6d %9.3f %9.3f%n", b.from(), b.to(), b.events(), b.right(),
                        b.meanConfidence(), b.accuracy());
            }
        }
        if (format == Format.petrarch) {
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

    private static String abbreviate(String type) {
        return type.length() <= 5 ? type : type.substring(0, 5);
    }

    private int expected(PrintWriter out) {
        ExpectedReadingScorer.Reading expected = ExpectedReadingScorer.read(gold);
        String articleName = expected.article();
        if (articleName.isEmpty()) {
            throw new IllegalArgumentException(gold + " names no 'article'; add \"article\": \"FILE\" beside it");
        }
        Path articleFile = gold.toAbsolutePath().getParent().resolve(articleName);
        String raw;
        try {
            raw = Files.readString(articleFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the article " + articleFile + " that " + gold + " names");
        }
        Engine engine = Engine.create(userDictionaries);
        Document doc = engine.process(Article.of(articleName, raw));
        ExpectedReadingScorer.Result result = new ExpectedReadingScorer().score(expected.json(), raw, doc.events());
        int n = result.found().size() + result.missed().size();
        Prf prf = new Prf(result.found().size(), 0, result.missed().size());
        if (json) {
            out.println(new EvalReportJson().write(result, Map.of("gold", gold.toString(), "format", "expected")));
        } else {
            out.printf(Locale.ROOT, "%s (expected): %d of %d expected events found (recall %.3f), %d forbidden readings%n",
                    gold, result.found().size(), n, prf.recall(), result.violations().size());
            out.println("found:   " + String.join(" ", result.found()));
            out.println("missed:  " + String.join(" ", result.missed()));
            result.violations().forEach(v -> out.println("violation: " + v));
        }
        out.flush();
        return 0;
    }
}
