package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dyad.app.ArticleReader;
import org.dyad.app.Engine;
import org.dyad.app.InputFormat;
import org.dyad.core.doc.Document;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;
import org.dyad.store.IngestResult;

/**
 * Codes articles and stores them one transaction per article, skipping those already stored: a
 * re-run adds nothing, and a killed run resumes where it stopped.
 */
final class Ingestion {
    static final String DYAD_VERSION = "0.1.0";

    private final Engine engine;
    private final EventStore store;
    private final RunTally tally;
    private final PrintWriter progress;
    private int stored;
    private int skipped;
    private int events;

    Ingestion(Engine engine, EventStore store, RunTally tally, PrintWriter progress) {
        this.engine = engine;
        this.store = store;
        this.tally = tally;
        this.progress = progress;
    }

    void ingest(List<Path> files, java.util.function.Function<Path, InputFormat> format, ArticleReader reader) {
        CodingProvenance provenance = new CodingProvenance(DYAD_VERSION, engine.provenance());
        for (Path file : files) {
            reader.read(file, format.apply(file), article -> {
                if (store.contains(article)) {
                    skipped++;
                    return;
                }
                Document doc = tally.process(engine, article);
                if (doc == null) {
                    return;
                }
                IngestResult result = store.store(IngestItem.of(article, doc.events(), provenance));
                stored++;
                events += result.events();
                progress.print("\rstored " + stored + " articles (" + events + " events), " + skipped
                        + " already stored");
                progress.flush();
            }, tally::setAside);
        }
        progress.println();
        progress.flush();
    }

    int stored() {
        return stored;
    }

    int skipped() {
        return skipped;
    }

    int events() {
        return events;
    }
}
