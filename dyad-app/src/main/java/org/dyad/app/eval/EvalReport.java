package org.dyad.app.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring coded events against a gold file.
 *
 * @param metrics P/R/F1 by measure name, in a fixed order (see {@link EvalScorer})
 * @param confusion counts by gold PLOVER type (rows, {@code none} for a spurious event) and
 *     predicted type (columns, {@code none} for a missed event)
 * @param calibration confidence bins of width 0.1 with the share of events in each that were right
 * @param categories records and fully right records per category
 * @param records one outcome per record, in gold order
 * @param scored each scored event's calibration features and whether it was right (the events
 *     whose prediction carried features), for fitting a calibration map
 */
public record EvalReport(int recordCount, Map<String, Prf> metrics, Map<String, Map<String, Integer>> confusion,
        List<Bin> calibration, Map<String, Category> categories, List<Outcome> records, List<Scored> scored) {

    /** A report without scored features. */
    public EvalReport(int recordCount, Map<String, Prf> metrics, Map<String, Map<String, Integer>> confusion,
            List<Bin> calibration, Map<String, Category> categories, List<Outcome> records) {
        this(recordCount, metrics, confusion, calibration, categories, records, List.of());
    }

    /** One emitted event's calibration features and whether its relaxed triple was in the gold. */
    public record Scored(org.dyad.core.calibration.CalibrationKey key, boolean right) {
        public Scored {
            java.util.Objects.requireNonNull(key, "key");
        }
    }

    public EvalReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        confusion = Collections.unmodifiableMap(new TreeMap<>(confusion));
        calibration = List.copyOf(calibration);
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        records = List.copyOf(records);
        scored = List.copyOf(scored);
    }

    /** Events whose confidence lies in [{@code from}, {@code to}), and how many were right. */
    public record Bin(double from, double to, int events, int right, double meanConfidence) {
        public double accuracy() {
            return events == 0 ? 0 : (double) right / events;
        }
    }

    public record Category(int records, int fullyRight) {
        public double share() {
            return records == 0 ? 0 : (double) fullyRight / records;
        }
    }

    /** One record: its gold and predicted triples ({@code SOURCE TARGET EVENT}) and whether they agree exactly. */
    public record Outcome(String id, String category, boolean fullyRight, List<String> gold, List<String> predicted) {
        public Outcome {
            gold = List.copyOf(gold);
            predicted = List.copyOf(predicted);
        }
    }

    /** Share of records whose exact triples equal the gold's. */
    /**
     * Over the records whose gold names a source, the share where one of Dyad's events has a
     * source country (the first three letters of its code) that a gold source has.
     */
    public double sourceCountryRecordShare() {
        long named = 0;
        long found = 0;
        for (Outcome o : records) {
            java.util.Set<String> gold = countries(o.gold());
            if (gold.isEmpty()) {
                continue;
            }
            named++;
            if (countries(o.predicted()).stream().anyMatch(gold::contains)) {
                found++;
            }
        }
        return named == 0 ? 0 : (double) found / named;
    }

    private static java.util.Set<String> countries(List<String> triples) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : triples) {
            String source = t.split(" ", 2)[0];
            if (source.length() >= 3 && !source.startsWith("-")) {
                out.add(source.substring(0, 3));
            }
        }
        return out;
    }

    public double fullyRightShare() {
        return records.isEmpty() ? 0 : (double) records.stream().filter(Outcome::fullyRight).count() / records.size();
    }

    /**
     * Expected calibration error: the event-weighted mean gap between confidence and accuracy
     * over the bins.
     */
    public double calibrationError() {
        int total = calibration.stream().mapToInt(Bin::events).sum();
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        for (Bin b : calibration) {
            sum += b.events() * Math.abs(b.meanConfidence() - b.accuracy());
        }
        return sum / total;
    }
}
