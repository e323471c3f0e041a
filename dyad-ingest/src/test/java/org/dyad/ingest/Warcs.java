package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** WARC records written by hand, as crawlers write them, for tests. */
public final class Warcs {
    private Warcs() {
    }

    /** A WARC/1.0 record; {@code declaredLength} below zero means the true length of the block. */
    public static byte[] record(String type, String id, String target, String contentType, byte[] block,
            int declaredLength) {
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + id + ">\r\n"
                + "WARC-Date: 2021-08-17T09:30:00Z\r\n"
                + (target == null ? "" : "WARC-Target-URI: " + target + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + (declaredLength < 0 ? block.length : declaredLength) + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** An HTTP response record's block: status line, headers, blank line, body. */
    public static byte[] http(String contentType, byte[] body) {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\nServer: test\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    public static byte[] response(String id, String target, String contentType, byte[] body) {
        return record("response", id, target, "application/http; msgtype=response", http(contentType, body), -1);
    }

    /** One gzip member per record, concatenated, as a WARC.gz holds them. */
    public static byte[] gzipPerRecord(byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            out.writeBytes(gzip(r));
        }
        return out.toByteArray();
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return member.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
