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
import org.dyad.core.calibration.CalibrationFit;
import org.dyad.core.calibration.CalibrationMap;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.evaluation.StudyCheckSplit;
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
    enum Format { plover, petrarch, realnews, expected, geovirus, judged }

    @Option(names = "--format", paramLabel = "plover|petrarch|realnews|expected|geovirus|judged",
            description = "plover: PLOVER gold standard records (JSONL); petrarch: PETRARCH unit records (JSONL), coded "
                    + "with their own TABARI dictionaries; realnews: real-news sentences coded with PLOVER types "
                    + "(JSONL, testdata/eval/realnews-dev); expected: a human reading in the seed's expected.json format; "
                    + "geovirus: geoparsing gold (GeoVirus JSON Lines), places scored on its check and study parts; "
                    + "judged: a judged precision sample (testdata/eval/precision-sample/judged.jsonl, its articles "
                    + "beside it): precision of the judged events, --records lists the events not judged yet.")
    Format format;

    @Option(names = "--split", paramLabel = "study|check|all", defaultValue = "all",
            description = "Score the study part, the check part or all records (default: ${DEFAULT-VALUE}; with all, "
                    + "the two parts are also shown side by side). The split is fixed by each record's id "
                    + "(docs/evaluation.md).")
    String split;

    @Option(names = "--conventions", paramLabel = "plover|cameo",
            description = "Coding conventions (docs/coding.md). Default: the gold's own, cameo for petrarch, plover "
                    + "otherwise.")
    String conventions;

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

    @Option(names = "--losses", description = "Also print the loss account per part (study, check, all): where the "
            + "gold event types not found were lost and what produced the false events; counts only "
            + "(docs/evaluation.md).")
    boolean losses;

    @picocli.CommandLine.Mixin
    GeoEvalRun.Options geo = new GeoEvalRun.Options();

    @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD_FILE", description = "The gold file.")
    Path gold;

    @Option(names = "--fit-calibration", paramLabel = "OUT",
            description = "Fit the confidence calibration map on the study parts of the three gold sets under "
                    + "testdata/eval (PLOVER dev, PETRARCH units, real-news dev), each under its own conventions, "
                    + "and write it to OUT (bundled: dyad-codebooks/.../calibration/confidence.tsv); takes no "
                    + "GOLD_FILE or --format (docs/evaluation.md).")
    Path fitCalibration;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (fitCalibration != null) {
                return fitCalibration(out, err);
            }
            if (format == null || gold == null) {
                throw new IllegalArgumentException("give --format and a GOLD_FILE (or --fit-calibration OUT)");
            }
            if (!Files.isRegularFile(gold)) {
                throw new IllegalArgumentException("no gold file " + gold);
            }
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1");
            }
            StudyCheckSplit part = StudyCheckSplit.parse(split);
            Conventions coding = ConventionsOption.parse(conventions, format == Format.petrarch
                    ? Conventions.CAMEO : Conventions.PLOVER);
            return switch (format) {
                case expected -> expected(out, coding);
                case geovirus -> GeoEvalRun.run(gold, part, geo, limit, listRecords, out);
                case judged -> JudgedEvalRun.run(gold, userDictionaries, coding, listRecords, out, err);
                case plover, petrarch, realnews -> records(out, err, part, coding);
            };
        } catch (IllegalArgumentException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("dyad: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 2;
        }
    }

    /** The gold sets a calibration map is fitted on, under the Dyad checkout's testdata/eval. */
    private static final Map<Format, String> CALIBRATION_SETS = new java.util.EnumMap<>(Map.of(
            Format.plover, "testdata/eval/plover-gsr/plover_gsr_dev.jsonl",
            Format.petrarch, "testdata/eval/petrarch-unit/unit_tests_ud_cameo.jsonl",
            Format.realnews, "testdata/eval/realnews-dev/wikinews_events.jsonl"));
    /** How many events a calibration cell's parent weighs (CalibrationFit). */
    private static final double CALIBRATION_STRENGTH = 5;

    /**
     * Codes the study part of each calibration set with its own conventions, collects every scored
     * event's typed features and whether it was right, and writes the fitted map.
     */
    private int fitCalibration(PrintWriter out, PrintWriter err) {
        Path home = Path.of(System.getProperty("dyad.home", "."));
        CalibrationFit fit = new CalibrationFit(CALIBRATION_STRENGTH);
        List<String> comments = new ArrayList<>();
        comments.add("Fitted by dyad eval --fit-calibration on the study parts only (StudyCheckSplit), m = "
                + CALIBRATION_STRENGTH + "; right = the event's relaxed triple is in the record's gold.");
        for (Map.Entry<Format, String> set : CALIBRATION_SETS.entrySet()) {
            Path file = home.resolve(set.getValue());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no gold file " + file + " (run from a Dyad checkout)");
            }
            Loaded loaded = load(set.getKey(), file, err, new LinkedHashMap<>());
            List<GoldRecord> study = loaded.records().stream().filter(r -> StudyCheckSplit.STUDY.includes(r.id())).toList();
            Conventions coding = set.getKey() == Format.petrarch ? Conventions.CAMEO : Conventions.PLOVER;
            Engine engine = Engine.create(EngineConfig.defaults().withConventions(coding), loaded.books());
            EvalReport report = Evaluation.runByPart(engine, study, countedFactualities(set.getKey()),
                    set.getKey() != Format.petrarch).get(StudyCheckSplit.STUDY);
            report.scored().forEach(s -> fit.add(s.key(), s.right()));
            long right = report.scored().stream().filter(EvalReport.Scored::right).count();
            comments.add(set.getKey() + ": " + set.getValue() + ", " + study.size() + " study records, "
                    + report.scored().size() + " events, " + right + " right");
        }
        String version = "study-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        CalibrationMap map = fit.map(version);
        try {
            Files.writeString(fitCalibration, map.text(version, comments), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fitCalibration, e);
        }
        out.println("dyad: calibration map of " + map.cells().size() + " cells from " + fit.events()
                + " study events written to " + fitCalibration);
        comments.forEach(c -> out.println("  " + c));
        out.flush();
        return 0;
    }

    /** A gold file's records and the codebooks they are coded with. */
    private record Loaded(Codebooks books, List<GoldRecord> records) {
    }

    private Loaded load(Format set, Path file, PrintWriter err, Map<String, String> about) {
        GoldReader reader = new GoldReader();
        about.put("gold", file.toString());
        about.put("format", set.name());
        Codebooks books;
        List<GoldRecord> records;
        if (set == Format.petrarch) {
            Path dir = dictionaries != null ? dictionaries : file.toAbsolutePath().getParent();
            TabariDictionaries suite = TabariDictionaries.fromDirectory(dir);
            books = suite.codebooks(Codebooks.bundled());
            about.put("dictionaries", dir.toString());
            about.put("dictionary_issues", String.valueOf(suite.issues().size()));
            if (!json) {
                err.println("dyad: " + suite.issues().size() + " dictionary lines not usable by Dyad (first: "
                        + (suite.issues().isEmpty() ? "none" : suite.issues().get(0)) + ")");
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                records = reader.petrarch(in, file.getFileName().toString(), books.cameo());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        } else if (set == Format.realnews) {
            books = Codebooks.bundled().withUserFiles(userDictionaries);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                records = reader.realnews(in, file.getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            agreement(file).ifPresent(a -> about.put("agreement", a));
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
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                records = reader.plover(in, file.getFileName().toString(), legacy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new Loaded(books, records);
    }

    private int records(PrintWriter out, PrintWriter err, StudyCheckSplit part, Conventions coding) {
        Map<String, String> about = new LinkedHashMap<>();
        Loaded loaded = load(format, gold, err, about);
        Codebooks books = loaded.books();
        List<GoldRecord> records = loaded.records();
        records = records.stream().filter(r -> part.includes(r.id())).toList();
        if (limit != null && records.size() > limit) {
            records = records.subList(0, limit);
        }
        about.put("split", part.label());
        about.put("conventions", ConventionsOption.label(coding));
        java.util.Set<Factuality> counted = countedFactualities(format);
        about.put("factualities", allFactualities ? "all" : counted.stream().map(Factuality::label)
                .collect(java.util.stream.Collectors.joining(",")));
        Engine engine = Engine.create(EngineConfig.defaults().withConventions(coding), books);
        Map<StudyCheckSplit, org.dyad.app.eval.LossAccount> lost = losses
                ? new java.util.EnumMap<>(StudyCheckSplit.class) : null;
        Map<StudyCheckSplit, EvalReport> parts = Evaluation.runByPart(engine, records, counted,
                format != Format.petrarch, lost);
        EvalReport report = parts.get(StudyCheckSplit.ALL);
        if (json) {
            out.println(new EvalReportJson().write(report, about));
        } else {
            EvalTables tables = new EvalTables(out);
            tables.report(report, about, format == Format.petrarch, listRecords);
            if (part == StudyCheckSplit.ALL) {
                tables.parts(parts);
            }
            if (lost != null) {
                new LossTables(out).print(lost);
            }
        }
        out.flush();
        return 0;
    }

    private java.util.Set<Factuality> countedFactualities(Format set) {
        if (allFactualities) {
            return java.util.EnumSet.allOf(Factuality.class);
        }
        String list = factualities != null ? factualities
                : set == Format.petrarch ? "asserted,future,reported-intent" : "asserted";
        java.util.Set<Factuality> out = java.util.EnumSet.noneOf(Factuality.class);
        for (String name : list.split(",")) {
            out.add(Factuality.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        return out;
    }

    /** The agreement line of the gold's {@code agreement.txt}, when one lies beside it. */
    private java.util.Optional<String> agreement(Path goldFile) {
        Path file = goldFile.toAbsolutePath().getParent().resolve("agreement.txt");
        try {
            return Files.isRegularFile(file) ? java.util.Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private int expected(PrintWriter out, Conventions coding) {
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
        Engine engine = Engine.create(EngineConfig.defaults().withDictionaries(userDictionaries).withConventions(coding));
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
