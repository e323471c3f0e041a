package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticlesTest {
    private static final String PAGE_URI = "https://news.example.org/world/uzbekistan";
    private static final String NOTE_URI = "https://news.example.org/notes/bogota.txt";

    @TempDir
    Path dir;

    private final Collected sink = new Collected();
    private final ArticleReader reader = new ArticleReader(1_000_000, FeedFetcher.polite());

    private static byte[][] crawl() {
        byte[] info = Warcs.record("warcinfo", "00000000-0000-0000-0000-000000000000", null,
                "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII), -1);
        byte[] request = Warcs.record("request", "11111111-1111-1111-1111-111111111111", PAGE_URI,
                "application/http; msgtype=request",
                "GET /world/uzbekistan HTTP/1.1\r\nHost: news.example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII), -1);
        byte[] page = Warcs.response("22222222-2222-2222-2222-222222222222", PAGE_URI, "text/html; charset=utf-8",
                NewsPages.storyPage().getBytes(StandardCharsets.UTF_8));
        byte[] image = Warcs.response("33333333-3333-3333-3333-333333333333", "https://news.example.org/logo.png",
                "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        byte[] note = Warcs.record("resource", "44444444-4444-4444-4444-444444444444", NOTE_URI,
                "text/plain; charset=ISO-8859-1",
                "Colombia's president met rebels in Bogot\u00e1 on Monday.".getBytes(StandardCharsets.ISO_8859_1), -1);
        return new byte[][] {info, request, page, image, note};
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void responses_and_resources_with_text_are_articles_named_after_their_target() throws IOException {
        reader.read(write("crawl.warc.gz", Warcs.gzipPerRecord(crawl())), Optional.empty(), sink);
        assertEquals(List.of(), sink.bad);
        assertEquals(List.of(PAGE_URI, NOTE_URI), sink.ids());
        String story = sink.articles().get(0).text();
        assertTrue(story.contains(NewsPages.FIRST), story);
        assertFalse(story.contains("HTTP/1.1") || story.contains("Content-Type") || story.contains("cookies"), story);
        assertEquals("Colombia's president met rebels in Bogot\u00e1 on Monday.", sink.articles().get(1).text());
    }

    @Test
    void the_story_offsets_point_into_the_payload_page() throws IOException {
        reader.read(write("crawl.warc", Warcs.concat(crawl())), Optional.empty(), sink);
        String page = NewsPages.storyPage();
        int at = page.indexOf(NewsPages.THIRD);
        assertEquals(NewsPages.THIRD, sink.articles().get(0).text().substring(at, at + NewsPages.THIRD.length()));
    }

    @Test
    void record_id_target_uri_and_record_offset_are_kept_as_provenance() throws IOException {
        byte[][] records = crawl();
        Path file = write("crawl.warc.gz", Warcs.gzipPerRecord(records));
        reader.read(file, Optional.empty(), sink);
        Provenance page = sink.read.get(0).provenance();
        assertEquals("<urn:uuid:22222222-2222-2222-2222-222222222222>", "<" + page.recordId().orElseThrow() + ">");
        assertEquals(PAGE_URI, page.targetUri().orElseThrow());
        long offset = Warcs.gzip(records[0]).length + Warcs.gzip(records[1]).length;
        assertEquals("byte " + offset, page.position());
        assertEquals("Jane Reporter", page.author().orElseThrow());
    }

    @Test
    void a_record_with_a_bad_length_is_set_aside_and_the_next_records_are_read() throws IOException {
        byte[][] records = crawl();
        byte[] text = "Kenya's police arrested protesters in Nairobi.".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Warcs.record("resource", "55555555-5555-5555-5555-555555555555",
                "https://news.example.org/broken.txt", "text/plain", text, text.length + 4000);
        Path file = write("broken.warc.gz", Warcs.gzipPerRecord(records[0], records[2], broken, records[4]));
        reader.read(file, Optional.empty(), sink);
        assertEquals(List.of(PAGE_URI, NOTE_URI), sink.ids(), sink.bad.toString());
        assertEquals(1, sink.bad.size(), sink.bad.toString());
        long offset = Warcs.gzip(records[0]).length + Warcs.gzip(records[2]).length;
        assertEquals("byte " + offset, sink.bad.get(0).position());
        assertTrue(sink.bad.get(0).reason().startsWith("broken WARC record"), sink.bad.get(0).reason());
    }

    @Test
    void a_warc_on_standard_input_is_read_record_by_record() {
        reader.read(new ByteArrayInputStream(Warcs.gzipPerRecord(crawl())), "-", Optional.empty(), sink);
        assertEquals(List.of(PAGE_URI, NOTE_URI), sink.ids());
    }
}
