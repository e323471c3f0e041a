package org.dyad.core.calibration;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * The probability that a coded event is right, by its {@link CalibrationKey}: versioned data,
 * fitted on the study parts of the gold sets by {@link CalibrationFit} and read by the engine
 * (docs/coding.md, "Calibrated confidence"). Each cell names a value or {@code *} (any) for each
 * feature; a key takes the probability of the matching cell that names the most features, the
 * earlier cell on a tie.
 *
 * <pre>
 * #format dyad-calibration/1
 * #version study-2026-12-07
 * # conventions  target  pattern  source  factuality  events  right  probability
 * *              *       *        *       *           412     251    0.609
 * plover         none    *        *       *           86      5      0.077
 * plover         named   slot     named   asserted    40      33     0.812
 * </pre>
 */
public final class CalibrationMap {
    public static final String FORMAT = "dyad-calibration/1";
    /** A feature value matching any. */
    public static final String ANY = "*";

    /** One cell: the feature values (or {@link #ANY}), the study events it counted, how many were right, the probability. */
    public record Cell(List<String> values, int events, int right, double probability) {
        public Cell {
            values = List.copyOf(values);
            if (values.size() != CalibrationKey.FEATURES.size()) {
                throw new IllegalArgumentException("a cell names " + CalibrationKey.FEATURES.size() + " features "
                        + CalibrationKey.FEATURES + ", found " + values.size());
            }
            if (events < 0 || right < 0 || right > events) {
                throw new IllegalArgumentException("a cell needs 0 <= right <= events, found " + right + " of " + events);
            }
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability " + probability + " outside [0, 1]");
            }
        }

        /** How many features this cell names. */
        int named() {
            return (int) values.stream().filter(v -> !v.equals(ANY)).count();
        }

        boolean matches(List<String> key) {
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).equals(ANY) && !values.get(i).equals(key.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Cell> cells;
    private final String version;

    public CalibrationMap(List<Cell> cells, String version) {
        this.cells = List.copyOf(cells);
        this.version = version == null ? "" : version;
    }

    /** A map with no cell: every event keeps the confidence it was coded with. */
    public static CalibrationMap empty() {
        return new CalibrationMap(List.of(), "none");
    }

    /** The probability for a key: the matching cell that names the most features; empty when no cell matches. */
    public Optional<Double> probability(CalibrationKey key) {
        return cell(key).map(Cell::probability);
    }

    /** The cell a key is calibrated by. */
    public Optional<Cell> cell(CalibrationKey key) {
        List<String> values = key.values();
        Cell best = null;
        for (Cell c : cells) {
            if (c.matches(values) && (best == null || c.named() > best.named())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Cell> cells() {
        return cells;
    }

    public String version() {
        return version;
    }

    /**
     * Reads a {@code dyad-calibration/1} file: five feature values (or {@code *}), events, right,
     * probability.
     *
     * @throws DictionaryFormatException naming the file and line of a bad line
     */
    public static CalibrationMap read(Reader in, String name) {
        DictionaryReader.Parsed parsed = DictionaryReader.parse(in, name);
        if (!parsed.format().equals(FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + FORMAT + "'");
        }
        List<Cell> out = new ArrayList<>();
        int width = CalibrationKey.FEATURES.size();
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != width + 3) {
                throw new DictionaryFormatException(name, line.number(), "expected " + (width + 3) + " tab-separated "
                        + "fields (" + String.join(", ", CalibrationKey.FEATURES) + ", events, right, probability), found "
                        + f.length);
            }
            try {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    values.add(f[i].trim().toLowerCase(Locale.ROOT));
                }
                out.add(new Cell(values, Integer.parseInt(f[width].trim()), Integer.parseInt(f[width + 1].trim()),
                        Double.parseDouble(f[width + 2].trim())));
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name, line.number(), e.getMessage()
                        + " (events and right are counts, probability a number from 0 to 1)");
            }
        }
        return new CalibrationMap(out, name + "@" + parsed.version());
    }

    /** This map as a {@code dyad-calibration/1} file, with {@code comments} (one a line) after the header. */
    public String text(String fileVersion, List<String> comments) {
        StringBuilder out = new StringBuilder("#format " + FORMAT + "\n#version " + fileVersion + "\n");
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        out.append("# ").append(String.join("\t", CalibrationKey.FEATURES)).append("\tevents\tright\tprobability\n");
        for (Cell c : cells) {
            out.append(String.join("\t", c.values())).append('\t').append(c.events()).append('\t').append(c.right())
                    .append('\t').append(String.format(Locale.ROOT, "%.3f", c.probability())).append('\n');
        }
        return out.toString();
    }
}
