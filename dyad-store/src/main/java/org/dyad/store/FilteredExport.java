package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The events an {@link EventFilter} matches, written as CSV (the columns of the flat view, as
 * {@code dyad export --format csv}) or as GDELT 2.0 rows (one per incident that holds a matching
 * event, the incident's first event giving the fields, as {@code dyad export --format gdelt}).
 */
final class FilteredExport {
    private final Connection conn;

    FilteredExport(Connection conn) {
        this.conn = conn;
    }

    long csv(EventFilter filter, Writer out) throws SQLException, IOException {
        Queries.Filter f = filter.sql();
        String sql = Exporter.FLAT + " WHERE e.id IN (SELECT id FROM events WHERE " + f.where() + ") ORDER BY e.id";
        long n = 0;
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            Queries.bind(p, f.params());
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                int columns = meta.getColumnCount();
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i == 1 ? "" : ",").append(Csv.quote(meta.getColumnLabel(i)));
                }
                out.write(line.append('\n').toString());
                while (r.next()) {
                    line.setLength(0);
                    for (int i = 1; i <= columns; i++) {
                        String v = r.getString(i);
                        line.append(i == 1 ? "" : ",").append(v == null ? "" : Csv.quote(v));
                    }
                    out.write(line.append('\n').toString());
                    n++;
                }
            }
        }
        return n;
    }

    long gdelt(EventFilter filter, Writer out) throws SQLException, IOException {
        Queries.Filter f = filter.sql();
        String sql = "SELECT i.id AS incident, i.num_mentions, i.num_sources, i.num_articles, f.*"
                + " FROM incidents i JOIN (" + Exporter.FLAT + ") f ON f.id = i.first_event_id"
                + " WHERE i.id IN (SELECT incident_id FROM events WHERE " + f.where() + ") ORDER BY i.id";
        GdeltActorCodes codes = new GdeltActorCodes();
        String[] row = new String[61];
        long n = 0;
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            Queries.bind(p, f.params());
            try (ResultSet r = p.executeQuery()) {
                StringBuilder line = new StringBuilder();
                while (r.next()) {
                    Exporter.gdeltRow(r, codes, row);
                    line.setLength(0);
                    for (int i = 0; i < row.length; i++) {
                        line.append(i == 0 ? "" : "\t").append(Exporter.clean(row[i]));
                    }
                    out.write(line.append('\n').toString());
                    n++;
                }
            }
        }
        return n;
    }
}
