package org.dyad.store.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventFacts;
import org.dyad.store.EventPlace;
import org.dyad.store.EventQuantities;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;
import org.dyad.store.StoreInternals;

/**
 * Store-only ingest rate and filtered-query latency on synthetic events. Not a test: run it by
 * hand (see docs/store.md) and read the report.
 *
 * <p>Arguments, all optional: {@code --events N} (default 1,000,000), {@code --per-article K}
 * (10), {@code --article-words W} (40), {@code --batch B} articles per transaction (500),
 * {@code --dir PATH} (a temporary folder).
 *
 * <p>The baseline is the same event rows appended with DuckDB's raw appender into an identical
 * events table in the same run. The store's rate is reported as a fraction of it, so the figure
 * means something on any machine; query latency is shown beside the time of a bare count scan.
 */
public final class StoreBenchmark {
    private static final String[] ACTORS = {"USAGOV", "RUSMIL", "UKRGOV", "CHNGOV", "IRNGOV", "IGOUNO", "FRAGOV",
        "DEUGOV", "ISRMIL", "PSEREB", "SYRGOV", "TURMIL", "INDGOV", "PAKMIL", "NGAREB", "SDNMIL"};
    private static final String[] CAMEOS = {"042", "190", "111", "057", "173", "036", "193", "138", "112", "020"};
    private static final int[] QUADS = {1, 4, 3, 1, 4, 1, 4, 3, 3, 0};
    private static final PloverType[] TYPES = {PloverType.CONSULT, PloverType.ASSAULT, PloverType.ACCUSE,
        PloverType.AGREE, PloverType.COERCE, PloverType.AGREE, PloverType.ASSAULT, PloverType.THREATEN,
        PloverType.ACCUSE, PloverType.REQUEST};
    private static final String[] WORDS = ("government minister troops border talks ceasefire election protest"
            + " capital president army rebels sanctions summit agreement statement officials police city province"
            + " refugees aid convoy attack drone missile parliament court vote opposition leader envoy meeting"
            + " negotiations treaty port village strike security forces militants hostages trade embassy oil gas"
            + " water food hospital school bridge airport railway market bank currency inflation budget").split(" ");
    private static final EventPlace[] PLACES = {
        new EventPlace(703448, "Kyiv", Optional.of("UA"), Optional.of("12"), 50.4547, 30.5238),
        new EventPlace(98182, "Baghdad", Optional.of("IQ"), Optional.of("07"), 33.3406, 44.4009),
        new EventPlace(170654, "Damascus", Optional.of("SY"), Optional.of("13"), 33.5102, 36.2913),
        new EventPlace(379252, "Khartoum", Optional.of("SD"), Optional.of("29"), 15.5518, 32.5324)};

    private static final int WARM_UP_ARTICLES = 20_000;

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--events", "1000000", "--per-article", "10",
                "--article-words", "40", "--batch", "500"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        int events = Integer.parseInt(opt.get("--events"));
        int perArticle = Integer.parseInt(opt.get("--per-article"));
        Shape shape = new Shape(perArticle, Integer.parseInt(opt.get("--article-words")));
        int batch = Integer.parseInt(opt.get("--batch"));
        Path dir = opt.containsKey("--dir") ? Path.of(opt.get("--dir")) : Files.createTempDirectory("dyad-bench");
        Files.createDirectories(dir);
        int articles = events / perArticle;
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "Dyad store benchmark: %,d events in %,d articles of %d events and %d words, %d articles"
                + " per transaction%n", (long) articles * perArticle, articles, perArticle, shape.articleWords(), batch);
        out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB, load average %.2f, folder %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), dir);

        // Warm the JIT on both paths so neither measured run pays for compilation. Three batches
        // were too few: the store's methods run once a batch, and its C2 compiler threads were still
        // busy (about 7 s of CPU) during the measured run.
        run(dir.resolve("warm-baseline.duckdb"), dir.resolve("warm-store.duckdb"), Math.min(articles, WARM_UP_ARTICLES),
                shape, batch);
        Path db = dir.resolve("bench.duckdb");
        Timing[] timings = run(dir.resolve("baseline.duckdb"), db, articles, shape, batch);
        Timing baseline = timings[0];
        Timing storing = timings[1];
        out.printf(Locale.ROOT, "baseline  raw DuckDB appender, the same event rows into the same table: %s%n",
                baseline.describe(null));
        out.printf(Locale.ROOT, "store     EventStore.storeAll (articles, events, word index, MinHash, incidents):"
                + " %s%n", storing.describe(baseline));
        out.printf(Locale.ROOT, "file size %,d MiB%n", (Files.size(db) >> 20));

        out.printf(Locale.ROOT, "scan floor, SELECT count(*) FROM events WHERE ...: confidence >= 0.95 %.1f ms;"
                + " contains(lower(sentence_text), 'hostages') %.1f ms (a scan of every sentence, the text search"
                + " before the word index)%n", scanFloor(db, "confidence >= 0.95"),
                scanFloor(db, "contains(lower(sentence_text), 'hostages')"));
        try (EventStore store = EventStore.openReadOnly(db)) {
            Map<String, EventQuery> queries = new LinkedHashMap<>();
            LocalDate d = LocalDate.of(2024, 3, 1); // inside the first 100,000 events' dates
            queries.put("actor USA", EventQuery.all().actor("USA"));
            queries.put("dyad RUS->UKR", EventQuery.all().dyad("RUS", "UKR"));
            queries.put("cameo 193", EventQuery.all().cameo("193"));
            queries.put("cameo root 19 + country SYR", EventQuery.all().cameoRoot("19").country("SYR"));
            queries.put("plover THREATEN", EventQuery.all().ploverType(PloverType.THREATEN));
            queries.put("date range 7 days", EventQuery.all().between(d, d.plusDays(6)));
            queries.put("min confidence 0.95", EventQuery.all().minConfidence(0.95));
            queries.put("text 'hostages'", EventQuery.all().text("hostages"));
            queries.put("text 'hostages embassy'", EventQuery.all().text("hostages embassy"));
            queries.put("text 'zeppelin' (no match)", EventQuery.all().text("zeppelin"));
            queries.put("all filters", EventQuery.all().dyad("IRN", "USA").cameoRoot("13").between(d, d.plusDays(90))
                    .minConfidence(0.5).text("embassy"));
            out.printf(Locale.ROOT, "query latency, limit 100, 5 warm-up + 25 timed runs each (ms), load average %.2f:%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf(Locale.ROOT, "  %-28s %8s %8s %8s %8s%n", "filter", "median", "p95", "max", "rows");
            for (Map.Entry<String, EventQuery> q : queries.entrySet()) {
                for (int i = 0; i < 5; i++) {
                    store.query(q.getValue());
                }
                double[] ms = new double[25];
                int rows = 0;
                for (int i = 0; i < ms.length; i++) {
                    long t0 = System.nanoTime();
                    rows = store.query(q.getValue()).rows().size();
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                out.printf(Locale.ROOT, "  %-28s %8.1f %8.1f %8.1f %8d%n", q.getKey(), ms[12], ms[23], ms[24], rows);
            }
        }
    }

    /**
     * Time and CPU of one ingest run: the committed batches, then the close, which folds DuckDB's
     * write-ahead log into the file (a checkpoint). CPU counts every thread of the process, DuckDB's
     * included; on a shared machine it moves much less with the load than the elapsed time does.
     */
    record Timing(long events, long batchNanos, long closeNanos, long cpuNanos) {
        double committedRate() {
            return events / (batchNanos / 1e9);
        }

        double checkpointedRate() {
            return events / ((batchNanos + closeNanos) / 1e9);
        }

        String describe(Timing baseline) {
            String ratio = baseline == null ? "" : String.format(Locale.ROOT, " (%.2f of baseline)",
                    committedRate() / baseline.committedRate());
            String ratioClosed = baseline == null ? "" : String.format(Locale.ROOT, " (%.2f)",
                    checkpointedRate() / baseline.checkpointedRate());
            return String.format(Locale.ROOT, "%,.0f events/s committed%s, %,.0f events/s with the checkpoint at"
                    + " close%s; %,d events in %.1f s + %.1f s close; CPU %.1f s per million events", committedRate(),
                    ratio, checkpointedRate(), ratioClosed, events, batchNanos / 1e9, closeNanos / 1e9,
                    cpuNanos / 1e9 * 1e6 / events);
        }
    }

    /** Adds up the elapsed and CPU time of the measured steps of one run. */
    private static final class Meter {
        interface Step {
            void run() throws Exception;
        }

        private long nanos;
        private long cpu;

        void time(Step step) throws Exception {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            step.run();
            nanos += System.nanoTime() - t0;
            cpu += cpuNanos() - c0;
        }

        /** Times the close that ends the run and gives the run's timing. */
        Timing close(long events, Step close) throws Exception {
            long batches = nanos;
            time(close);
            return new Timing(events, batches, nanos - batches, cpu);
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    /** One ingest path under test: it prepares a batch outside the clock, then writes it. */
    private interface Writer extends AutoCloseable {
        Meter.Step prepare(List<IngestItem> items) throws Exception;

        @Override
        void close() throws Exception;
    }

    /**
     * Writes the same batches down both paths, taking turns batch by batch (and which goes first),
     * so that both see the same machine load: the baseline and the store used to run one after
     * the other, and a load change between them moved their ratio (0.39 to 0.56 in six runs).
     * Returns the baseline's timing, then the store's; each close is timed on its own.
     */
    private static Timing[] run(Path baselineDb, Path storeDb, int articles, Shape shape, int batch) throws Exception {
        CodingProvenance prov = new CodingProvenance("bench", Map.of("none", "0"));
        Writer[] writers = {baseline(baselineDb), store(storeDb)};
        Meter[] meters = {new Meter(), new Meter()};
        for (int from = 0, turn = 0; from < articles; from += batch, turn++) {
            List<IngestItem> items = new ArrayList<>(batch);
            for (int a = from; a < Math.min(articles, from + batch); a++) {
                items.add(item(a, shape, prov));
            }
            for (int k = 0; k < 2; k++) {
                int w = (turn + k) % 2;
                meters[w].time(writers[w].prepare(items));
            }
        }
        long events = (long) articles * shape.events();
        return new Timing[] {meters[0].close(events, writers[0]::close), meters[1].close(events, writers[1]::close)};
    }

    /** The store's whole path: {@code storeAll} a batch at a time. */
    private static Writer store(Path db) throws Exception {
        Files.deleteIfExists(db);
        EventStore store = EventStore.open(db);
        return new Writer() {
            @Override
            public Meter.Step prepare(List<IngestItem> items) {
                return () -> store.storeAll(items);
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    /** Events per article and words per article text. */
    record Shape(int events, int articleWords) {}

    /** Synthetic article {@code n}: words, dates, dyads and places drawn deterministically from n. */
    static IngestItem item(int n, Shape shape, CodingProvenance prov) {
        StringBuilder sb = new StringBuilder();
        long x = 0x9E3779B97F4A7C15L * (n + 1);
        for (int w = 0; w < shape.articleWords(); w++) {
            x = mix(x + w);
            sb.append(WORDS[(int) Long.remainderUnsigned(x, WORDS.length)]).append(' ');
        }
        sb.append("report ").append(n).append('.');
        String text = sb.toString();
        // News arrives roughly in date order: about 137 articles (1,370 events) a day.
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(n / 137);
        Article a = new Article("bench-" + n, text, Optional.of(published),
                Optional.of("https://outlet" + (n % 50) + ".example.org/" + n), Optional.of("Report " + n));
        List<EventFacts> facts = new ArrayList<>(shape.events());
        for (int i = 0; i < shape.events(); i++) {
            // Each event cites a sentence-sized slice (about 120 characters) of the text.
            int start = Math.min(text.length() - 1, (i * 37) % Math.max(1, text.length() - 120));
            Span sentence = new Span(start, Math.min(text.length(), start + 120));
            long h = mix(n * 131L + i);
            int k = (int) Long.remainderUnsigned(h, CAMEOS.length);
            String src = ACTORS[(int) Long.remainderUnsigned(h >>> 8, ACTORS.length)];
            String tgt = ACTORS[(int) Long.remainderUnsigned(h >>> 16, ACTORS.length)];
            double confidence = (Long.remainderUnsigned(h >>> 24, 100)) / 100.0;
            Event e = new Event(a.id(), "e" + i, i, sentence, sentence.of(text),
                    new EventActor(new ActorCode(src), src, new Span(0, 5), Optional.empty()),
                    Optional.of(new EventActor(new ActorCode(tgt), tgt, new Span(6, 11), Optional.empty())),
                    CAMEOS[k], QUADS[k], QUADS[k] >= 3 ? -6.0 : 3.0,
                    new Plover(TYPES[k], Optional.empty(), Optional.empty()), Factuality.ASSERTED, confidence,
                    new Span(12, 17), text.substring(12, 17), "bench", List.of());
            Optional<EventPlace> place = (h >>> 40) % 3 == 0
                    ? Optional.of(PLACES[(int) Long.remainderUnsigned(h >>> 44, PLACES.length)]) : Optional.empty();
            facts.add(new EventFacts(e, Optional.empty(), place, EventQuantities.none()));
        }
        return IngestItem.withFacts(a, facts, prov);
    }

    /**
     * The same event rows, column for column, appended with DuckDB's raw appender into an
     * identical {@code events} table, with the store's DuckDB settings: no articles, MinHash,
     * incidents or lookups, one transaction per batch as the store uses.
     */
    private static Writer baseline(Path db) throws Exception {
        Files.deleteIfExists(db);
        EventStore.open(db).close(); // creates the schema
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String setting : StoreInternals.writeSettings()) {
                s.execute(setting);
            }
        }
        c.commit();
        long[] id = {0};
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        return new Writer() {
            @Override
            public Meter.Step prepare(List<IngestItem> items) {
                // The word keys are computed before the clock starts: the baseline only writes.
                List<int[]> words = new ArrayList<>();
                items.forEach(it -> it.events().forEach(f -> words.add(
                        StoreInternals.wordIndexKeys(f.event().sentenceText()))));
                return () -> appendBatch(c, duck, items, words, id);
            }

            @Override
            public void close() throws SQLException {
                c.close();
            }
        };
    }

    private static void appendBatch(Connection c, DuckDBConnection duck, List<IngestItem> items, List<int[]> words,
            long[] id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT 1"); // opens the transaction the appender joins
        }
        int w = 0;
        try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            for (IngestItem it : items) {
                for (EventFacts f : it.events()) {
                    Event e = f.event();
                    EventActor src = e.source();
                    EventActor tgt = e.target().get();
                    ap.beginRow().append(++id[0]).append(e.articleId()).append(e.eventId())
                            .append(e.sentenceIndex()).append(e.sentenceSpan().start())
                            .append(e.sentenceSpan().end()).append(e.sentenceText())
                            .append(src.code().code()).append(src.text()).append(src.rawSpan().start())
                            .append(src.rawSpan().end()).appendNull().appendNull().appendNull()
                            .append(tgt.code().code()).append(tgt.text()).append(tgt.rawSpan().start())
                            .append(tgt.rawSpan().end()).appendNull().appendNull().appendNull()
                            .append(e.cameo()).append((byte) e.quadClass()).append(e.goldstein())
                            .append(e.plover().orElseThrow().type().name()).appendNull().appendNull()
                            .append(e.factuality().name()).append(e.confidence())
                            .append(e.triggerSpan().start()).append(e.triggerSpan().end())
                            .append(e.triggerText()).append(e.rule()).append(1)
                            .append(it.article().published().get());
                    if (f.place().isPresent()) {
                        ap.append(f.place().get().geonameId());
                    } else {
                        ap.appendNull();
                    }
                    ap.appendNull().appendNull().appendNull().appendNull().append(id[0]).append(1)
                            .append(words.get(w++)).endRow();
                }
            }
        }
        c.commit();
    }

    /** Median milliseconds of a bare count over the events table: the floor for any filtered query. */
    private static double scanFloor(Path db, String where) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
                Statement s = c.createStatement()) {
            double[] ms = new double[25];
            for (int i = -5; i < ms.length; i++) {
                long t0 = System.nanoTime();
                try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM events WHERE " + where)) {
                    r.next();
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            return ms[12];
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
