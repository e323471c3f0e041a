package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.app.Engine;
import org.dyad.app.EventJson;
import org.dyad.core.doc.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.FeedFetcher;
import org.dyad.ingest.InputFormat;
import org.dyad.ingest.ReadArticle;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PlaceMention;
import org.dyad.spark.SparkJobConfig.ArticleFormat;
import org.dyad.spark.SparkJobConfig.EventFormat;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.IngestItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} on five bundled VOA stories, a near-duplicate copy of the
 * first and two bad lines, against what {@code dyad code} makes of the same file: the same reader
 * ({@link ArticleReader}), the engine, and {@link EventJson}. The engine is the one this JVM's
 * executor made ({@link ExecutorEngine}), so CoreNLP loads once.
 */
class SparkJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path input;
    private static String copyId;
    private static String originalId;
    private static SparkSession spark;
    /** Every event {@code dyad code --all} prints, by article and event id. */
    private static Map<String, JsonNode> expected;
    /** Every place mention {@code dyad places} prints, by article and start offset. */
    private static final Map<String, JsonNode> expectedPlaces = new TreeMap<>();
    private static List<BadArticle> expectedBad;
    private static List<String> stories;
    private static Engine engine;
    /** The job's JSON lines output, made once for the tests that read it. */
    private static Path jsonlOut;
    private static DyadSparkJob.JobSummary jsonlSummary;
    private static Path parquetOut;

    @BeforeAll
    static void startSparkAndCodeAsDyadCodeDoes() throws IOException {
        stories = VoaStories.lines().stream().filter(l -> l.length() < 3000).limit(5).toList();
        assertEquals(5, stories.size());
        ObjectNode copy = (ObjectNode) JSON.readTree(stories.get(0));
        originalId = copy.get("id").asText();
        copyId = "copy-of-" + originalId;
        String text = copy.get("text").asText();
        copy.put("id", copyId).put("text", text.substring(0, text.length() * 9 / 10))
                .put("published", "2025-03-15");
        List<String> lines = new ArrayList<>(stories);
        lines.add(copy.toString());
        lines.add("{\"id\": \"broken\", \"text\": ");
        lines.add("{\"id\": \"no-text\", \"title\": \"a line without its text\"}");
        input = dir.resolve("in/articles.jsonl");
        Files.createDirectories(input.getParent());
        Files.write(input, lines, StandardCharsets.UTF_8);

        spark = LocalSpark.session("local[2]");
        engine = ExecutorEngine.of(config(EventFormat.JSONL, "unused"));
        EventJson json = new EventJson();
        expected = new TreeMap<>();
        expectedBad = new ArrayList<>();
        new ArticleReader(SparkJobConfig.DEFAULT_MAX_CHARS, FeedFetcher.polite()).read(input,
                Optional.of(InputFormat.JSONL), new ArticleSink() {
                    @Override
                    public void article(ReadArticle read) {
                        Article a = read.article();
                        org.dyad.core.doc.Document doc = engine.process(a);
                        for (Event e : doc.events()) {
                            expected.put(e.articleId() + "/" + e.eventId(), parse(json.line(e, a)));
                        }
                        for (PlaceMention p : doc.places()) {
                            expectedPlaces.put(a.id() + "@" + p.start(), parse(json.placeLine(a.id(), p)));
                        }
                    }

                    @Override
                    public void setAside(BadArticle bad) {
                        expectedBad.add(bad);
                    }
                });
        assertTrue(expected.size() > 10, "the five stories make events: " + expected.size());
        assertTrue(expectedPlaces.size() > 10, "the five stories name places: " + expectedPlaces.size());
        jsonlOut = dir.resolve("jsonl");
        jsonlSummary = DyadSparkJob.run(spark, config(EventFormat.JSONL, jsonlOut.toString()));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonl_events_equal_dyad_code_field_by_field_and_a_rerun_changes_nothing() throws IOException {
        Path out = jsonlOut;
        Map<String, JsonNode> asserted = new TreeMap<>();
        expected.forEach((k, v) -> {
            if (v.get("factuality").asText().equals("asserted")) {
                asserted.put(k, v);
            }
        });
        Map<String, JsonNode> actual = eventLines(out);
        assertEquals(asserted.keySet(), actual.keySet());
        asserted.forEach((k, v) -> assertEquals(v, actual.get(k), k));
        assertEquals(new DyadSparkJob.JobSummary(8, 2, asserted.size(), 1), jsonlSummary);

        List<Path> files = partFiles(out.resolve("events"));
        DyadSparkJob.run(spark, config(EventFormat.JSONL, out.toString()));
        assertEquals(actual, eventLines(out), "running again into the same output leaves the same events");
        assertEquals(files.size(), partFiles(out.resolve("events")).size());
    }

    @Test
    void each_event_sits_in_the_partition_of_its_date() throws IOException {
        assertTrue(partFiles(jsonlOut.resolve("events")).size() > 1, "the stories are of several days");
        for (Path file : partFiles(jsonlOut.resolve("events"))) {
            String partition = file.getParent().getFileName().toString();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode e = parse(line);
                String date = e.hasNonNull("date_detail") ? e.get("date_detail").get("value").asText()
                        : published(e.get("article_id").asText());
                assertEquals("event_date=" + date, partition, e.get("event_id").asText());
            }
        }
    }

    @Test
    void parquet_rows_are_the_stores_export_columns_with_the_same_events() {
        org.apache.spark.sql.Dataset<Row> rows = spark.read().parquet(parquetOut().resolve("events").toString());
        assertEquals(new java.util.TreeSet<>(EventRows.FLAT_VIEW), new java.util.TreeSet<>(Arrays.asList(rows.columns())));
        List<Row> all = rows.collectAsList();
        assertEquals(expected.size(), all.size(), "every event, whatever its factuality");
        for (Row r : all) {
            String key = r.getAs("article_id") + "/" + r.getAs("coder_event_id");
            JsonNode e = expected.get(key);
            assertTrue(e != null, "an event dyad code makes: " + key);
            assertEquals(e.get("source").get("code").asText(), r.getAs("source_code"), key);
            assertEquals(e.get("source").get("text").asText(), r.getAs("source_text"), key);
            assertEquals(text(e.get("target"), "code"), r.getAs("target_code"), key);
            assertEquals(e.get("cameo").asText(), r.getAs("cameo"), key);
            assertEquals(e.get("cameo_root").asText(), r.getAs("cameo_root"), key);
            assertEquals(e.get("quad_class").asInt(), ((Byte) r.getAs("quad_class")).intValue(), key);
            assertEquals(e.get("goldstein").asDouble(), (Double) r.getAs("goldstein"), key);
            assertEquals(text(e.get("plover"), "type"), r.getAs("plover_type"), key);
            assertEquals(e.get("factuality").asText(), org.dyad.core.facts.Factuality.valueOf(r.getAs("factuality")).label(),
                    key);
            assertEquals(e.get("confidence").asDouble(), Math.round((Double) r.getAs("confidence") * 100) / 100.0, key);
            assertEquals(e.get("sentence").get("start").asInt(), (int) r.<Integer>getAs("sentence_start"), key);
            assertEquals(e.get("sentence").get("text").asText(), r.getAs("sentence_text"), key);
            assertEquals(e.get("trigger").get("start").asInt(), (int) r.<Integer>getAs("trigger_start"), key);
            assertEquals(e.get("trigger").get("text").asText(), r.getAs("trigger_text"), key);
            assertEquals(e.get("rule").asText(), r.getAs("rule"), key);
            assertEquals(1 + e.get("mentions").size(), (int) r.<Integer>getAs("mention_count"), key);
            assertEquals(e.hasNonNull("location") ? e.get("location").get("geonameid").asLong() : null,
                    r.getAs("geonameid"), key);
            assertEquals("voanews.com", r.getAs("outlet"), key);
        }
    }

    @Test
    void jsonl_place_mentions_equal_dyad_places_lines_in_the_partition_of_their_articles_day() throws IOException {
        Map<String, JsonNode> actual = new TreeMap<>();
        for (Path file : partFiles(jsonlOut.resolve("places"))) {
            String partition = file.getParent().getFileName().toString();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode p = parse(line);
                String id = p.get("article_id").asText();
                assertEquals(null, actual.put(id + "@" + p.get("start").asInt(), p), "each mention once: " + line);
                String day = published(id);
                assertEquals("day=" + day, partition, line);
            }
        }
        assertEquals(expectedPlaces.keySet(), actual.keySet());
        expectedPlaces.forEach((k, v) -> assertEquals(v, actual.get(k), k));
    }

    @Test
    void parquet_place_mentions_carry_the_stores_place_columns_field_by_field() {
        org.apache.spark.sql.Dataset<Row> rows = spark.read().parquet(parquetOut().resolve("places").toString());
        List<String> columns = new ArrayList<>(PlaceRows.COLUMNS);
        columns.add("day");
        assertEquals(columns, Arrays.asList(rows.columns()));
        List<Row> all = rows.collectAsList();
        assertEquals(expectedPlaces.size(), all.size());
        for (Row r : all) {
            String key = r.getAs("article_id") + "@" + r.<Integer>getAs("start");
            JsonNode p = expectedPlaces.get(key);
            assertTrue(p != null, "a mention dyad places prints: " + key);
            for (String field : List.of("text", "kind", "name", "feature_code", "resolution")) {
                assertEquals(p.get(field).asText(), r.getAs(field), key + " " + field);
            }
            assertEquals(text(p, "country"), r.getAs("country"), key);
            assertEquals(text(p, "admin1"), r.getAs("admin1"), key);
            assertEquals(p.get("end").asInt(), (int) r.<Integer>getAs("end"), key);
            assertEquals(p.get("geonameid").asLong(), (long) r.<Long>getAs("geonameid"), key);
            assertEquals(p.get("lat").asDouble(), (double) r.<Double>getAs("lat"), key);
            assertEquals(p.get("lon").asDouble(), (double) r.<Double>getAs("lon"), key);
            assertEquals(p.get("centroid").asBoolean(), r.<Boolean>getAs("centroid"), key);
            assertEquals(p.get("score").asDouble(), Math.round(r.<Double>getAs("score") * 1000) / 1000.0, key);
            assertEquals(p.get("evidence").get("rule").asText(), r.getAs("rule"), key);
        }
    }

    @Test
    void bad_lines_go_to_the_quarantine_with_dyad_codes_reasons_and_the_copy_is_linked() throws IOException {
        List<JsonNode> quarantined = jsonLines(jsonlOut.resolve("quarantine"));
        assertEquals(expectedBad.size(), quarantined.size());
        List<String> reasons = quarantined.stream().map(q -> q.get("reason").asText()).sorted().toList();
        List<String> expectedReasons = expectedBad.stream().map(BadArticle::reason).sorted().toList();
        assertEquals("missing 'text' string", reasons.get(0));
        assertEquals(expectedReasons.get(0), reasons.get(0));
        assertTrue(expectedReasons.get(1).startsWith(reasons.get(1)), expectedReasons.get(1) + " / " + reasons.get(1));

        List<JsonNode> links = jsonLines(jsonlOut.resolve("duplicates"));
        assertEquals(1, links.size());
        assertEquals(copyId, links.get(0).get("article_id").asText());
        assertEquals(originalId, links.get(0).get("duplicate_of").asText());
    }

    @Test
    void warc_records_read_by_dyad_codes_reader_make_the_gdelt_rows_of_a_store_that_ingests_them() throws Exception {
        Path warc = dir.resolve("warc/stories.warc");
        Files.createDirectories(warc.getParent());
        // The stories and a copy of the first a day later, whose events join the first's incidents.
        List<String> records = new ArrayList<>(stories);
        ObjectNode copy = (ObjectNode) parse(stories.get(0));
        String text = copy.get("text").asText();
        records.add(copy.put("url", copy.get("url").asText() + "?copy").put("published", "2025-03-15")
                .put("text", text.substring(0, text.length() * 9 / 10)).toString());
        try (WarcWriter w = new WarcWriter(warc)) {
            for (String line : records) {
                JsonNode s = parse(line);
                String html = "<html><head><title>" + s.get("title").asText() + "</title>"
                        + "<meta property=\"article:published_time\" content=\"" + s.get("published").asText() + "\">"
                        + "</head><body><article><p>" + s.get("text").asText().replace("&", "&amp;").replace("<", "&lt;")
                                .replace("\n", "</p><p>") + "</p></article></body></html>";
                w.write(new WarcResource.Builder(URI.create(s.get("url").asText()))
                        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build());
            }
        }
        List<Article> read = new ArrayList<>();
        new ArticleReader(SparkJobConfig.DEFAULT_MAX_CHARS, FeedFetcher.polite()).read(warc, Optional.of(InputFormat.WARC),
                new ArticleSink() {
                    @Override
                    public void article(ReadArticle a) {
                        read.add(a.article());
                    }

                    @Override
                    public void setAside(BadArticle bad) {
                        throw new AssertionError("a record set aside: " + bad.reason());
                    }
                });
        assertEquals(records.size(), read.size());
        // A store ingests them in the job's order: by day, then id.
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        read.sort(Comparator.comparing((Article a) -> a.published().orElse(today).toString()).thenComparing(Article::id));
        Path tsv = dir.resolve("store-gdelt.tsv");
        CodingProvenance provenance = new CodingProvenance(ArticleCoder.DYAD_VERSION, engine.provenance());
        int events = 0;
        try (EventStore store = EventStore.open(dir.resolve("gdelt.duckdb"))) {
            for (Article a : read) {
                IngestItem item = IngestItem.of(a, engine.process(a).events(), provenance);
                events += item.events().size();
                store.store(item);
            }
            store.export(ExportFormat.GDELT, tsv);
        }
        Path out = dir.resolve("gdelt");
        DyadSparkJob.JobSummary summary = DyadSparkJob.run(spark, new SparkJobConfig(warc.toString(), ArticleFormat.WARC,
                out.toString(), EventFormat.GDELT, List.of(), "plover", false, SparkJobConfig.DEFAULT_MAX_CHARS));
        List<String> stored = withoutIdAndDateAdded(Files.readAllLines(tsv, StandardCharsets.UTF_8));
        List<String> job = new ArrayList<>();
        for (Path f : partFiles(out.resolve("events"))) {
            job.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        assertTrue(stored.size() > 10, "incidents: " + stored.size());
        assertTrue(stored.size() < events, "some of the " + events + " events share an incident");
        assertEquals(stored, withoutIdAndDateAdded(job), "the same incidents, counts and fields");
        assertEquals(new DyadSparkJob.JobSummary(records.size(), 0, stored.size(), 1), summary);
    }

    /** The lines sorted, without the two columns a store numbers and times itself: GlobalEventID and DATEADDED. */
    private static List<String> withoutIdAndDateAdded(List<String> lines) {
        return lines.stream().map(l -> {
            String[] c = l.split("\t", -1);
            assertEquals(61, c.length, l);
            c[0] = "";
            c[59] = "";
            return String.join("\t", c);
        }).sorted().toList();
    }

    /** The job's Parquet output, made once for the tests that read it. */
    private static synchronized Path parquetOut() {
        if (parquetOut == null) {
            parquetOut = dir.resolve("parquet");
            DyadSparkJob.run(spark, config(EventFormat.PARQUET, parquetOut.toString()));
        }
        return parquetOut;
    }

    private static SparkJobConfig config(EventFormat format, String out) {
        return new SparkJobConfig(input.toString(), ArticleFormat.JSONL, out, format, List.of(), "plover", false,
                SparkJobConfig.DEFAULT_MAX_CHARS);
    }

    private static String published(String articleId) {
        for (String line : VoaStories.lines()) {
            JsonNode n = parse(line);
            if (n.get("id").asText().equals(articleId)) {
                return n.get("published").asText().substring(0, 10);
            }
        }
        return articleId.equals(copyId) ? "2025-03-15" : null;
    }

    private static String text(JsonNode parent, String field) {
        return parent == null || parent.isNull() || parent.get(field).isNull() ? null : parent.get(field).asText();
    }

    private static Map<String, JsonNode> eventLines(Path out) {
        Map<String, JsonNode> lines = new TreeMap<>();
        for (JsonNode e : jsonLines(out.resolve("events"))) {
            JsonNode before = lines.put(e.get("article_id").asText() + "/" + e.get("event_id").asText(), e);
            assertEquals(null, before, "each event once");
        }
        return lines;
    }

    private static List<JsonNode> jsonLines(Path folder) {
        List<JsonNode> out = new ArrayList<>();
        for (Path f : partFiles(folder)) {
            try {
                Files.readAllLines(f, StandardCharsets.UTF_8).forEach(l -> out.add(parse(l)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<Path> partFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
