package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionAndStreamingTest {
    @TempDir
    Path dir;

    private final Collected sink = new Collected();
    private final ArticleReader reader = new ArticleReader(1_000_000, FeedFetcher.polite());

    private static String jsonl(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("{\"id\": \"a").append(i).append("\", \"text\": \"Story number ").append(i)
                    .append(": the ministers met in Geneva.\"}\n");
        }
        return b.toString();
    }

    private static byte[] compress(byte[] bytes, boolean zstd) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream c = zstd ? new ZstdOutputStream(out) : new GZIPOutputStream(out)) {
            c.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void gzipped_json_lines_are_read_whatever_the_file_is_named() throws IOException {
        Path file = dir.resolve("feed.jsonl.gz");
        Files.write(file, compress(jsonl(3).getBytes(StandardCharsets.UTF_8), false));
        reader.read(file, Optional.empty(), sink);
        assertEquals(List.of("a0", "a1", "a2"), sink.ids());
        Path unnamed = dir.resolve("dump.bin");
        Files.copy(file, unnamed);
        Collected again = new Collected();
        reader.read(unnamed, Optional.empty(), again);
        assertEquals(List.of("a0", "a1", "a2"), again.ids());
    }

    @Test
    void zstd_is_undone_too() throws IOException {
        Path file = dir.resolve("feed.jsonl.zst");
        Files.write(file, compress(jsonl(2).getBytes(StandardCharsets.UTF_8), true));
        reader.read(file, Optional.empty(), sink);
        assertEquals(List.of("a0", "a1"), sink.ids());
    }

    @Test
    void a_truncated_gzip_gives_the_articles_before_the_cut_and_sets_the_rest_aside() throws IOException {
        byte[] whole = compress(jsonl(2000).getBytes(StandardCharsets.UTF_8), false);
        Path file = dir.resolve("cut.jsonl.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        reader.read(file, Optional.empty(), sink);
        assertTrue(sink.read.size() > 100 && sink.read.size() < 2000, String.valueOf(sink.read.size()));
        BadArticle last = sink.bad.get(sink.bad.size() - 1);
        assertTrue(last.reason().startsWith("cannot read (gzip): unexpected end of input"), last.reason());
    }

    /** A stream of endless JSON lines that fails the test if read much past the first article. */
    private static final class EndlessJsonLines extends InputStream {
        private final byte[] line = "{\"id\": \"x\", \"text\": \"The ministers met in Geneva.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        private long served;
        private int at;

        @Override
        public int read() {
            served++;
            byte b = line[at];
            at = (at + 1) % line.length;
            return b & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    /** Stops the reader once enough articles arrived, by ending the stream. */
    private static final class Stoppable extends FilterInputStream {
        volatile boolean stop;

        Stoppable(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return stop ? -1 : super.read(b, off, len);
        }

        @Override
        public int read() throws IOException {
            return stop ? -1 : super.read();
        }
    }

    @Test
    void json_lines_are_passed_on_while_the_input_is_read_so_memory_stays_bounded() {
        EndlessJsonLines endless = new EndlessJsonLines();
        Stoppable in = new Stoppable(endless);
        long[] servedAtFirst = {-1};
        int[] count = {0};
        reader.read(in, "-", Optional.of(InputFormat.JSONL), new ArticleSink() {
            @Override
            public void article(ReadArticle article) {
                if (count[0]++ == 0) {
                    servedAtFirst[0] = endless.served;
                }
                if (count[0] == 20_000) {
                    in.stop = true;
                }
            }

            @Override
            public void setAside(BadArticle bad) {
            }
        });
        assertTrue(servedAtFirst[0] <= 1 << 17, "read " + servedAtFirst[0] + " bytes before the first article");
        assertTrue(count[0] >= 20_000);
        assertTrue(endless.served > 1_000_000, "the stream served " + endless.served + " bytes");
    }

    @Test
    void warc_gz_records_are_passed_on_while_the_input_is_read() throws IOException {
        byte[] page = Warcs.response("22222222-2222-2222-2222-222222222222", "https://news.example.org/a",
                "text/plain", "The ministers met in Geneva.".getBytes(StandardCharsets.UTF_8));
        byte[] member = Warcs.gzip(page);
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                if (served >= 1_000L * member.length) {
                    return -1;
                }
                return member[(int) (served++ % member.length)] & 0xff;
            }
        };
        int[] count = {0};
        long[] at = {0};
        CountingInputStream counted = new CountingInputStream(endless, new Collected());
        reader.read(counted, "-", Optional.of(InputFormat.WARC), new ArticleSink() {
            @Override
            public void article(ReadArticle article) {
                if (count[0]++ == 0) {
                    at[0] = counted.count();
                }
            }

            @Override
            public void setAside(BadArticle bad) {
                throw new AssertionError(bad.toString());
            }
        });
        assertTrue(at[0] <= 1 << 17, "read " + at[0] + " bytes before the first record");
        assertEquals(1_000, count[0]);
    }
}
