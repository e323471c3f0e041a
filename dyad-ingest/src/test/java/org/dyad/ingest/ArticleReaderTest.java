package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final Collected sink = new Collected();
    private final ArticleReader reader = new ArticleReader(1000, FeedFetcher.polite());

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_text_file_is_one_article_named_after_the_file() throws IOException {
        reader.read(file("story.txt", utf8("Kabul fell.")), Optional.empty(), sink);
        assertEquals("story.txt", sink.articles().get(0).id());
        assertEquals("Kabul fell.", sink.articles().get(0).text());
        assertEquals(11, sink.bytes);
    }

    @Test
    void an_empty_file_is_set_aside() throws IOException {
        reader.read(file("empty.txt", new byte[0]), Optional.empty(), sink);
        assertEquals("empty file", sink.bad.get(0).reason());
        assertTrue(sink.bad.get(0).source().endsWith("empty.txt"));
    }

    @Test
    void a_binary_file_is_set_aside_with_its_bytes() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        reader.read(file("image.png", png), Optional.empty(), sink);
        assertTrue(sink.bad.get(0).reason().startsWith("binary file"), sink.bad.get(0).reason());
        assertEquals(List.of(png.length), List.of(sink.bad.get(0).content().length));
    }

    @Test
    void invalid_utf8_is_set_aside_with_the_byte_offset() throws IOException {
        reader.read(file("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'}), Optional.empty(), sink);
        assertEquals("invalid UTF-8 at byte 3; convert the file to UTF-8", sink.bad.get(0).reason());
    }

    @Test
    void an_article_over_the_limit_is_set_aside_with_the_option_to_raise_it() throws IOException {
        reader.read(file("huge.txt", utf8("a".repeat(5000))), Optional.empty(), sink);
        assertTrue(sink.bad.get(0).reason().contains("--max-chars"), sink.bad.get(0).reason());
    }

    @Test
    void json_lines_give_articles_with_metadata_and_bad_lines_are_set_aside_one_by_one() throws IOException {
        String lines = String.join("\n",
                "{\"id\": \"a\", \"text\": \"One.\", \"published\": \"2025-03-14 20:30:26Z\", \"url\": \"u\", \"title\": \"T\"}",
                "not json",
                "{\"text\": \"no id\"}",
                "{\"id\": \"b\"}",
                "{\"id\": \"c\", \"text\": \"Two.\", \"published\": \"yesterday\"}",
                "",
                "{\"id\": \"d\", \"text\": \"Three.\"}");
        reader.read(file("feed.jsonl", utf8(lines)), Optional.empty(), sink);
        assertEquals(List.of("a", "d"), sink.ids());
        assertEquals(LocalDate.of(2025, 3, 14), sink.articles().get(0).published().orElseThrow());
        assertEquals("T", sink.articles().get(0).title().orElseThrow());
        assertEquals(4, sink.bad.size());
        assertEquals("2", sink.bad.get(0).position());
        assertEquals("not json", new String(sink.bad.get(0).content(), StandardCharsets.UTF_8));
        assertTrue(sink.bad.get(3).reason().contains("ISO date"), sink.bad.get(3).reason());
        assertEquals("7 (d)", sink.read.get(1).provenance().position());
    }

    @Test
    void the_format_is_forced_over_the_extension() throws IOException {
        reader.read(file("feed.txt", utf8("{\"id\": \"a\", \"text\": \"One.\"}\n")), Optional.of(InputFormat.JSONL), sink);
        assertEquals(List.of("a"), sink.ids());
    }

    @Test
    void without_a_telling_extension_the_content_decides() throws IOException {
        reader.read(file("dump", utf8("{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n")),
                Optional.empty(), sink);
        assertEquals(List.of("a", "b"), sink.ids());
    }

    @Test
    void a_directory_tree_is_read_recursively_in_name_order_each_file_in_its_own_format() throws IOException {
        file("tree/b/story.txt", utf8("Kabul fell."));
        file("tree/a/feed.jsonl", utf8("{\"id\": \"j1\", \"text\": \"One.\"}\n"));
        file("tree/a/page.html", utf8("<html><body><article><p>Ministers of both countries met in Geneva on Monday, "
                + "officials said.</p></article></body></html>"));
        file("tree/c/empty.txt", new byte[0]);
        reader.read(dir.resolve("tree"), Optional.empty(), sink);
        assertEquals(List.of("j1", "page.html", "story.txt"), sink.ids());
        assertEquals(1, sink.bad.size());
        assertTrue(sink.bad.get(0).source().endsWith("empty.txt"));
    }

    @Test
    void standard_input_is_read_as_a_stream_and_its_format_sniffed() {
        byte[] in = utf8("{\"id\": \"s1\", \"text\": \"One.\"}\n{\"id\": \"s2\", \"text\": \"Two.\"}\n");
        reader.read(new ByteArrayInputStream(in), "-", Optional.empty(), sink);
        assertEquals(List.of("s1", "s2"), sink.ids());
        assertEquals("-", sink.read.get(0).provenance().source());
    }

    @Test
    void a_missing_file_is_set_aside() {
        reader.read(dir.resolve("missing.txt"), Optional.empty(), sink);
        assertTrue(sink.bad.get(0).reason().startsWith("cannot read file"), sink.bad.get(0).reason());
    }
}
