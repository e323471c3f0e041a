package org.dyad.core.calibration;

import java.util.List;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.facts.Event;
import org.dyad.core.pipeline.Stage;

/**
 * Sets each event's confidence to the probability, read from a {@link CalibrationMap}, that an
 * event with its typed features is right: after the coder, so every kind of event is calibrated
 * alike. An event no cell matches keeps the confidence it was coded with.
 */
public final class ConfidenceCalibrator implements Stage {
    private final CalibrationMap map;
    private final String conventions;

    /** @param conventions the name of the conventions the engine codes by ({@code plover}, {@code cameo}) */
    public ConfidenceCalibrator(CalibrationMap map, String conventions) {
        if (map == null || conventions == null || conventions.isBlank()) {
            throw new IllegalArgumentException("a calibrator needs its map and the conventions' name");
        }
        this.map = map;
        this.conventions = conventions;
    }

    @Override
    public String name() {
        return "calibration";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.EVENTS);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.EVENTS);
    }

    @Override
    public Document apply(Document doc) {
        if (doc.events().isEmpty() || map.cells().isEmpty()) {
            return doc;
        }
        List<Event> calibrated = doc.events().stream().map(this::calibrate).toList();
        return doc.withEvents(calibrated);
    }

    /** One event with its calibrated confidence. */
    public Event calibrate(Event e) {
        return map.probability(CalibrationKey.of(e, conventions)).map(e::withConfidence).orElse(e);
    }
}
