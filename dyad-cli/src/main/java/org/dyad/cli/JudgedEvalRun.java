package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.app.Engine;
import org.dyad.app.EngineConfig;
import org.dyad.app.eval.JudgedSample;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.FeedFetcher;
import org.dyad.ingest.InputFormat;
import org.dyad.ingest.ReadArticle;

/**
 * {@code dyad eval --format judged}: codes the articles of a judged precision sample
 * ({@code articles.jsonl} beside the judged file) as {@code dyad code} does, and prints the
 * precision of the asserted events that were judged, overall and for material conflict, the wrong
 * ones by mechanism, and the events no one has judged yet (docs/evaluation.md, "Judged precision
 * sample").
 */
final class JudgedEvalRun {
    private JudgedEvalRun() {
    }

    static int run(Path judgedFile, List<Path> userDictionaries, Conventions coding, boolean listUnjudged,
            PrintWriter out, PrintWriter err) {
        JudgedSample sample;
        try (Reader in = Files.newBufferedReader(judgedFile, StandardCharsets.UTF_8)) {
            sample = JudgedSample.read(in, judgedFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + judgedFile, e);
        }
        Path articles = judgedFile.toAbsolutePath().getParent().resolve("articles.jsonl");
        if (!Files.isRegularFile(articles)) {
            throw new IllegalArgumentException("no articles.jsonl beside " + judgedFile + " (the sample's articles)");
        }
        Engine engine = Engine.create(EngineConfig.defaults().withDictionaries(userDictionaries).withConventions(coding));
        List<Event> events = new ArrayList<>();
        int[] counts = new int[2];
        new ArticleReader(1_000_000, FeedFetcher.polite()).read(articles, Optional.of(InputFormat.named("jsonl")),
                new ArticleSink() {
                    @Override
                    public void article(ReadArticle read) {
                        counts[0]++;
                        engine.process(read.article()).events().stream()
                                .filter(e -> e.factuality() == Factuality.ASSERTED).forEach(events::add);
                    }

                    @Override
                    public void setAside(BadArticle bad) {
                        counts[1]++;
                        err.println("dyad: set aside " + bad.source() + " " + bad.position() + ": " + bad.reason());
                    }
                });
        JudgedSample.Result result = sample.score(events);
        out.printf(Locale.ROOT, "%s (judged): %d articles, %d asserted events, %s conventions%n", judgedFile, counts[0],
                events.size(), coding.name().toLowerCase(Locale.ROOT));
        out.println("measure            right wrong unjudged precision  removed right/wrong");
        line(out, "PLOVER-typed", result.typed());
        line(out, "material conflict", result.materialConflict());
        line(out, "statements", result.statements());
        out.println("wrong typed events by mechanism: " + result.wrongByMechanism());
        if (listUnjudged) {
            for (Event e : result.unjudged()) {
                out.printf(Locale.ROOT, "unjudged: %s %s trigger=%s rule=%s | %s%n", JudgedSample.Key.of(e),
                        e.plover().map(p -> p.type().name()).orElse("-"), e.triggerText(), e.rule(),
                        e.sentenceText().replace('\n', ' '));
            }
        } else if (!result.unjudged().isEmpty()) {
            out.println(result.unjudged().size() + " events not judged yet: --records lists them");
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String name, JudgedSample.Tally t) {
        out.printf(Locale.ROOT, "%-18s %5d %5d %8d %9.3f  %7d/%d%n", name, t.right(), t.wrong(), t.unjudged(),
                t.precision(), t.removedRight(), t.removedWrong());
    }
}
