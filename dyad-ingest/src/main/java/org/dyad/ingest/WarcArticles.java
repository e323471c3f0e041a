package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * A WARC or WARC.gz archive, record by record through jwarc: each response or resource record
 * whose payload is HTML or plain text is an article named after its target URI, HTTP headers
 * stripped, charset honoured, record id and target URI kept as provenance; other records
 * (requests, metadata, images) are no articles. A record that cannot be parsed is set aside; in a
 * file, reading goes on at the next record (the next gzip member, or the next "WARC/" line).
 */
final class WarcArticles {
    private static final int SCAN = 1 << 16;

    private final Limits limits;
    private final HtmlArticles html;

    WarcArticles(Limits limits, HtmlArticles html) {
        this.limits = limits;
        this.html = html;
    }

    /**
     * Reads a WARC.gz, one gzip member (one record) at a time: a record whose length does not
     * match its member is set aside and the next member read.
     */
    void readGzip(Source src, InputStream compressed, ArticleSink sink) throws IOException {
        GzipMembers members = new GzipMembers(compressed, 8 * limits.maxBytes() + (1 << 16));
        for (GzipMembers.Member m = members.next(); m != null; m = members.next()) {
            String position = "byte " + m.offset();
            if (m.cut()) {
                sink.setAside(src.bad(position, "WARC record of more than " + 8 * limits.maxBytes()
                        + " bytes; raise --max-chars", null));
                continue;
            }
            Held held = new Held();
            try {
                WarcReader reader = new WarcReader(new java.io.ByteArrayInputStream(m.content()));
                for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                    if (r.get() instanceof WarcResponse || r.get() instanceof WarcResource) {
                        article(src, (WarcTargetRecord) r.get(), position, held);
                    }
                }
                held.passTo(sink);
            } catch (IOException | RuntimeException e) {
                sink.setAside(src.bad(position, "broken WARC record (its length does not match its gzip member?): "
                        + message(e), m.content()));
            }
        }
    }

    /** What one member gave, passed on only once the whole member parsed. */
    private static final class Held implements ArticleSink {
        private final java.util.List<Object> items = new java.util.ArrayList<>();

        @Override
        public void article(ReadArticle article) {
            items.add(article);
        }

        @Override
        public void setAside(BadArticle bad) {
            items.add(bad);
        }

        void passTo(ArticleSink sink) {
            for (Object o : items) {
                if (o instanceof ReadArticle a) {
                    sink.article(a);
                } else {
                    sink.setAside((BadArticle) o);
                }
            }
        }
    }

    /** Reads an uncompressed WARC file; a broken record is set aside and reading resumes at the next "WARC/" line. */
    void read(Source src, FileChannel file, ArticleSink sink) throws IOException {
        long from = 0;
        while (from >= 0) {
            from = readFrom(src, file, from, sink);
        }
    }

    /** Reads a WARC stream (standard input, a URL); it stops at a broken record. */
    void read(Source src, ReadableByteChannel stream, ArticleSink sink) throws IOException {
        readFrom(src, stream, -1, sink);
    }

    /** Reads records from {@code start} (-1: a stream); the offset to resume at after a broken record, or -1. */
    private long readFrom(Source src, ReadableByteChannel channel, long start, ArticleSink sink) throws IOException {
        WarcReader reader = new WarcReader(channel);
        if (start > 0) {
            reader.position(start);
        }
        long last = Math.max(start, 0);
        boolean readAny = false;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                if (!(channel instanceof FileChannel file)) {
                    sink.setAside(src.bad("after byte " + last, "broken WARC record: " + message(e), null));
                    return -1;
                }
                long broken = readAny ? nextRecord(file, last) : last;
                broken = broken < 0 ? last : broken;
                sink.setAside(src.bad("byte " + broken, "broken WARC record: " + message(e), null));
                return nextRecord(file, broken);
            }
            if (next.isEmpty()) {
                return -1;
            }
            last = reader.position();
            readAny = true;
            if (next.get() instanceof WarcResponse || next.get() instanceof WarcResource) {
                try {
                    article(src, (WarcTargetRecord) next.get(), "byte " + last, sink);
                } catch (java.io.UncheckedIOException e) {
                    sink.setAside(src.bad("byte " + last, "unreadable WARC payload: " + message(e.getCause()), null));
                }
            }
        }
    }

    /** @throws java.io.UncheckedIOException when the payload cannot be read (a bad length, say) */
    private void article(Source src, WarcTargetRecord record, String position, ArticleSink sink) {
        try {
            Optional<WarcPayload> payload = record.payload();
            if (payload.isEmpty()) {
                return;
            }
            MediaType type = payload.get().type().base();
            String kind = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
            boolean isHtml = kind.equals("text/html") || kind.equals("application/xhtml+xml");
            if (!isHtml && !kind.equals("text/plain")) {
                return;
            }
            Optional<Charset> charset = Optional.ofNullable(payload.get().type().parameters().get("charset"))
                    .flatMap(HtmlArticles::charset);
            String target = record.target() == null || record.target().isBlank() ? record.id().toString()
                    : record.target();
            Source page = new Source(src.name(), target, charset, Optional.of(target));
            Provenance from = new Provenance(src.name(), position, Optional.empty(),
                    Optional.of(record.id().toString()), Optional.of(target));
            long max = 8 * limits.maxBytes();
            byte[] body;
            try (InputStream in = payload.get().body().stream()) {
                body = Bytes.upTo(in, max);
            }
            if (body.length > max) {
                sink.setAside(src.bad(position, "payload of more than " + max + " bytes; raise --max-chars", null));
            } else if (isHtml) {
                html.read(page, position, new String(body, charset.orElse(StandardCharsets.UTF_8)),
                        new WithProvenance(sink, from));
            } else {
                String text = new String(body, charset.orElse(StandardCharsets.UTF_8));
                limits.offer(new Article(target, text, Optional.empty(), Optional.of(target), Optional.empty()), from,
                        sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.setAside(src.bad(position, "unreadable WARC payload: " + message(e), null));
        }
    }

    /** The start of the first "WARC/1." line after {@code from}, or -1. */
    private static long nextRecord(FileChannel file, long from) throws IOException {
        byte[] magic = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.allocate(SCAN);
        long pos = from + 1;
        while (pos < file.size()) {
            buf.clear();
            int n = file.read(buf, pos);
            if (n <= 0) {
                return -1;
            }
            byte[] a = buf.array();
            for (int i = 0; i + magic.length <= n; i++) {
                if (matches(a, i, magic)) {
                    return pos + i + 1;
                }
            }
            pos += Math.max(1, n - magic.length + 1);
        }
        return -1;
    }

    private static boolean matches(byte[] a, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (a[at + j] != magic[j]) {
                return false;
            }
        }
        return true;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Passes articles on with the WARC record's provenance (keeping the page's author). */
    private record WithProvenance(ArticleSink sink, Provenance from) implements ArticleSink {
        @Override
        public void article(ReadArticle article) {
            Provenance p = from.withAuthor(article.provenance().author());
            sink.article(new ReadArticle(article.article(), p));
        }

        @Override
        public void setAside(BadArticle bad) {
            sink.setAside(bad);
        }
    }
}
