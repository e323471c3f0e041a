package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.dyad.app.ArticleReader;
import org.dyad.app.Engine;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.event.EventCoder;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/** The loop every article command shares: read each input, code each article, set aside what fails. */
final class ArticleRun {
    private ArticleRun() {
    }

    /** The engine for these options, or empty after one clear line on {@code err}. */
    static Optional<Engine> engine(InputOptions input, PrintWriter err) {
        try {
            input.validate();
            return Optional.of(Engine.create(Codebooks.bundled().withUserFiles(input.dictionaries), new CoreNlpAnnotator(),
                    EventCoder.Conventions.PLOVER, input.nlpPath()));
        } catch (IllegalArgumentException e) {
            err.println("dyad: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Makes the engine and codes every article of {@code files}, passing each coded document on;
     * the run's tally, or empty when the engine could not be made (the reason is on {@code err}).
     */
    static Optional<RunTally> codeEach(InputOptions input, List<Path> files, PrintWriter err,
            BiConsumer<Article, Document> body) {
        return engine(input, err).map(engine -> eachDocument(input, engine, files, err, body));
    }

    private static RunTally eachDocument(InputOptions input, Engine engine, List<Path> files, PrintWriter err,
            BiConsumer<Article, Document> body) {
        RunTally tally = new RunTally(err);
        ArticleReader reader = new ArticleReader(input.maxChars);
        for (Path file : files) {
            reader.read(file, input.formatFor(file), article -> {
                Document doc = tally.process(engine, article);
                if (doc != null) {
                    body.accept(article, doc);
                }
            }, tally::setAside);
        }
        return tally;
    }
}
