package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.app.Engine;
import org.dyad.app.EngineConfig;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/**
 * Throughput of the full path, the fast path and CoreNLP's cheap layers alone (the floor) on one
 * corpus, in one process: the three passes alternate, round after round (the order rotates), so
 * that the machine's load falls on all of them alike, and each figure is the median over rounds
 * of tokens per second of the coding thread's CPU time (one core). Also reports the peak heap
 * live after a collection, the share of sentences the fast path parsed and, through
 * {@link FastPathAccuracy}, the fast path's event-type F1 difference on the gold sets.
 */
public final class ThroughputBenchmark {
    private static final String BUNDLED = "/org/dyad/app/sample/voa_stories.jsonl";
    /** Articles each path codes before timing starts: loads every model and compiles the hot code. */
    private static final int WARM_UP_ARTICLES = 10;

    /** What to run: corpus (empty: the bundled VOA stories), rounds, gold sets (empty: skipped). */
    public record Options(Optional<Path> corpus, int rounds, Optional<Path> ploverGold, Optional<Path> petrarchGold,
            Optional<Path> realNews) {
        public Options {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
            }
        }
    }

    /** The measured figures; {@code fastF1Delta} is NaN when no gold set was scored. */
    public record Result(long tokens, double fullTokS, double fastTokS, double floorTokS, long peakHeapMb,
            double parsedShare, double fastF1Delta) {
        /** The benchmark's last line, in the format. */
        public String line() {
            return String.format(Locale.ROOT, "throughput full_tok_s=%.0f fast_tok_s=%.0f floor_tok_s=%.0f "
                    + "fast_over_full=%.2f fast_over_floor=%.2f peak_heap_mb=%d fast_f1_delta=%.4f", fullTokS, fastTokS,
                    floorTokS, fastTokS / fullTokS, fastTokS / floorTokS, peakHeapMb, fastF1Delta);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final HeapWatch heap = new HeapWatch();

    public Result run(Options options, PrintWriter log) {
        List<Article> articles = read(options.corpus());
        Codebooks books = Codebooks.bundled();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator();
        Engine full = Engine.create(EngineConfig.defaults().withNlpPath(Engine.NlpPath.FULL), books, nlp);
        Engine fast = full.onPath(Engine.NlpPath.FAST);
        List<Article> warmUp = articles.subList(0, Math.min(WARM_UP_ARTICLES, articles.size()));
        log.printf(Locale.ROOT, "%d articles; warming up every path on %d%n", articles.size(), warmUp.size());
        log.flush();
        pass(warmUp, a -> full.process(a).tokens().size());
        pass(warmUp, a -> fast.process(a).tokens().size());
        pass(warmUp, a -> nlp.annotateCheapLayers(a.text()));
        long tokens = pass(articles, a -> nlp.annotateCheapLayers(a.text()))[0];
        double[][] cpu = new double[3][options.rounds()];
        String[] names = {"full", "fast", "floor"};
        for (int r = 0; r < options.rounds(); r++) {
            for (int k = 0; k < 3; k++) {
                int which = (r + k) % 3;
                long[] m = switch (which) {
                    case 0 -> pass(articles, a -> full.process(a).tokens().size());
                    case 1 -> pass(articles, a -> fast.process(a).tokens().size());
                    default -> pass(articles, a -> nlp.annotateCheapLayers(a.text()));
                };
                cpu[which][r] = m[1] / 1e9;
                log.printf(Locale.ROOT, "round %d %-5s %8.0f tok/s (cpu %.1f s, wall %.1f s)%n", r + 1, names[which],
                        tokens / cpu[which][r], cpu[which][r], m[2] / 1e9);
                log.flush();
            }
        }
        double parsed = parsedShare(articles, fast);
        log.printf(Locale.ROOT, "fast path parsed %.1f%% of sentences; the full path coded an event in %.1f%% "
                + "(what a triage that knew the events would parse)%n", 100 * parsed, 100 * eventShare(articles, full));
        double delta = new FastPathAccuracy(books, nlp, log).worstDelta(options);
        return new Result(tokens, tokens / median(cpu[0]), tokens / median(cpu[1]), tokens / median(cpu[2]),
                heap.peakMb(), parsed, delta);
    }

    /** {tokens, thread CPU ns, wall ns} of one pass over the articles. */
    private long[] pass(List<Article> articles, java.util.function.ToIntFunction<Article> work) {
        long tokens = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (Article a : articles) {
            tokens += work.applyAsInt(a);
            heap.sample();
        }
        return new long[] {tokens, threads.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - wall0};
    }

    private static double parsedShare(List<Article> articles, Engine fast) {
        long sentences = 0;
        long parsed = 0;
        for (Article a : articles) {
            Document d = fast.process(a);
            for (int s = 0; s < d.sentences().size(); s++) {
                sentences++;
                int first = d.sentences().firstToken(s);
                if (first < d.sentences().endToken(s) && d.dependencies().parsed(first)) {
                    parsed++;
                }
            }
        }
        return sentences == 0 ? 0 : (double) parsed / sentences;
    }

    /** The share of sentences in which the full path codes an event: a floor for any exact triage's share. */
    private static double eventShare(List<Article> articles, Engine full) {
        long sentences = 0;
        long withEvent = 0;
        for (Article a : articles) {
            Document d = full.process(a);
            sentences += d.sentences().size();
            withEvent += d.events().stream().mapToInt(e -> e.sentenceIndex()).distinct().count();
        }
        return sentences == 0 ? 0 : (double) withEvent / sentences;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The corpus's articles: JSON lines with {@code id} and {@code text}. */
    static List<Article> read(Optional<Path> corpus) {
        try (InputStream in = corpus.isPresent() ? Files.newInputStream(corpus.get())
                : ThroughputBenchmark.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled VOA stories " + BUNDLED + " are not on the class path");
            }
            ObjectMapper json = new ObjectMapper();
            List<Article> out = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                JsonNode text = n.get("text");
                if (text == null || !text.isTextual() || text.asText().isBlank()) {
                    throw new IllegalArgumentException("line " + number + " of the corpus has no text field");
                }
                out.add(Article.of(n.has("id") ? n.get("id").asText() : "line-" + number, text.asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + corpus.map(Path::toString).orElse(BUNDLED), e);
        }
    }
}
