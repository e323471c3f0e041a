package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.app.Engine;
import org.dyad.ingest.ArticleSink;
import org.dyad.core.doc.LayerKind;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;

/**
 * Codes articles and stores them one transaction per article, in input order, skipping those
 * already stored: a re-run adds nothing, and a killed run resumes where it stopped.
 */
final class Ingestion {
    static final String DYAD_VERSION = "0.1.0";

    private final Engine engine;
    private final EventStore store;
    private final InputOptions input;
    private final PrintWriter err;

    Ingestion(Engine engine, EventStore store, InputOptions input, PrintWriter err) {
        this.engine = engine;
        this.store = store;
        this.input = input;
        this.err = err;
    }

    /** Reads, codes and stores everything {@code feed} reads; empty when the run could not start. */
    Optional<RunTally> ingest(Consumer<ArticleSink> feed, long totalBytes) {
        CodingProvenance provenance = new CodingProvenance(DYAD_VERSION, engine.provenance());
        return ArticleRun.run(engine, input, feed, totalBytes, err, store::contains,
                (read, doc) -> store.store(IngestItem.of(read.article(), doc.events(), provenance)
                        .withPlaces(doc.has(LayerKind.PLACES) ? doc.places() : List.of())));
    }
}
