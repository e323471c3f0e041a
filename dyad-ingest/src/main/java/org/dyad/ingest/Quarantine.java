package org.dyad.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;

/**
 * The file where set-aside articles go, one JSON object per line: {@code source}, {@code position},
 * {@code reason}, and the content as {@code text} when it is UTF-8, else as {@code bytes} (base64).
 * Lines are appended, so one quarantine file can collect several runs. Safe for threads.
 */
public final class Quarantine implements Closeable {
    private final ObjectMapper json = new ObjectMapper();
    private final BufferedWriter out;
    private int written;

    private Quarantine(BufferedWriter out) {
        this.out = out;
    }

    /**
     * Opens (creating or appending to) {@code file}.
     *
     * @throws IOException when the file cannot be written: choose another --quarantine path
     */
    public static Quarantine open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new Quarantine(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
    }

    /** The JSON line of one set-aside article. */
    public String line(BadArticle bad) {
        ObjectNode o = json.createObjectNode();
        o.put("source", bad.source());
        o.put("position", bad.position());
        o.put("reason", bad.reason());
        byte[] content = bad.content();
        if (content.length > 0) {
            if (Bytes.isUtf8(content)) {
                o.put("text", new String(content, StandardCharsets.UTF_8));
            } else {
                o.put("bytes", Base64.getEncoder().encodeToString(content));
            }
        }
        return o.toString();
    }

    /**
     * Appends one article and flushes, so a killed run loses nothing already set aside.
     *
     * @throws IOException when the file cannot be written
     */
    public synchronized void write(BadArticle bad) throws IOException {
        out.write(line(bad));
        out.newLine();
        out.flush();
        written++;
    }

    public synchronized int written() {
        return written;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
