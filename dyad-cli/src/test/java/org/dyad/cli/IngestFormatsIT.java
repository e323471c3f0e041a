package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.ingest.Feeds;
import org.dyad.ingest.NewsPages;
import org.dyad.ingest.Warcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader end to end through {@code dyad code}: real files the test writes (a news page with
 * navigation, a cookie banner and ads around the story; a WARC.gz with one gzip member per record;
 * RSS and Atom with full-text items; gzipped JSON lines; a tree; standard input) and broken ones
 * (a truncated gzip, a malformed feed, a WARC record with a bad length).
 */
class IngestFormatsIT {
    private static final String WARC_PAGE = "https://news.example.org/world/uzbekistan";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> events(CliRun run) {
        return run.out().lines().map(this::parse).toList();
    }

    private JsonNode parse(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String jsonl(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("{\"id\": \"").append(prefix).append(i)
                    .append("\", \"text\": \"Uzbekistan detained Afghan soldiers on Tuesday.\"}\n");
        }
        return b.toString();
    }

    private void writeTree() throws IOException {
        String page = NewsPages.storyPage();
        write("in/a-page.html", utf8(page));
        byte[] text = utf8("Kenya's police arrested protesters in Nairobi.");
        write("in/b-crawl.warc.gz", Warcs.gzipPerRecord(
                Warcs.response("22222222-2222-2222-2222-222222222222", WARC_PAGE, "text/html; charset=utf-8", utf8(page)),
                Warcs.record("resource", "55555555-5555-5555-5555-555555555555", "https://news.example.org/bad",
                        "text/plain", text, text.length + 4000),
                Warcs.record("resource", "44444444-4444-4444-4444-444444444444", "https://news.example.org/note",
                        "text/plain", utf8("Colombia's army attacked rebels near Cali on Monday."), -1)));
        write("in/c-world.rss", utf8(Feeds.rss()));
        write("in/d-world.atom", utf8(Feeds.atom()));
        write("in/e-feed.jsonl.gz", gzip(utf8(jsonl("j", 3))));
        byte[] cut = gzip(utf8(jsonl("cut", 2000)));
        write("in/f-cut.jsonl.gz", Arrays.copyOf(cut, cut.length / 2));
        write("in/g-broken.rss", utf8(Feeds.rss().substring(0, Feeds.rss().indexOf("</item>"))));
        write("in/h/nested/story.txt", utf8("Uzbekistan detained Afghan soldiers on Tuesday."));
    }

    @Test
    void every_format_in_one_tree_is_coded_in_input_order_and_the_broken_ones_are_quarantined() throws IOException {
        writeTree();
        Path quarantine = dir.resolve("quarantine.jsonl");
        CliRun run = CliRun.dyad("code", "--threads", "2", "--quarantine", quarantine.toString(),
                dir.resolve("in").toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> events = events(run);
        List<String> articles = new ArrayList<>(new LinkedHashSet<>(events.stream()
                .map(e -> e.get("article_id").asText()).filter(id -> !id.startsWith("cut")).toList()));
        assertEquals(List.of("a-page.html", WARC_PAGE, "https://news.example.org/note",
                "https://news.example.org/kenya", "https://news.example.org/short", "urn:example:kenya", "j0", "j1", "j2",
                "story.txt"), articles, run.out());
        assertTrue(events.stream().anyMatch(e -> e.get("article_id").asText().startsWith("cut")), "the good half of "
                + "a truncated gzip is coded");

        String page = NewsPages.storyPage();
        for (JsonNode e : events) {
            String id = e.get("article_id").asText();
            if (id.equals("a-page.html") || id.equals(WARC_PAGE)) {
                for (String role : List.of("source", "target", "trigger")) {
                    JsonNode span = e.get(role);
                    // the page's characters at the span, its markup blanked as the reader blanks it (docs/ingest.md)
                    assertEquals(blanked(span.get("text").asText()), blanked(page.substring(span.get("start").asInt(),
                            span.get("end").asInt())), role + " of " + e);
                }
                String codes = e.get("source").path("code").asText() + " " + e.get("target").path("code").asText();
                for (String boilerplate : List.of("ISR", "PAK", "IND", "FRA", "EGY", "IRN", "ARE", "RUS", "UKR", "CHN",
                        "JPN", "DEU", "ITA")) {
                    assertFalse(codes.contains(boilerplate), "an event from the page's boilerplate: " + e);
                }
            }
        }

        List<JsonNode> bad = Files.readAllLines(quarantine).stream().map(this::parse).toList();
        assertEquals(3, bad.size(), bad.toString());
        assertTrue(bad.get(0).get("source").asText().endsWith("b-crawl.warc.gz")
                && bad.get(0).get("reason").asText().startsWith("broken WARC record"), bad.get(0).toString());
        assertTrue(bad.get(1).get("source").asText().endsWith("f-cut.jsonl.gz")
                && bad.get(1).get("reason").asText().contains("unexpected end of input"), bad.get(1).toString());
        assertTrue(bad.get(2).get("source").asText().endsWith("g-broken.rss")
                && bad.get(2).get("reason").asText().startsWith("malformed feed")
                && bad.get(2).get("text").asText().startsWith("<?xml"), bad.get(2).toString());
        assertTrue(run.err().contains("3 set aside"), run.err());
    }

    @Test
    void standard_input_is_read_with_a_dash() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(utf8(jsonl("s", 2))));
            CliRun run = CliRun.dyad("code", "-");
            assertEquals(0, run.exit(), run.err());
            assertEquals(List.of("s0", "s1"), events(run).stream().map(e -> e.get("article_id").asText())
                    .distinct().toList());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void the_exit_status_says_nothing_could_be_read() throws IOException {
        Path broken = write("broken.rss", utf8("<rss><channel><item>"));
        Path cut = write("cut.gz", Arrays.copyOf(gzip(utf8("x".repeat(10_000))), 20));
        CliRun run = CliRun.dyad("code", broken.toString(), cut.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("0 articles coded"), run.err());
    }

    /** Text with its tags as spaces and each run of white space as one: a span across inline markup. */
    private static String blanked(String text) {
        return text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }
}
