package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticlesTest {
    @TempDir
    Path dir;

    private final Collected sink = new Collected();
    private final ArticleReader reader = new ArticleReader(1_000_000, FeedFetcher.polite());

    private void read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        reader.read(file, Optional.empty(), sink);
    }

    @Test
    void each_rss_item_is_an_article_with_its_full_text_link_date_and_author() throws IOException {
        read("world.rss", Feeds.rss());
        assertEquals(List.of(), sink.bad);
        assertEquals(List.of("https://news.example.org/kenya", "https://news.example.org/short"), sink.ids());
        Article kenya = sink.articles().get(0);
        assertTrue(kenya.text().contains(Feeds.STORY), kenya.text());
        assertTrue(kenya.text().contains("the opposition blamed each other."), kenya.text());
        assertFalse(kenya.text().contains("track()") || kenya.text().contains("<p>"), kenya.text());
        assertEquals(LocalDate.of(2021, 8, 17), kenya.published().orElseThrow());
        assertEquals("Kenya arrests protesters", kenya.title().orElseThrow());
        assertEquals("https://news.example.org/kenya", kenya.url().orElseThrow());
        assertEquals("Jane Reporter", sink.read.get(0).provenance().author().orElseThrow());
        assertEquals("Uganda's army clashed with rebels near the border.", sink.articles().get(1).text().strip());
    }

    @Test
    void an_item_s_offsets_point_into_its_html_content() throws IOException {
        read("world.rss", Feeds.rss());
        String content = "<p>" + Feeds.STORY + "</p>";
        assertEquals(Feeds.STORY, sink.articles().get(0).text().substring(3, 3 + Feeds.STORY.length()));
        assertEquals(' ', sink.articles().get(0).text().charAt(content.length() - 1));
    }

    @Test
    void each_atom_entry_is_an_article() throws IOException {
        read("world.atom", Feeds.atom());
        assertEquals(List.of("urn:example:kenya"), sink.ids());
        assertTrue(sink.articles().get(0).text().contains(Feeds.STORY));
        assertEquals(LocalDate.of(2021, 8, 18), sink.articles().get(0).published().orElseThrow());
    }

    @Test
    void a_feed_is_recognised_by_its_content_whatever_its_name() throws IOException {
        read("feed.xml", Feeds.atom());
        assertEquals(List.of("urn:example:kenya"), sink.ids());
    }

    @Test
    void a_malformed_feed_is_set_aside_with_its_text() throws IOException {
        String broken = Feeds.rss().substring(0, Feeds.rss().indexOf("</item>"));
        read("broken.rss", broken);
        assertEquals(List.of(), sink.read);
        assertEquals(1, sink.bad.size());
        assertTrue(sink.bad.get(0).reason().startsWith("malformed feed"), sink.bad.get(0).reason());
        assertEquals(broken.length(), sink.bad.get(0).content().length);
    }
}
