package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {
    @TempDir
    Path dir;

    private final Collected sink = new Collected();
    private final ArticleReader reader = new ArticleReader(1_000_000, FeedFetcher.polite());

    private Article read(String name, byte[] page) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, page);
        reader.read(file, Optional.empty(), sink);
        assertEquals(List.of(), sink.bad);
        return sink.articles().get(0);
    }

    @Test
    void the_story_stays_at_its_page_offsets_and_the_boilerplate_is_blanked() throws IOException {
        String page = NewsPages.storyPage();
        Article article = read("story.html", page.getBytes(StandardCharsets.UTF_8));
        String text = article.text();
        for (String paragraph : List.of(NewsPages.FIRST, NewsPages.THIRD)) {
            int at = page.indexOf(paragraph);
            assertEquals(paragraph, text.substring(at, at + paragraph.length()));
        }
        int un = page.indexOf("United Nations");
        assertEquals("United Nations", text.substring(un, un + "United Nations".length()));
        for (String boilerplate : List.of("cookies", "Politics", "Israel", "Sponsored", "Iran", "Facebook",
                "Advertisement", "France", "Pakistan", "Copyright", "Germany", "Russia", "dataLayer", "color")) {
            assertFalse(text.contains(boilerplate), boilerplate + " is boilerplate: " + text.strip());
        }
    }

    @Test
    void the_headline_and_each_paragraph_are_lines_of_their_own() throws IOException {
        String text = read("story.html", NewsPages.storyPage().getBytes(StandardCharsets.UTF_8)).text();
        List<String> lines = text.lines().map(s -> s.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty())
                .toList();
        assertEquals(List.of("Uzbekistan detains Afghan soldiers", NewsPages.FIRST, NewsPages.SECOND, NewsPages.THIRD),
                lines);
    }

    @Test
    void title_date_author_and_canonical_url_come_from_the_page_metadata() throws IOException {
        Article article = read("story.html", NewsPages.storyPage().getBytes(StandardCharsets.UTF_8));
        assertEquals("Uzbekistan detains Afghan soldiers", article.title().orElseThrow());
        assertEquals(LocalDate.of(2021, 8, 17), article.published().orElseThrow());
        assertEquals("https://news.example.org/world/uzbekistan-detains-afghan-soldiers", article.url().orElseThrow());
        assertEquals("story.html", article.id());
        assertEquals("Jane Reporter", sink.read.get(0).provenance().author().orElseThrow());
    }

    @Test
    void a_time_element_dates_a_page_without_date_metadata() throws IOException {
        String page = "<html><body><article><time datetime=\"2024-05-02T10:00\">2 May</time><p>"
                + NewsPages.FIRST + "</p></article></body></html>";
        assertEquals(LocalDate.of(2024, 5, 2), read("t.html", page.getBytes(StandardCharsets.UTF_8)).published()
                .orElseThrow());
    }

    @Test
    void entities_stay_as_written_for_the_repair_chain_to_decode() throws IOException {
        String page = "<html><body><article><p>Ministers of France &amp; Germany met in Paris, "
                + "officials said on Monday.</p></article></body></html>";
        String text = read("e.html", page.getBytes(StandardCharsets.UTF_8)).text();
        int at = page.indexOf("France &amp; Germany");
        assertEquals("France &amp; Germany", text.substring(at, at + 20));
    }

    @Test
    void the_charset_the_page_declares_is_honoured() throws IOException {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>The minister "
                + "met Jos\u00e9 Mart\u00ed in Bogot\u00e1 on Monday, officials said.</p></article></body></html>";
        String text = read("w.html", page.getBytes(Charset.forName("windows-1252"))).text();
        assertTrue(text.contains("Bogot\u00e1"), text);
    }

    @Test
    void a_page_with_no_story_is_set_aside_with_the_reason() throws IOException {
        Path file = dir.resolve("menu.html");
        Files.writeString(file, "<html><body><nav><a href=/>Home</a></nav><footer>Contact</footer></body></html>");
        reader.read(file, Optional.empty(), sink);
        assertEquals(List.of(), sink.read);
        assertTrue(sink.bad.get(0).reason().startsWith("no story text"), sink.bad.get(0).reason());
    }

    @Test
    void a_page_that_lays_its_paragraphs_out_as_divs_still_gives_its_story() throws IOException {
        String page = "<html><body><div class=\"menu\"><a href=/>Home</a></div><div id=\"story\"><div>"
                + NewsPages.FIRST + "<br>" + NewsPages.THIRD + "</div></div></body></html>";
        String text = read("divs.html", page.getBytes(StandardCharsets.UTF_8)).text();
        assertEquals(List.of(NewsPages.FIRST, NewsPages.THIRD), text.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
    }
}
