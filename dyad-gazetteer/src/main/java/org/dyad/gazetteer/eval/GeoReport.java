package org.dyad.gazetteer.eval;

import java.util.List;

/**
 * A geo evaluation: each system's scores on one part of a gold set, and the systems compared on
 * the toponyms all of them matched (resolution with recognition held equal).
 *
 * @param part {@code study}, {@code check} or {@code all}
 */
public record GeoReport(String gold, String part, int articles, int toponyms, List<Row> rows, Common common) {
    public GeoReport {
        rows = List.copyOf(rows);
    }

    /** One system's scores and the seconds it took. */
    public record Row(String system, GeoScore score, double seconds) {
    }

    /** Acc@161km, mean km and AUC of two systems over the toponyms both matched. */
    public record Common(String systemA, GeoScore a, String systemB, GeoScore b) {
    }
}
