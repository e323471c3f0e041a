package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from any input: a file, a directory tree (recursively, in name order), a URL
 * (fetched politely by a {@link FeedFetcher}) or a stream such as standard input. The format
 * is forced, or chosen by the file name and else by the first bytes (see {@link InputFormat});
 * gzip and zstd around any format are undone. Reading streams: JSON lines and WARC records are
 * passed on one by one while the input is read, so memory stays bounded whatever its size.
 * Nothing is thrown for bad input: what cannot be read is passed to the sink as a {@link BadArticle}.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(1_000_000, FeedFetcher.polite());
 * reader.read("crawl.warc.gz", Optional.empty(), sink);
 * }</pre>
 */
public final class ArticleReader {
    private static final int BUFFER = 1 << 16;
    private static final int SNIFF = 1 << 20;

    private final Limits limits;
    private final FeedFetcher fetcher;
    private final TextArticles text;
    private final JsonLineArticles jsonLines;
    private final HtmlArticles html;
    private final WarcArticles warc;
    private final FeedArticles feeds;

    /** @param maxChars the longest article text accepted; longer ones are set aside */
    public ArticleReader(int maxChars, FeedFetcher fetcher) {
        this.limits = new Limits(maxChars);
        this.fetcher = fetcher;
        this.text = new TextArticles(limits);
        this.jsonLines = new JsonLineArticles(limits);
        this.html = new HtmlArticles(limits);
        this.warc = new WarcArticles(limits, html);
        this.feeds = new FeedArticles(limits);
    }

    /** Reads a path, directory or http(s) URL. */
    public void read(String input, Optional<InputFormat> forced, ArticleSink sink) {
        if (input.startsWith("http://") || input.startsWith("https://")) {
            readUrl(input, forced, sink);
        } else {
            read(Path.of(input), forced, sink);
        }
    }

    /** Reads a file, or every file under a directory. */
    public void read(Path path, Optional<InputFormat> forced, ArticleSink sink) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                sink.setAside(BadArticle.of(path.toString(), "", "cannot list directory: " + e.getMessage()));
                return;
            }
            for (Path file : files) {
                readFile(file, forced, sink);
            }
        } else {
            readFile(path, forced, sink);
        }
    }

    /** Reads a stream, standard input say, named {@code name} in messages. The stream is not closed. */
    public void read(InputStream in, String name, Optional<InputFormat> forced, ArticleSink sink) {
        try {
            readStream(Source.named(name, name), in, Optional.empty(), forced, sink);
        } catch (IOException e) {
            sink.setAside(BadArticle.of(name, "", "cannot read: " + describe(e)));
        }
    }

    private void readFile(Path file, Optional<InputFormat> forced, ArticleSink sink) {
        String name = file.toString();
        Source src = Source.named(name, file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
            readStream(src, in, Optional.of(file), forced, sink);
        } catch (IOException e) {
            sink.setAside(BadArticle.of(name, "", "cannot read file: " + describe(e)));
        }
    }

    private void readUrl(String url, Optional<InputFormat> forced, ArticleSink sink) {
        try {
            FeedFetcher.Fetched got = fetcher.fetch(URI.create(url));
            if (got.notModified()) {
                return;
            }
            if (!got.ok()) {
                sink.setAside(BadArticle.of(url, "", "cannot fetch: HTTP " + got.status()));
                return;
            }
            Optional<Charset> charset = got.contentType().flatMap(ArticleReader::charsetOf);
            Optional<InputFormat> format = forced.or(() -> got.contentType().flatMap(ArticleReader::formatOf));
            Source src = new Source(url, url, charset, Optional.of(url));
            readStream(src, new java.io.ByteArrayInputStream(got.body()), Optional.empty(), format, sink);
        } catch (IOException | IllegalArgumentException e) {
            sink.setAside(BadArticle.of(url, "", "cannot fetch: " + describe(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.setAside(BadArticle.of(url, "", "interrupted while fetching"));
        }
    }

    private void readStream(Source src, InputStream rawIn, Optional<Path> file, Optional<InputFormat> forced,
            ArticleSink sink) throws IOException {
        CountingInputStream counted = new CountingInputStream(rawIn, sink);
        BufferedInputStream raw = new BufferedInputStream(counted, BUFFER);
        Compression compression = Compression.of(raw);
        InputFormat format = forced.or(() -> InputFormat.byExtension(src.fileName()))
                .orElseGet(() -> sniff(raw, compression));
        String fileName = Compression.strip(src.fileName());
        Source named = new Source(src.name(), fileName, src.charset(), src.url());
        if (format == InputFormat.WARC && compression != Compression.ZSTD) {
            try {
                if (compression == Compression.GZIP) {
                    warc.readGzip(named, raw, sink);
                } else if (file.isPresent()) {
                    try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ)) {
                        warc.read(named, channel, sink);
                        sink.bytesRead(channel.size());
                    }
                } else {
                    warc.read(named, Channels.newChannel(raw), sink);
                }
            } catch (IOException e) {
                sink.setAside(BadArticle.of(src.name(), "after byte " + counted.count(), "cannot read: " + describe(e)));
            }
            return;
        }
        try {
            InputStream in = compression.open(raw);
            switch (format) {
                case TEXT -> text.read(named, in, sink);
                case JSONL -> jsonLines.read(named, in, sink);
                case HTML -> html.read(named, in, sink);
                case FEED -> feeds.read(named, in, sink);
                case WARC -> warc.read(named, Channels.newChannel(in), sink);
            }
        } catch (IOException e) {
            sink.setAside(BadArticle.of(src.name(), "after byte " + counted.count(), "cannot read"
                    + (compression == Compression.NONE ? "" : " (" + compression.name().toLowerCase(java.util.Locale.ROOT)
                    + ")") + ": " + describe(e)));
        }
    }

    /** The format of the (decompressed) first bytes; the stream is left where it was. */
    private static InputFormat sniff(BufferedInputStream raw, Compression compression) {
        raw.mark(SNIFF);
        try {
            InputStream in = compression.open(new NonClosing(raw));
            byte[] head = in.readNBytes(4096);
            return InputFormat.byContent(head, head.length);
        } catch (IOException e) {
            return InputFormat.TEXT;
        } finally {
            try {
                raw.reset();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rewind after sniffing the format", e);
            }
        }
    }

    private static Optional<Charset> charsetOf(String contentType) {
        int at = contentType.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        return at < 0 ? Optional.empty()
                : HtmlArticles.charset(contentType.substring(at + 8).replaceAll("[\"';].*$", "").replace("\"", ""));
    }

    private static Optional<InputFormat> formatOf(String contentType) {
        String t = contentType.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("html")) {
            return Optional.of(InputFormat.HTML);
        }
        if (t.contains("rss") || t.contains("atom") || t.contains("xml")) {
            return Optional.of(InputFormat.FEED);
        }
        if (t.contains("warc")) {
            return Optional.of(InputFormat.WARC);
        }
        return Optional.empty();
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException) {
            return "unexpected end of input (truncated file?)" + (m == null ? "" : ": " + m);
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Lets a decompressor peek at a stream without closing it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
