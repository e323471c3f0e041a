package org.dyad.core.calibration;

import java.util.List;
import java.util.Optional;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.PatternKind;

/**
 * The typed features confidence is calibrated by: the coding conventions, how the target and the
 * source were found, the kind of pattern that gave the code and the factuality. {@link #FEATURES}
 * names them in the order a {@link CalibrationFit} backs off from the most general to the most
 * specific: conventions, then target, pattern, source, factuality.
 *
 * @param pattern empty when the event's producer does not say
 */
public record CalibrationKey(String conventions, PartyClass target, Optional<PatternKind> pattern, PartyClass source,
        Factuality factuality) {
    /** Feature names in back-off order, as the map file's columns. */
    public static final List<String> FEATURES = List.of("conventions", "target", "pattern", "source", "factuality");
    /** How an absent pattern kind is written. */
    public static final String UNKNOWN = "unknown";

    public CalibrationKey {
        if (conventions == null || conventions.isBlank() || target == null || source == null || factuality == null) {
            throw new IllegalArgumentException("a calibration key needs conventions, both party classes and a factuality");
        }
        pattern = pattern == null ? Optional.empty() : pattern;
    }

    /** The key of a coded event under the named conventions. */
    public static CalibrationKey of(Event e, String conventions) {
        return new CalibrationKey(conventions, PartyClass.of(e.target()), e.pattern(), PartyClass.of(Optional.of(e.source())),
                e.factuality());
    }

    /** The features' values in {@link #FEATURES} order, lower case. */
    public List<String> values() {
        return List.of(conventions, target.name().toLowerCase(java.util.Locale.ROOT),
                pattern.map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).orElse(UNKNOWN),
                source.name().toLowerCase(java.util.Locale.ROOT), factuality.label());
    }
}
