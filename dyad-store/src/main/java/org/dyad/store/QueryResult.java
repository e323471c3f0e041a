package org.dyad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The rows a query found, newest first, and whether more matched than the limit allowed.
 *
 * <pre>{@code
 * store.query(EventQuery.all().actor("USA")).writeTo(OutputFormat.TABLE, out);
 * }</pre>
 */
public record QueryResult(List<EventRow> rows, boolean truncated) {
    static final List<String> COLUMNS = List.of("id", "date", "source", "target", "cameo", "quad", "plover",
            "confidence", "place", "article", "sentence");

    public QueryResult {
        rows = List.copyOf(rows);
    }

    /** Writes the rows as an aligned table, a JSON array or CSV with a header. */
    public void writeTo(OutputFormat format, Writer out) {
        try {
            switch (format) {
                case TABLE -> writeTable(out);
                case JSON -> writeJson(out);
                case CSV -> writeCsv(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the query result: " + e.getMessage(), e);
        }
    }

    private static String[] cells(EventRow r) {
        return new String[] {Long.toString(r.id()), r.date().map(Object::toString).orElse(""), r.sourceCode(),
            r.targetCode().orElse(""), r.cameo(), Integer.toString(r.quadClass()), r.ploverType().orElse(""),
            String.format(java.util.Locale.ROOT, "%.2f", r.confidence()), r.placeName().orElse(""), r.articleId(),
            r.sentenceText()};
    }

    private void writeTable(Writer out) throws IOException {
        int n = COLUMNS.size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = COLUMNS.get(i).length();
        }
        List<String[]> all = rows.stream().map(QueryResult::cells).toList();
        for (String[] c : all) {
            c[n - 1] = c[n - 1].length() > 80 ? c[n - 1].substring(0, 77) + "..." : c[n - 1];
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], c[i].length());
            }
        }
        line(out, COLUMNS.toArray(String[]::new), width);
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        line(out, rule, width);
        for (String[] c : all) {
            line(out, c, width);
        }
        out.write(rows.size() + (rows.size() == 1 ? " event" : " events")
                + (truncated ? " (more matched: raise the limit)" : "") + "\n");
    }

    private static void line(Writer out, String[] cells, int[] width) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : "  ").append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(width[i] - cells[i].length()));
            }
        }
        out.write(sb.append('\n').toString());
    }

    private void writeCsv(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS) + "\n");
        for (EventRow r : rows) {
            String[] c = cells(r);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                sb.append(i == 0 ? "" : ",").append(Csv.quote(c[i]));
            }
            out.write(sb.append('\n').toString());
        }
    }

    private void writeJson(Writer out) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartArray();
        for (EventRow r : rows) {
            g.writeStartObject();
            g.writeNumberField("id", r.id());
            g.writeStringField("article", r.articleId());
            opt(g, "date", r.date().map(Object::toString));
            g.writeStringField("source", r.sourceCode());
            g.writeStringField("source_text", r.sourceText());
            opt(g, "target", r.targetCode());
            opt(g, "target_text", r.targetText());
            g.writeStringField("cameo", r.cameo());
            g.writeNumberField("quad_class", r.quadClass());
            g.writeNumberField("goldstein", r.goldstein());
            opt(g, "plover", r.ploverType());
            opt(g, "mode", r.ploverMode());
            opt(g, "context", r.ploverContext());
            g.writeStringField("factuality", r.factuality());
            g.writeNumberField("confidence", r.confidence());
            opt(g, "place", r.placeName());
            opt(g, "place_country", r.placeCountry());
            opt(g, "url", r.url());
            g.writeNumberField("incident", r.incidentId());
            g.writeStringField("sentence", r.sentenceText());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.write("\n");
    }

    private static void opt(JsonGenerator g, String name, Optional<String> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(name, v.get());
        } else {
            g.writeNullField(name);
        }
    }
}
