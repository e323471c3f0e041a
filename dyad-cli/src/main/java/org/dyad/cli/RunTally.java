package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.app.BadArticle;
import org.dyad.app.Engine;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;

/** Counts a run's articles and reports those set aside, one line each, so the run goes on. */
final class RunTally {
    private final PrintWriter err;
    private int coded;
    private int setAside;

    RunTally(PrintWriter err) {
        this.err = err;
    }

    /** Codes one article; a failure is reported and counted, and null returned. */
    Document process(Engine engine, Article article) {
        try {
            Document doc = engine.process(article);
            coded++;
            return doc;
        } catch (RuntimeException e) {
            setAside(new BadArticle(article.id(), "could not be coded: " + e));
            return null;
        }
    }

    void setAside(BadArticle bad) {
        setAside++;
        err.println("dyad: set aside " + bad.name() + ": " + bad.reason());
        err.flush();
    }

    int coded() {
        return coded;
    }

    int setAsideCount() {
        return setAside;
    }

    /** Non-zero only when nothing could be read. */
    int exitCode() {
        return coded == 0 ? 1 : 0;
    }
}
