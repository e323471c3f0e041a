package org.dyad.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * GDELT 2.0 event rows, one per incident, in the event codebook's column order, with the fields
 * of the incident's first event (docs/store.md has the mapping): what {@code dyad export --format
 * gdelt} writes, for code outside the store that has the same fields (a Spark job).
 *
 * <pre>{@code
 * String line = new GdeltRows().line(column -> firstEvent.get(column));
 * }</pre>
 */
public final class GdeltRows {
    /** The number of columns of a GDELT 2.0 event row. */
    public static final int COLUMNS = 61;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * A field by the name of its column in the store's flat export view ({@code event_date},
     * {@code source_code}, {@code place_name}, {@code ingested_at} ...), and {@code incident},
     * {@code num_mentions}, {@code num_sources}, {@code num_articles} for the incident: a string, a
     * number, a date ({@link LocalDate}, {@link java.sql.Date} or ISO text), a time
     * ({@link LocalDateTime} or {@link java.sql.Timestamp}), or null.
     */
    @FunctionalInterface
    public interface Fields {
        Object get(String column);
    }

    private final GdeltActorCodes codes = new GdeltActorCodes();

    /** The row as one tab-separated line, without its line end; tabs and line ends in fields become spaces. */
    public String line(Fields f) {
        String[] row = new String[COLUMNS];
        fill(f, codes, row);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(i == 0 ? "" : "\t").append(clean(row[i]));
        }
        return line.toString();
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static void fill(Fields r, GdeltActorCodes codes, String[] row) {
        java.util.Arrays.fill(row, "");
        row[0] = Long.toString(number(r, "incident").longValue());
        LocalDate d = date(r.get("event_date"));
        if (d != null) {
            row[1] = d.format(DAY);
            row[2] = row[1].substring(0, 6);
            row[3] = Integer.toString(d.getYear());
            double frac = (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
            row[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + frac);
        }
        actor(row, 5, string(r, "source_code"), string(r, "source_text"), codes);
        actor(row, 15, string(r, "target_code"), string(r, "target_text"), codes);
        row[25] = number(r, "sentence_index").intValue() == 0 ? "1" : "0";
        String cameo = string(r, "cameo");
        row[26] = cameo;
        row[27] = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
        row[28] = cameo.substring(0, 2);
        int quad = number(r, "quad_class").intValue();
        row[29] = Integer.toString(quad == 0 ? 1 : quad); // GDELT has no neutral class: 0 goes to verbal cooperation
        row[30] = num(number(r, "goldstein").doubleValue());
        row[31] = Long.toString(number(r, "num_mentions").longValue());
        row[32] = Long.toString(number(r, "num_sources").longValue());
        row[33] = Long.toString(number(r, "num_articles").longValue());
        // 34 AvgTone, 35-50 Actor1Geo_* and Actor2Geo_*: we have no tone and no actor locations.
        Object geonameid = r.get("geonameid");
        if (geonameid != null) {
            String name = string(r, "place_name");
            String country = string(r, "place_country");
            String admin1 = string(r, "place_admin1");
            row[51] = admin1 == null ? "1" : "4";
            StringBuilder full = new StringBuilder(name == null ? "" : name);
            if (admin1 != null) {
                full.append(", ").append(admin1);
            }
            if (country != null) {
                full.append(", ").append(country);
            }
            row[52] = full.toString();
            row[53] = country == null ? "" : country;
            row[54] = admin1 == null || country == null ? "" : country + admin1;
            row[56] = r.get("lat") == null ? "" : num(number(r, "lat").doubleValue());
            row[57] = r.get("lon") == null ? "" : num(number(r, "lon").doubleValue());
            row[58] = Long.toString(((Number) geonameid).longValue());
        }
        LocalDateTime added = time(r.get("ingested_at"));
        row[59] = added == null ? "" : added.format(ADDED);
        String url = string(r, "url");
        row[60] = url == null ? "" : url;
    }

    private static void actor(String[] row, int at, String code, String name, GdeltActorCodes codes) {
        if (code == null) {
            return;
        }
        GdeltActorCodes.Parts p = codes.split(code);
        row[at] = GdeltActorCodes.gdeltCode(code);
        row[at + 1] = name == null ? "" : name.toUpperCase(Locale.ROOT);
        row[at + 2] = p.country();
        row[at + 3] = p.knownGroup();
        row[at + 4] = ""; // EthnicCode: CAMEO ethnic codes are lower-case and not part of our actor codes
        row[at + 5] = p.religion1();
        row[at + 6] = p.religion2();
        row[at + 7] = p.type1();
        row[at + 8] = p.type2();
        row[at + 9] = p.type3();
    }

    private static String string(Fields r, String column) {
        Object v = r.get(column);
        return v == null ? null : v.toString();
    }

    private static Number number(Fields r, String column) {
        Object v = r.get(column);
        if (v instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("the GDELT row needs the number " + column + ", not " + v);
    }

    private static LocalDate date(Object v) {
        if (v == null || v instanceof LocalDate) {
            return (LocalDate) v;
        }
        return v instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(v.toString());
    }

    private static LocalDateTime time(Object v) {
        if (v == null || v instanceof LocalDateTime) {
            return (LocalDateTime) v;
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        return LocalDateTime.parse(v.toString());
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
