package org.dyad.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.dyad.app.Engine;
import org.dyad.core.doc.Document;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.Provenance;
import org.dyad.ingest.ReadArticle;

/**
 * Codes articles on all cores with one shared engine and hands the results on in input order,
 * on the thread that reads: at most {@code window} articles are in flight, so memory stays
 * bounded whatever the input. Articles set aside while reading keep their place in the order.
 */
final class OrderedCoder implements ArticleSink, AutoCloseable {
    private final Engine engine;
    private final ExecutorService pool;
    private final int window;
    private final RunTally tally;
    private final Progress progress;
    private final BiConsumer<ReadArticle, Document> body;
    private final Deque<Pending> inFlight = new ArrayDeque<>();

    /** An article being coded, or one set aside while reading (then {@code doc} is null). */
    private record Pending(ReadArticle article, Future<Document> doc, BadArticle bad) {
    }

    OrderedCoder(Engine engine, int threads, RunTally tally, Progress progress, BiConsumer<ReadArticle, Document> body) {
        this.engine = engine;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * threads + 2;
        this.tally = tally;
        this.progress = progress;
        this.body = body;
    }

    @Override
    public void article(ReadArticle article) {
        deliverUntil(window - 1);
        inFlight.add(new Pending(article, pool.submit(() -> engine.process(article.article())), null));
        deliverDone();
    }

    @Override
    public void setAside(BadArticle bad) {
        inFlight.add(new Pending(null, null, bad));
        deliverDone();
    }

    @Override
    public void bytesRead(long n) {
        progress.bytesRead(n);
    }

    /** Waits for every article in flight and hands it on. */
    void finish() {
        deliverUntil(0);
    }

    /** Whether an article of this id is being coded (so a store check must wait for it). */
    boolean inFlight(String articleId) {
        return inFlight.stream().anyMatch(p -> p.article() != null && p.article().article().id().equals(articleId));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void deliverDone() {
        while (!inFlight.isEmpty() && (inFlight.peek().doc() == null || inFlight.peek().doc().isDone())) {
            deliver(inFlight.poll());
        }
    }

    private void deliverUntil(int left) {
        while (inFlight.size() > left) {
            deliver(inFlight.poll());
        }
    }

    private void deliver(Pending p) {
        if (p.bad() != null) {
            tally.setAside(p.bad());
            progress.setAside();
            return;
        }
        Document doc;
        try {
            doc = p.doc().get();
        } catch (ExecutionException e) {
            Provenance from = p.article().provenance();
            tally.setAside(new BadArticle(from.source(), from.position().isEmpty() ? p.article().article().id()
                    : from.position(), "could not be coded: " + e.getCause(),
                    p.article().article().text().getBytes(StandardCharsets.UTF_8)));
            progress.setAside();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding " + p.article().article().id(), e);
        }
        tally.coded(doc.events().size());
        progress.coded();
        body.accept(p.article(), doc);
    }
}
