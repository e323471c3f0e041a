package org.dyad.store;

import java.sql.SQLException;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.dyad.core.facts.PlaceMention;

/** A place mention as a row of {@code place_mentions}, in the table's column order (migration V006). */
final class PlaceMentionRows {
    private PlaceMentionRows() {
    }

    static DuckDBAppender append(DuckDBAppender row, String articleId, PlaceMention m) throws SQLException {
        return row.append(articleId).append(m.start()).append(m.end()).append(m.text())
                .append(m.kind().name().toLowerCase(Locale.ROOT)).append(m.place().geonameid())
                .append(m.resolution().name().toLowerCase(Locale.ROOT)).append(m.centroid()).append(m.score())
                .append(m.evidence().rule());
    }
}
