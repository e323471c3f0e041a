package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dyad.app.Engine;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.FeedFetcher;
import org.dyad.ingest.Quarantine;
import org.dyad.ingest.ReadArticle;
import org.dyad.app.EngineConfig;
import org.dyad.core.conventions.Conventions;

/**
 * The loop every article command shares: read each input (files, trees, URLs, "-" for standard
 * input), code the articles on all cores in input order, set aside what fails, show progress.
 */
final class ArticleRun {
    private ArticleRun() {
    }

    /** The engine for these options, or empty after one clear line on {@code err}. */
    static Optional<Engine> engine(InputOptions input, PrintWriter err) {
        return engine(input, Conventions.PLOVER, err);
    }

    /** The engine for these options coding by {@code conventions}, or empty after one clear line on {@code err}. */
    static Optional<Engine> engine(InputOptions input, Conventions conventions, PrintWriter err) {
        try {
            input.validate();
            return Optional.of(Engine.create(EngineConfig.defaults().withDictionaries(input.dictionaries)
                    .withConventions(conventions).withNlpPath(input.nlpPath())));
        } catch (IllegalArgumentException e) {
            err.println("dyad: " + e.getMessage());
            return Optional.empty();
        }
    }

    static ArticleReader reader(InputOptions input) {
        return new ArticleReader(input.maxChars, FeedFetcher.polite());
    }

    /** What to read: each command-line input in turn, "-" being standard input. */
    static Consumer<ArticleSink> inputs(InputOptions input, List<String> inputs) {
        ArticleReader reader = reader(input);
        return sink -> {
            for (String in : inputs) {
                if (in.equals("-")) {
                    reader.read(System.in, "-", input.forced(), sink);
                } else {
                    reader.read(in, input.forced(), sink);
                }
            }
        };
    }

    /** The bytes the progress bar counts toward: the sizes of the files and trees given (streams unknown). */
    static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String in : inputs) {
            Path p = in.equals("-") || in.startsWith("http://") || in.startsWith("https://") ? null : Path.of(in);
            if (p == null) {
                return -1;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                total += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            } catch (IOException | UncheckedIOException e) {
                // a missing input is set aside when it is read; it counts nothing here
            }
        }
        return total;
    }

    /**
     * Makes the engine and codes every article of {@code inputs}, passing each coded document on
     * in input order and ending with the summary line on {@code err}; the run's tally, or empty
     * when the engine or quarantine could not be made (the reason is on {@code err}).
     */
    static Optional<RunTally> codeEach(InputOptions input, List<String> inputs, PrintWriter err,
            BiConsumer<Article, Document> body) {
        return codeEach(input, Conventions.PLOVER, inputs, err, body);
    }

    /** As above, the engine coding by {@code conventions}. */
    static Optional<RunTally> codeEach(InputOptions input, Conventions conventions, List<String> inputs,
            PrintWriter err, BiConsumer<Article, Document> body) {
        Optional<RunTally> tally = engine(input, conventions, err).flatMap(engine -> run(engine, input, inputs(input, inputs),
                totalBytes(inputs), err, a -> false, (read, doc) -> body.accept(read.article(), doc)));
        tally.ifPresent(t -> {
            err.println("dyad: " + t.summary());
            err.flush();
        });
        return tally;
    }

    /** {@link #codeEach(InputOptions, List, PrintWriter, BiConsumer)} for commands whose inputs are paths. */
    static Optional<RunTally> codeEach(InputOptions input, java.util.Collection<Path> files, PrintWriter err,
            BiConsumer<Article, Document> body) {
        return codeEach(input, files.stream().map(Path::toString).toList(), err, body);
    }

    /**
     * Codes what {@code feed} reads: articles {@code skip} accepts are counted as already stored,
     * the others coded in parallel and handed to {@code body} in input order on this thread.
     */
    static Optional<RunTally> run(Engine engine, InputOptions input, Consumer<ArticleSink> feed, long totalBytes,
            PrintWriter err, Predicate<Article> skip, BiConsumer<ReadArticle, Document> body) {
        Quarantine quarantine = null;
        try {
            if (input.quarantine != null) {
                quarantine = Quarantine.open(input.quarantine);
            }
        } catch (IOException e) {
            err.println("dyad: cannot open the quarantine file " + input.quarantine + ": " + e.getMessage()
                    + "; choose another --quarantine path");
            return Optional.empty();
        }
        RunTally tally = new RunTally(err, quarantine);
        try (Progress progress = Progress.to(err, totalBytes);
                OrderedCoder coder = new OrderedCoder(engine, input.threadCount(), tally, progress, body)) {
            feed.accept(new ArticleSink() {
                @Override
                public void article(ReadArticle read) {
                    if (coder.inFlight(read.article().id())) {
                        coder.finish();
                    }
                    if (skip.test(read.article())) {
                        tally.skipped();
                    } else {
                        coder.article(read);
                    }
                }

                @Override
                public void setAside(BadArticle bad) {
                    coder.setAside(bad);
                }

                @Override
                public void bytesRead(long n) {
                    coder.bytesRead(n);
                }
            });
            coder.finish();
        } finally {
            if (quarantine != null) {
                try {
                    quarantine.close();
                } catch (IOException e) {
                    err.println("dyad: cannot close the quarantine file: " + e.getMessage());
                }
            }
        }
        return Optional.of(tally);
    }
}
