package org.dyad.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A web page is one article: its story text in place (see {@link StoryExtractor}), so every
 * offset points into the page as decoded; title, date, author and canonical URL from its metadata.
 * The charset is the byte order mark's, else the transport's, else the page's meta tag's, else
 * UTF-8 (windows-1252 when the bytes are no UTF-8, as browsers do).
 */
final class HtmlArticles {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final int PAGE_FACTOR = 8;

    private final Limits limits;
    private final ObjectMapper json = new ObjectMapper();
    private final StoryExtractor extractor = new StoryExtractor();

    HtmlArticles(Limits limits) {
        this.limits = limits;
    }

    void read(Source src, InputStream in, ArticleSink sink) throws IOException {
        long maxPage = PAGE_FACTOR * limits.maxBytes();
        byte[] bytes = Bytes.upTo(in, maxPage);
        if (bytes.length > maxPage) {
            sink.setAside(src.bad("", "page of more than " + maxPage + " bytes; raise --max-chars", null));
            return;
        }
        if (bytes.length == 0) {
            sink.setAside(src.bad("", "empty file", null));
            return;
        }
        String html = decode(src, bytes);
        read(src, "", html, sink);
    }

    /** Reads one page already decoded (a WARC payload, a feed item's HTML content). */
    void read(Source src, String position, String html, ArticleSink sink) {
        Document page = Jsoup.parse(html, src.url().orElse(""), Parser.htmlParser().setTrackPosition(true));
        String story = extractor.story(page, html);
        PageMetadata meta = PageMetadata.of(page, json);
        Provenance from = src.at(position).withAuthor(meta.author());
        if (story.isBlank()) {
            sink.setAside(src.bad(position, "no story text in the page (only navigation, ads, scripts or markup)",
                    html.getBytes(StandardCharsets.UTF_8)));
            return;
        }
        Article article = new Article(src.fileName(), story, meta.published(),
                meta.canonicalUrl().or(src::url), meta.title());
        limits.offer(article, from, sink);
    }

    private static String decode(Source src, byte[] bytes) {
        Optional<Charset> declared = src.charset();
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            declared = Optional.of(StandardCharsets.UTF_8);
        } else if (declared.isEmpty()) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096),
                    StandardCharsets.ISO_8859_1));
            declared = m.find() ? charset(m.group(1)) : Optional.empty();
        }
        if (declared.isPresent()) {
            return new String(bytes, declared.get()).replaceFirst("^\uFEFF", "");
        }
        try {
            return Bytes.utf8(bytes, bytes.length);
        } catch (Bytes.Malformed e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
