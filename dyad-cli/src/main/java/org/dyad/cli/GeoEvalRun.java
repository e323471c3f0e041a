package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.dyad.app.Engine;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.evaluation.StudyCheckSplit;
import org.dyad.core.facts.PlaceMention;
import org.dyad.gazetteer.GazetteerIndex;
import org.dyad.gazetteer.eval.GeoCase;
import org.dyad.gazetteer.eval.GeoEval;
import org.dyad.gazetteer.eval.GeoGold;
import org.dyad.gazetteer.eval.GeoReport;
import org.dyad.gazetteer.eval.GeoScore;
import picocli.CommandLine.Option;

/**
 * {@code dyad eval --format geovirus}: place recognition and resolution on geoparsing gold, the
 * check part and the study part of the fixed split reported apart, then the whole set, or the one
 * part {@code --split} names (docs/geo.md, "Evaluation"). Error cases are listed for study articles
 * only. The engine parses each article once, whatever parts it is scored in.
 */
final class GeoEvalRun {
    /** The options only this format reads, mixed into {@code dyad eval}. */
    static final class Options {
        @Option(names = "--geo-engine", description = "geovirus: recognise with the full engine (text repair, CoreNLP NER, "
                + "actors as context) instead of the gazetteer matcher alone; takes minutes.")
        boolean engine;
    }

    private GeoEvalRun() {
    }

    /**
     * Scores the gold file and prints one table per part.
     *
     * @param split {@link StudyCheckSplit#ALL} for the check part, the study part and the whole set;
     *     otherwise that part alone
     * @param limit score only the first {@code limit} articles of each part, or null for all
     * @param listCases list the misses, wrong answers and extras of study articles
     */
    static int run(Path gold, StudyCheckSplit split, Options options, Integer limit, boolean listCases, PrintWriter out) {
        List<GeoGold.Article> all;
        try {
            all = GeoGold.read(gold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read geo gold " + gold, e);
        }
        long t0 = System.nanoTime();
        GazetteerIndex gazetteer = GazetteerIndex.load();
        out.printf(Locale.ROOT, "gazetteer: %d places, %d names, loaded in %.2f s%n", gazetteer.placeCount(), gazetteer.nameCount(),
                (System.nanoTime() - t0) / 1e9);
        Engine engine = options.engine ? Engine.create(List.of()) : null;
        Map<String, List<PlaceMention>> parsed = new HashMap<>();
        List<StudyCheckSplit> parts = split == StudyCheckSplit.ALL
                ? List.of(StudyCheckSplit.CHECK, StudyCheckSplit.STUDY, StudyCheckSplit.ALL) : List.of(split);
        for (StudyCheckSplit part : parts) {
            List<GeoGold.Article> articles = GeoGold.part(all, part);
            articles = articles.subList(0, Math.min(articles.size(), limit == null ? Integer.MAX_VALUE : limit));
            GeoReport report = engine == null ? GeoEval.matcherReport(gold.toString(), articles, part, gazetteer)
                    : GeoEval.report(gold.toString(), articles, part, gazetteer, "dyad engine (CoreNLP)", (id, text) -> parsed.computeIfAbsent(id, k -> {
                        var doc = engine.process(Article.of(id, text));
                        return doc.has(LayerKind.PLACES) ? doc.places() : List.of();
                    }));
            print(out, report);
            if (listCases && part == StudyCheckSplit.STUDY) {
                for (GeoCase c : report.rows().get(0).score().cases()) {
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.0f km\t%s%n", c.outcome(), c.articleId(), c.gold(), c.predicted(),
                            c.km(), c.context());
                }
            }
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, GeoReport r) {
        out.printf(Locale.ROOT, "%s part of %s: %d articles, %d toponyms%n", r.part(), r.gold(), r.articles(), r.toponyms());
        for (GeoReport.Row row : r.rows()) {
            GeoScore s = row.score();
            out.printf(Locale.ROOT, "  %-40s recognition P %.3f R %.3f F1 %.3f (predicted %d) | Acc@161km %.3f "
                    + "(country-aware %.3f)  mean %.0f km  median %.1f km  AUC %.3f  (n=%d matched, %.1f s)%n", row.system(),
                    s.precision(), s.recall(), s.f1(), s.predicted(), s.accAt161(), s.countryAwareAccAt161(), s.mean(),
                    s.median(), s.auc(), s.errors().length, row.seconds());
        }
        if (r.common() != null) {
            GeoReport.Common c = r.common();
            out.printf(Locale.ROOT, "  same toponyms (n=%d): %s Acc@161km %.3f, AUC %.3f | %s Acc@161km %.3f, AUC %.3f%n",
                    c.a().errors().length, c.systemA(), c.a().accAt161(), c.a().auc(), c.systemB(), c.b().accAt161(), c.b().auc());
        }
    }
}
