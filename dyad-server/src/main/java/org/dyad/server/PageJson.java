package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The JSON of event pages of one read model, written from each row's JSON, encoded once the first
 * time a page shows the row and kept (UTF-8 bytes) for as long as the model: a page costs copying
 * its rows' bytes, not encoding them. The bytes are those {@link JsonViews#page} would write.
 */
final class PageJson {
    private static final byte[] HEAD = "{\"events\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TOTAL = "],\"total\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT = ",\"next\":".getBytes(StandardCharsets.UTF_8);

    private final ReadModel model;
    private final JsonViews views;
    private final ObjectMapper json;
    /** Each row's JSON once encoded; set by any request thread (a row's bytes are always the same). */
    private final AtomicReferenceArray<byte[]> rows;

    PageJson(ReadModel model, JsonViews views, ObjectMapper json) {
        this.model = model;
        this.views = views;
        this.json = json;
        this.rows = new AtomicReferenceArray<>(model.events());
    }

    ReadModel model() {
        return model;
    }

    /** The answer of {@code /api/events} for {@code page}: {@code {"events": [...], "total": N, "next": ...}}. */
    byte[] write(ReadModel.Page page) {
        byte[][] parts = new byte[page.rows().length][];
        int length = HEAD.length + TOTAL.length + NEXT.length + 32;
        for (int k = 0; k < parts.length; k++) {
            parts[k] = row(page.rows()[k]);
            length += parts[k].length + 1;
        }
        byte[] total = Long.toString(page.total()).getBytes(StandardCharsets.US_ASCII);
        byte[] next = encode(page.next().orElse(null));
        byte[] out = new byte[length + total.length + next.length];
        int n = put(out, 0, HEAD);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                out[n++] = ',';
            }
            n = put(out, n, parts[k]);
        }
        n = put(out, n, TOTAL);
        n = put(out, n, total);
        n = put(out, n, NEXT);
        n = put(out, n, next);
        out[n++] = '}';
        return java.util.Arrays.copyOf(out, n);
    }

    private byte[] row(int row) {
        byte[] kept = rows.get(row);
        if (kept == null) {
            kept = encode(views.row(model.columns().rows[row]));
            rows.set(row, kept); // published whole: another thread sees the bytes written
        }
        return kept;
    }

    private byte[] encode(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
    }

    private static int put(byte[] out, int at, byte[] part) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }
}
