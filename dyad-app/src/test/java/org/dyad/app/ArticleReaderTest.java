package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final List<Article> good = new ArrayList<>();
    private final List<BadArticle> bad = new ArrayList<>();
    private final ArticleReader reader = new ArticleReader(1000);

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void a_text_file_is_one_article_named_after_the_file() throws IOException {
        reader.read(file("story.txt", "Kabul fell.".getBytes(StandardCharsets.UTF_8)), InputFormat.TEXT, good::add, bad::add);
        assertEquals("story.txt", good.get(0).id());
        assertEquals("Kabul fell.", good.get(0).text());
    }

    @Test
    void an_empty_file_is_set_aside() throws IOException {
        reader.read(file("empty.txt", new byte[0]), InputFormat.TEXT, good::add, bad::add);
        assertEquals("empty file", bad.get(0).reason());
        assertTrue(bad.get(0).name().endsWith("empty.txt"));
    }

    @Test
    void a_binary_file_is_set_aside() throws IOException {
        reader.read(file("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}), InputFormat.TEXT, good::add,
                bad::add);
        assertTrue(bad.get(0).reason().startsWith("binary file"), bad.get(0).reason());
    }

    @Test
    void invalid_utf8_is_set_aside_with_the_byte_offset() throws IOException {
        reader.read(file("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'}), InputFormat.TEXT, good::add,
                bad::add);
        assertEquals("invalid UTF-8 at byte 3; convert the file to UTF-8", bad.get(0).reason());
    }

    @Test
    void an_article_over_the_limit_is_set_aside_with_the_option_to_raise_it() throws IOException {
        reader.read(file("huge.txt", "a".repeat(5000).getBytes(StandardCharsets.UTF_8)), InputFormat.TEXT, good::add,
                bad::add);
        assertTrue(bad.get(0).reason().contains("--max-chars"), bad.get(0).reason());
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
        reader.read(file("feed.jsonl", lines.getBytes(StandardCharsets.UTF_8)), InputFormat.JSONL, good::add, bad::add);
        assertEquals(List.of("a", "d"), good.stream().map(Article::id).toList());
        assertEquals(LocalDate.of(2025, 3, 14), good.get(0).published().orElseThrow());
        assertEquals("T", good.get(0).title().orElseThrow());
        assertEquals(4, bad.size());
        assertTrue(bad.get(0).name().endsWith("feed.jsonl:2"), bad.get(0).name());
        assertTrue(bad.get(3).reason().contains("ISO date"), bad.get(3).reason());
    }
}
