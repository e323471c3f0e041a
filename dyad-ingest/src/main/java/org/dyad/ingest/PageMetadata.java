package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its story: title, publication date, author and canonical URL, from the
 * Open Graph and article meta tags, JSON-LD (schema.org NewsArticle and kin) and {@code <time>}.
 */
record PageMetadata(Optional<String> title, Optional<LocalDate> published, Optional<String> author,
        Optional<String> canonicalUrl) {

    static PageMetadata of(Document page, ObjectMapper json) {
        JsonNode ld = jsonLd(page, json);
        Optional<String> title = first(meta(page, "meta[property=og:title]"), ldText(ld, "headline"),
                nonBlank(page.title()), nonBlank(page.select("h1").text()));
        Optional<LocalDate> published = Dates.lenientIsoDate(first(meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[itemprop=datePublished]"), ldText(ld, "datePublished"),
                meta(page, "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date]"),
                attr(page, "time[datetime]", "datetime")));
        Optional<String> author = first(meta(page, "meta[name=author]"), ldAuthor(ld),
                meta(page, "meta[property=article:author]"), nonBlank(page.select("[rel=author]").text()));
        Optional<String> canonical = first(attr(page, "link[rel=canonical]", "abs:href"),
                meta(page, "meta[property=og:url]"));
        return new PageMetadata(title, published, author, canonical);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String query) {
        return attr(page, query, "content");
    }

    private static Optional<String> attr(Document page, String query, String attribute) {
        Element e = page.selectFirst(query);
        return e == null ? Optional.empty() : nonBlank(e.attr(attribute));
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }

    /** The first JSON-LD object that is an article (or has a datePublished), looking into {@code @graph}. */
    private static JsonNode jsonLd(Document page, ObjectMapper json) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = article(json.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // a page's broken JSON-LD only costs its metadata; the story is still read
            }
        }
        return null;
    }

    private static JsonNode article(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = article(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("datePublished") || node.path("@type").asText().endsWith("Article")) {
            return node;
        }
        return article(node.get("@graph"));
    }

    private static Optional<String> ldText(JsonNode ld, String field) {
        return ld == null || !ld.path(field).isTextual() ? Optional.empty() : nonBlank(ld.path(field).asText());
    }

    private static Optional<String> ldAuthor(JsonNode ld) {
        if (ld == null) {
            return Optional.empty();
        }
        JsonNode author = ld.path("author");
        if (author.isArray()) {
            author = author.path(0);
        }
        return author.isTextual() ? nonBlank(author.asText()) : nonBlank(author.path("name").asText(null));
    }
}
