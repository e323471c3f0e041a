package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * An RSS 2.0, RSS 1.0 or Atom feed through Rome: each item is an article with its full text
 * ({@code content:encoded} or Atom content when there is any, else the description), link, date
 * and author. HTML content keeps its text in place, so offsets point into the item's content.
 */
final class FeedArticles {
    private final Limits limits;
    private final StoryExtractor extractor = new StoryExtractor();

    FeedArticles(Limits limits) {
        this.limits = limits;
    }

    void read(Source src, InputStream in, ArticleSink sink) throws IOException {
        long max = 8 * limits.maxBytes();
        byte[] bytes = Bytes.upTo(in, max);
        if (bytes.length > max) {
            sink.setAside(src.bad("", "feed of more than " + max + " bytes; raise --max-chars", null));
            return;
        }
        SyndFeed feed;
        try (XmlReader xml = src.charset().isPresent()
                ? new XmlReader(new ByteArrayInputStream(bytes), "text/xml; charset=" + src.charset().get().name(), true)
                : new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xml);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            sink.setAside(src.bad("", "malformed feed: " + e.getMessage(), bytes));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            item(src, "item " + (i + 1), entries.get(i), sink);
        }
    }

    private void item(Source src, String position, SyndEntry entry, ArticleSink sink) {
        Optional<String> link = nonBlank(entry.getLink());
        Optional<String> id = nonBlank(entry.getUri()).or(() -> link);
        if (id.isEmpty()) {
            sink.setAside(src.bad(position, "item has neither guid nor link", null));
            return;
        }
        SyndContent body = fullText(entry);
        if (body == null || body.getValue() == null || body.getValue().isBlank()) {
            sink.setAside(src.bad(position + " (" + id.get() + ")", "item has no content or description", null));
            return;
        }
        String value = body.getValue();
        String type = body.getType() == null ? "text/html" : body.getType().toLowerCase(Locale.ROOT);
        String text = type.contains("html")
                ? extractor.wholeText(Jsoup.parse(value, link.orElse(""), Parser.htmlParser().setTrackPosition(true)), value)
                : value;
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Optional<LocalDate> published = date == null ? Optional.empty()
                : Optional.of(date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
        Article article = new Article(id.get(), text, published, link, nonBlank(entry.getTitle()));
        Provenance from = new Provenance(src.name(), position + " (" + id.get() + ")", nonBlank(entry.getAuthor()),
                Optional.empty(), Optional.empty());
        if (text.isBlank()) {
            sink.setAside(new BadArticle(from.source(), from.position(), "item content has no text",
                    value.getBytes(StandardCharsets.UTF_8)));
        } else {
            limits.offer(article, from, sink);
        }
    }

    /** The longest of the item's contents and its description: feeds put the full story in either. */
    private static SyndContent fullText(SyndEntry entry) {
        SyndContent best = entry.getDescription();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && (best == null || best.getValue() == null
                    || c.getValue().length() > best.getValue().length())) {
                best = c;
            }
        }
        return best;
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
