package org.dyad.core.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link CalibrationMap} from scored events: each event's key and whether it was right.
 * Cells back off along {@link CalibrationKey#FEATURES}: all events, then by conventions, then also
 * by target, pattern, source and factuality. A cell's probability is its share of right events
 * shrunk toward its parent's, {@code (right + m * parent) / (events + m)}, so a cell of three
 * events says little more than its parent; the root is {@code (right + 1) / (events + 2)}. A
 * written probability stays within [{@link #FLOOR}, 1 - {@link #FLOOR}]: a coder's reading is
 * never certain, and a study part of a few hundred events cannot say it is. Not thread-safe.
 */
public final class CalibrationFit {
    /** The least probability a cell says, and one minus the most. */
    public static final double FLOOR = 0.02;

    private final double strength;
    private final List<CalibrationKey> keys = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();

    /** @param strength the parent's weight {@code m}, in events */
    public CalibrationFit(double strength) {
        if (!(strength > 0)) {
            throw new IllegalArgumentException("the prior strength must be positive, found " + strength);
        }
        this.strength = strength;
    }

    /** Counts one scored event. */
    public void add(CalibrationKey key, boolean wasRight) {
        keys.add(key);
        right.add(wasRight);
    }

    public int events() {
        return keys.size();
    }

    /** The fitted map: every cell some event fell in, general cells first. */
    public CalibrationMap map(String version) {
        int width = CalibrationKey.FEATURES.size();
        List<CalibrationMap.Cell> cells = new ArrayList<>();
        Map<List<String>, Double> previous = Map.of();
        for (int level = 0; level <= width; level++) {
            Map<List<String>, int[]> counts = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                int[] c = counts.computeIfAbsent(prefix(keys.get(i).values(), level), k -> new int[2]);
                c[0]++;
                c[1] += right.get(i) ? 1 : 0;
            }
            Map<List<String>, Double> current = new LinkedHashMap<>();
            for (Map.Entry<List<String>, int[]> e : counts.entrySet()) {
                int n = e.getValue()[0];
                int r = e.getValue()[1];
                double p = level == 0 ? (r + 1.0) / (n + 2.0)
                        : (r + strength * previous.get(prefix(e.getKey(), level - 1))) / (n + strength);
                current.put(e.getKey(), p);
                cells.add(new CalibrationMap.Cell(e.getKey(), n, r, Math.max(FLOOR, Math.min(1 - FLOOR, p))));
            }
            previous = current;
        }
        return new CalibrationMap(cells, version);
    }

    /** The first {@code level} values, the rest {@link CalibrationMap#ANY}. */
    private static List<String> prefix(List<String> values, int level) {
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(i < level ? values.get(i) : CalibrationMap.ANY);
        }
        return out;
    }
}
