package org.dyad.app.eval;

import java.util.Optional;
import org.dyad.core.calibration.CalibrationKey;
import org.dyad.core.facts.Event;

/**
 * What the scorer needs of a coded event: actor codes, CAMEO code, PLOVER type, confidence and,
 * for fitting a calibration map, its typed features.
 *
 * @param key the event's calibration features; empty for predictions built by hand
 */
public record Prediction(String source, String target, String cameo, String type, double confidence,
        Optional<CalibrationKey> key) {
    public Prediction {
        if (source == null || target == null || cameo == null || type == null) {
            throw new IllegalArgumentException("a prediction needs source, target, CAMEO code and type");
        }
        key = key == null ? Optional.empty() : key;
    }

    /** A prediction without calibration features. */
    public Prediction(String source, String target, String cameo, String type, double confidence) {
        this(source, target, cameo, type, confidence, Optional.empty());
    }

    /** An event coded under the named conventions ({@code plover}, {@code cameo}). */
    public static Prediction of(Event e, String conventions) {
        return new Prediction(e.source().code().code(), e.target().map(t -> t.code().code()).orElse(""), e.cameo(),
                e.plover().map(p -> p.type().name()).orElse(GoldReader.NO_TYPE), e.confidence(),
                Optional.of(CalibrationKey.of(e, conventions)));
    }
}
