package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The members of a multi-member gzip stream one at a time, each with its byte offset in the
 * compressed stream: a WARC.gz holds one record per member, so a record whose declared length
 * is wrong spoils its own member only. A member's content over {@code limit} bytes is cut there
 * (the member is still read to its end).
 */
final class GzipMembers {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final long limit;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long offset;
    private boolean cut;

    /** One member: where it starts, its content (perhaps cut) and whether it was cut. */
    record Member(long offset, byte[] content, boolean cut) {
    }

    GzipMembers(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /**
     * The next member, or null at the end of the stream.
     *
     * @throws IOException when the stream is no gzip or ends inside a member
     */
    Member next() throws IOException {
        if (!fill()) {
            return null;
        }
        long start = offset;
        if (readByte() != 0x1f || readByte() != 0x8b || readByte() != 8) {
            throw new IOException("no gzip member at byte " + start);
        }
        int flags = readByte();
        skip(6);
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | readByte() << 8);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        byte[] content = inflate();
        return new Member(start, content, cut);
    }

    private byte[] inflate() throws IOException {
        Inflater inflater = new Inflater(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        cut = false;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (!fill()) {
                        throw new EOFException("gzip member ends early (truncated file?)");
                    }
                    inflater.setInput(buf, pos, lim - pos);
                }
                int available = inflater.getRemaining();
                int n = inflater.inflate(chunk);
                int consumed = available - inflater.getRemaining();
                pos += consumed;
                offset += consumed;
                if (out.size() + n <= limit) {
                    out.write(chunk, 0, n);
                } else {
                    cut = true;
                }
                if (n == 0 && inflater.needsDictionary()) {
                    throw new IOException("gzip member needs a preset dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("corrupt gzip data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        skip(8);
        return out.toByteArray();
    }

    private boolean fill() throws IOException {
        if (pos < lim) {
            return true;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    private int readByte() throws IOException {
        if (!fill()) {
            throw new EOFException("gzip member ends early (truncated file?)");
        }
        offset++;
        return buf[pos++] & 0xff;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            readByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // the optional file name or comment of a member
        }
    }
}
