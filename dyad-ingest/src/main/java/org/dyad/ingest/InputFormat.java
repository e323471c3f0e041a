package org.dyad.ingest;

import java.util.Locale;
import java.util.Optional;

/** How an input holds its articles; chosen by extension or content, or forced by the user. */
public enum InputFormat {
    /** The whole input is one article; its id is the file name. */
    TEXT,
    /** One JSON object per line: id, text, optional published, url, title. */
    JSONL,
    /** One web page: the story is kept, navigation, banners and ads are blanked. */
    HTML,
    /** A WARC archive: each response or resource record with a text or HTML payload is an article. */
    WARC,
    /** An RSS 2.0, RSS 1.0 or Atom feed: each item is an article. */
    FEED;

    /** The format a user names: text, jsonl, html, warc, feed (rss and atom are feeds too). */
    public static InputFormat named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "text", "txt" -> TEXT;
            case "jsonl", "ndjson" -> JSONL;
            case "html", "htm" -> HTML;
            case "warc" -> WARC;
            case "feed", "rss", "atom" -> FEED;
            default -> throw new IllegalArgumentException(
                    "unknown input format '" + name + "'; use text, jsonl, html, warc or feed (rss, atom)");
        };
    }

    /** The format a file name announces, once .gz or .zst is taken off; empty when it says nothing. */
    public static Optional<InputFormat> byExtension(String fileName) {
        String n = Compression.strip(fileName).toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".warc") || n.endsWith(".arc")) {
            return Optional.of(WARC);
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".rdf")) {
            return Optional.of(FEED);
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /** The format the first bytes of an (uncompressed) input show; text when nothing else fits. */
    public static InputFormat byContent(byte[] head, int length) {
        String start = new String(head, 0, Math.min(length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\uFEFF") || start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(start.charAt(0) == '\uFEFF' ? 1 : 3).stripLeading();
        }
        if (start.startsWith("warc/")) {
            return WARC;
        }
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return HTML;
        }
        if (start.startsWith("<")) {
            if (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf")) {
                return FEED;
            }
            if (start.contains("<html") || start.contains("<body") || start.contains("<p>")) {
                return HTML;
            }
        }
        return TEXT;
    }
}
