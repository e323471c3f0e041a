package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.app.Engine;
import org.dyad.app.EngineConfig;
import org.dyad.app.eval.EvalReport;
import org.dyad.app.eval.Evaluation;
import org.dyad.app.eval.GoldReader;
import org.dyad.app.eval.GoldRecord;
import org.dyad.codebooks.Codebooks;
import org.dyad.codebooks.tabari.TabariDictionaries;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.facts.Factuality;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/**
 * The fast path's accuracy against the full path's: event-type F1 of both on the PLOVER gold set
 * and the PETRARCH suite (scored as {@code dyad eval} scores them), and, on a set of texts
 * without a scorer here (the real-news set), the F1 of the fast path's asserted events against
 * the full path's (1.000 when they code the same events, which leaves any gold F1 unchanged).
 */
final class FastPathAccuracy {
    private static final String EVENT_TYPE = "event type";
    private final Codebooks books;
    private final CoreNlpAnnotator nlp;
    private final PrintWriter log;
    private final GoldReader reader = new GoldReader();

    FastPathAccuracy(Codebooks books, CoreNlpAnnotator nlp, PrintWriter log) {
        this.books = books;
        this.nlp = nlp;
        this.log = log;
    }

    /** The F1 difference (fast minus full) of largest size over the sets given; NaN with none. */
    double worstDelta(ThroughputBenchmark.Options options) {
        double worst = Double.NaN;
        if (options.ploverGold().isPresent()) {
            worst = worse(worst, plover(options.ploverGold().get()));
        }
        if (options.petrarchGold().isPresent()) {
            worst = worse(worst, petrarch(options.petrarchGold().get()));
        }
        if (options.realNews().isPresent()) {
            worst = worse(worst, agreement(options.realNews().get()) - 1);
        }
        return worst;
    }

    private static double worse(double a, double b) {
        return Double.isNaN(a) || Math.abs(b) > Math.abs(a) ? b : a;
    }

    private double plover(Path gold) {
        Map<String, String> legacy;
        try (Reader in = new InputStreamReader(EvalReport.class.getResourceAsStream("plover_legacy_event_to_2021.tsv"),
                StandardCharsets.UTF_8)) {
            legacy = reader.legacyTypes(in, "plover_legacy_event_to_2021.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled PLOVER legacy map", e);
        }
        List<GoldRecord> records;
        try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            records = reader.plover(in, gold.getFileName().toString(), legacy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        return delta("PLOVER " + gold.getFileName(), books, records, Conventions.PLOVER,
                EnumSet.of(Factuality.ASSERTED), true);
    }

    private double petrarch(Path gold) {
        Codebooks suite = TabariDictionaries.fromDirectory(gold.toAbsolutePath().getParent()).codebooks(books);
        List<GoldRecord> records;
        try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            records = reader.petrarch(in, gold.getFileName().toString(), suite.cameo());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        return delta("PETRARCH " + gold.getFileName(), suite, records, Conventions.CAMEO,
                EnumSet.of(Factuality.ASSERTED, Factuality.FUTURE, Factuality.REPORTED_INTENT), false);
    }

    private double delta(String name, Codebooks codebooks, List<GoldRecord> records, Conventions conventions,
            Set<Factuality> counted, boolean ploverOnly) {
        Engine fullEngine = Engine.create(EngineConfig.defaults().withConventions(conventions)
                .withNlpPath(Engine.NlpPath.FULL), codebooks, nlp);
        double full = Evaluation.run(fullEngine, records, counted, ploverOnly).metrics().get(EVENT_TYPE).f1();
        double fast = Evaluation.run(fullEngine.onPath(Engine.NlpPath.FAST), records, counted, ploverOnly)
                .metrics().get(EVENT_TYPE).f1();
        log.printf(Locale.ROOT, "%s: event-type F1 full %.4f fast %.4f delta %+.4f%n", name, full, fast, fast - full);
        log.flush();
        return fast - full;
    }

    /** F1 of the fast path's asserted (source, target, code) events against the full path's. */
    private double agreement(Path texts) {
        Engine full = Engine.create(EngineConfig.defaults().withNlpPath(Engine.NlpPath.FULL), books, nlp);
        Engine fast = full.onPath(Engine.NlpPath.FAST);
        ObjectMapper json = new ObjectMapper();
        long both = 0;
        long inFull = 0;
        long inFast = 0;
        List<String> lines;
        try {
            lines = Files.readAllLines(texts, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + texts, e);
        }
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException("line " + number + " of " + texts + " is not JSON", e);
            }
            Article a = Article.of(n.has("id") ? n.get("id").asText() : "line-" + number, n.get("text").asText());
            Map<String, Integer> f = keys(full.process(a).events());
            Map<String, Integer> q = keys(fast.process(a).events());
            for (Map.Entry<String, Integer> e : f.entrySet()) {
                both += Math.min(e.getValue(), q.getOrDefault(e.getKey(), 0));
            }
            inFull += f.values().stream().mapToInt(Integer::intValue).sum();
            inFast += q.values().stream().mapToInt(Integer::intValue).sum();
        }
        double f1 = inFull + inFast == 0 ? 1 : 2.0 * both / (inFull + inFast);
        log.printf(Locale.ROOT, "%s: events full %d fast %d in both %d, agreement F1 %.4f%n", texts.getFileName(), inFull,
                inFast, both, f1);
        log.flush();
        return f1;
    }

    private static Map<String, Integer> keys(List<Event> events) {
        Map<String, Integer> out = new HashMap<>();
        for (Event e : events) {
            if (e.factuality() == Factuality.ASSERTED) {
                out.merge(e.source().code() + "|" + e.target().map(t -> t.code().code()).orElse("-") + "|" + e.cameo(),
                        1, Integer::sum);
            }
        }
        return out;
    }
}
