package org.dyad.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells the sink how many raw bytes were consumed, as they are consumed (for progress). */
final class CountingInputStream extends FilterInputStream {
    private final ArticleSink sink;
    private long count;

    CountingInputStream(InputStream in, ArticleSink sink) {
        super(in);
        this.sink = sink;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        count += n;
        sink.bytesRead(n);
    }
}
