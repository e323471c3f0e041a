package org.dyad.gazetteer.eval;

/**
 * One error of a geoparser on a gold article, for reading study articles.
 *
 * @param outcome a gold toponym not found, found but placed 161 km or more away, or a prediction
 *     no gold toponym overlaps
 * @param gold the gold name, or "" for an extra
 * @param predicted what the parser answered, or "" for a miss
 * @param km the error distance of a wrong answer, else 0
 * @param context the text around the span, the span in {@code [[ ]]}
 */
public record GeoCase(Outcome outcome, String articleId, String gold, String predicted, double km, String context) {
    /** What kind of error. */
    public enum Outcome { MISS, WRONG, EXTRA }
}
