package org.dyad.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Writes the store in the {@link ExportFormat}s. */
final class Exporter {
    /** The flat event view shared by CSV, Parquet, PLOVER and GeoJSON, one row per event. */
    static final String FLAT = "SELECT e.id, e.article_id, e.coder_event_id, e.event_date,"
            + " e.source_code, e.source_country, e.source_sector, e.source_text,"
            + " e.target_code, e.target_country, e.target_sector, e.target_text,"
            + " e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.plover_context,"
            + " e.factuality, e.confidence, e.sentence_index, e.sentence_start, e.sentence_end, e.sentence_text,"
            + " e.trigger_start, e.trigger_end, e.trigger_text, e.rule, e.mention_count,"
            + " e.dead, e.injured, e.arrested, e.participants,"
            + " e.geonameid, p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1,"
            + " p.lat, p.lon, e.incident_id, i.num_mentions AS incident_mentions,"
            + " i.num_articles AS incident_articles, i.num_sources AS incident_sources,"
            + " a.url, a.title, a.source AS outlet, a.published, a.ingested_at,"
            + " pv.dyad_version, pv.dictionary_hashes"
            + " FROM events e JOIN articles a ON a.id = e.article_id"
            + " JOIN incidents i ON i.id = e.incident_id"
            + " JOIN provenance pv ON pv.id = e.provenance_id"
            + " LEFT JOIN places p ON p.geonameid = e.geonameid";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Connection conn;
    private final ObjectMapper json = new ObjectMapper();

    Exporter(Connection conn) {
        this.conn = conn;
    }

    long export(ExportFormat format, Path out) throws SQLException, IOException {
        return switch (format) {
            case GDELT -> gdelt(out);
            case PLOVER -> plover(out);
            case PARQUET -> copy(out, "FORMAT parquet");
            case CSV -> copy(out, "FORMAT csv, HEADER true");
            case GEOJSON -> geojson(out);
            case PLACES -> placeMentions(out);
        };
    }

    private long copy(Path out, String options) throws SQLException, IOException {
        Files.deleteIfExists(out);
        try (Statement s = conn.createStatement()) {
            s.execute("COPY (" + FLAT + " ORDER BY e.id) TO '" + out.toString().replace("'", "''") + "' (" + options + ")");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The place mentions in article order, each with its place's name, country, admin1 and point. */
    private long placeMentions(Path out) throws SQLException, IOException {
        Files.deleteIfExists(out);
        String query = "SELECT m.article_id, m.start_char, m.end_char, m.text, m.kind, m.geonameid, p.name, p.country,"
                + " p.admin1, p.lat, p.lon, m.resolution, m.centroid, m.score, m.rule FROM place_mentions m"
                + " JOIN places p USING (geonameid) JOIN articles a ON a.id = m.article_id ORDER BY a.seq, m.start_char";
        try (Statement s = conn.createStatement()) {
            s.execute("COPY (" + query + ") TO '" + out.toString().replace("'", "''") + "' (FORMAT csv, HEADER true)");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM place_mentions")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * One line per incident in the GDELT 2.0 event codebook's column order, fields from the
     * incident's first event; see docs/store.md for the mapping.
     */
    private long gdelt(Path out) throws SQLException, IOException {
        GdeltActorCodes codes = new GdeltActorCodes();
        String sql = "SELECT i.id AS incident, i.num_mentions, i.num_sources, i.num_articles, f.*"
                + " FROM incidents i JOIN (" + FLAT + ") f ON f.id = i.first_event_id ORDER BY i.id";
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                Statement s = conn.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            String[] row = new String[61];
            while (r.next()) {
                gdeltRow(r, codes, row);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        w.write('\t');
                    }
                    w.write(clean(row[i]));
                }
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    static String clean(String s) {
        return GdeltRows.clean(s);
    }

    /** The GDELT row of the incident whose first event is the current row of {@code r} (see {@link GdeltRows}). */
    static void gdeltRow(ResultSet r, GdeltActorCodes codes, String[] row) throws SQLException {
        try {
            GdeltRows.fill(column -> {
                try {
                    return r.getObject(column);
                } catch (SQLException e) {
                    throw new StoreException("reading column " + column + " failed: " + e.getMessage(), e);
                }
            }, codes, row);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException q) {
                throw q;
            }
            throw e;
        }
    }

    /** PLOVER JSON lines, field names from the PLOVER manual, chapter 6 (Data Fields). */
    private long plover(Path out) throws SQLException, IOException {
        long n = 0;
        try (OutputStream os = Files.newOutputStream(out);
                JsonGenerator g = json.getFactory().createGenerator(os, JsonEncoding.UTF8);
                Statement s = conn.createStatement();
                // A PLOVER record needs a PLOVER event type: statements and appeals have none.
                ResultSet r = s.executeQuery(FLAT + " WHERE e.plover_type IS NOT NULL ORDER BY e.id")) {
            g.setRootValueSeparator(null);
            while (r.next()) {
                ploverRecord(g, r);
                g.flush();
                os.write('\n');
                n++;
            }
        }
        return n;
    }

    private void ploverRecord(JsonGenerator g, ResultSet r) throws SQLException, IOException {
        g.writeStartObject();
        g.writeStringField("id", "dyad-" + r.getLong("id"));
        LocalDate d = r.getObject("event_date", LocalDate.class);
        if (d == null) {
            g.writeNullField("date");
        } else {
            g.writeStringField("date", d.toString());
        }
        g.writeArrayFieldStart("actor");
        entity(g, r.getString("source_country"), r.getString("source_sector"), r.getString("source_text"));
        g.writeEndArray();
        g.writeArrayFieldStart("recipient");
        if (r.getString("target_code") != null) {
            entity(g, r.getString("target_country"), r.getString("target_sector"), r.getString("target_text"));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("event");
        g.writeString(r.getString("plover_type"));
        g.writeEndArray();
        list(g, "mode", r.getString("plover_mode"));
        list(g, "context", r.getString("plover_context"));
        int quad = r.getInt("quad_class");
        if (quad == 0) {
            g.writeNullField("quadcode");
        } else {
            g.writeNumberField("quadcode", quad);
        }
        g.writeNumberField("eventscale", r.getDouble("goldstein"));
        g.writeArrayFieldStart("eventtext");
        g.writeString(r.getString("trigger_text"));
        g.writeEndArray();
        long geonameid = r.getLong("geonameid");
        if (!r.wasNull()) {
            g.writeObjectFieldStart("eventloc");
            g.writeStringField("resolvedplace", r.getString("place_name"));
            g.writeNumberField("geonameid", geonameid);
            g.writeNumberField("lat", r.getDouble("lat"));
            g.writeNumberField("lon", r.getDouble("lon"));
            optString(g, "province", r.getString("place_admin1"));
            optString(g, "countrycode", r.getString("place_country"));
            g.writeEndObject();
        }
        g.writeStringField("link", "incident-" + r.getLong("incident_id"));
        g.writeObjectFieldStart("textinfo");
        g.writeNumberField("sequence", r.getInt("sentence_index"));
        g.writeNumberField("start", r.getInt("sentence_start"));
        g.writeNumberField("end", r.getInt("sentence_end"));
        g.writeEndObject();
        g.writeObjectFieldStart("citeinfo");
        optString(g, "url", r.getString("url"));
        optString(g, "title", r.getString("title"));
        optString(g, "publication", r.getString("outlet"));
        g.writeStringField("coder", "Dyad " + r.getString("dyad_version"));
        g.writeEndObject();
        g.writeStringField("coder", "Dyad " + r.getString("dyad_version"));
        LocalDateTime added = r.getObject("ingested_at", LocalDateTime.class);
        g.writeStringField("codeddate", added.toLocalDate().toString());
        size(g, "dead", r, "dead");
        size(g, "injured", r, "injured");
        size(g, "arrested", r, "arrested");
        size(g, "size", r, "participants");
        // Extension fields, as the manual invites: CAMEO coding, factuality, confidence, provenance.
        g.writeObjectFieldStart("dyad");
        g.writeStringField("article", r.getString("article_id"));
        g.writeStringField("cameo", r.getString("cameo"));
        g.writeStringField("source_code", r.getString("source_code"));
        optString(g, "target_code", r.getString("target_code"));
        g.writeStringField("factuality", r.getString("factuality"));
        g.writeNumberField("confidence", r.getDouble("confidence"));
        g.writeStringField("rule", r.getString("rule"));
        g.writeObjectFieldStart("dictionaries");
        Map<String, String> dicts = json.readValue(r.getString("dictionary_hashes"), new TypeReference<>() {});
        for (Map.Entry<String, String> e : dicts.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, String code, String sector, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", code);
        optString(g, "sector", sector);
        g.writeStringField("entitytext", text);
        g.writeEndObject();
    }

    private static void list(JsonGenerator g, String name, String value) throws IOException {
        g.writeArrayFieldStart(name);
        if (value != null) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void optString(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void size(JsonGenerator g, String name, ResultSet r, String col) throws SQLException, IOException {
        long v = r.getLong(col);
        if (!r.wasNull()) {
            g.writeNumberField(name, v);
        }
    }

    /** A FeatureCollection of located events, coordinates as [lon, lat]. */
    private long geojson(Path out) throws SQLException, IOException {
        long n = 0;
        try (OutputStream os = Files.newOutputStream(out);
                JsonGenerator g = json.getFactory().createGenerator(os, JsonEncoding.UTF8);
                Statement s = conn.createStatement();
                ResultSet r = s.executeQuery(FLAT + " WHERE e.geonameid IS NOT NULL ORDER BY e.id")) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            while (r.next()) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeNumberField("id", r.getLong("id"));
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(r.getDouble("lon"));
                g.writeNumber(r.getDouble("lat"));
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                LocalDate d = r.getObject("event_date", LocalDate.class);
                optString(g, "date", d == null ? null : d.toString());
                g.writeStringField("source", r.getString("source_code"));
                optString(g, "target", r.getString("target_code"));
                g.writeStringField("cameo", r.getString("cameo"));
                g.writeStringField("plover", r.getString("plover_type"));
                g.writeNumberField("quad_class", r.getInt("quad_class"));
                g.writeNumberField("goldstein", r.getDouble("goldstein"));
                g.writeStringField("place", r.getString("place_name"));
                optString(g, "country", r.getString("place_country"));
                g.writeNumberField("geonameid", r.getLong("geonameid"));
                g.writeNumberField("incident", r.getLong("incident_id"));
                g.writeStringField("article", r.getString("article_id"));
                optString(g, "url", r.getString("url"));
                g.writeEndObject();
                g.writeEndObject();
                n++;
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return n;
    }
}
