package org.dyad.codebooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.calibration.CalibrationMap;

/**
 * The confidence calibration maps: the bundled one, fitted on the study parts of the gold sets
 * ({@code dyad eval --fit-calibration}, docs/evaluation.md), or a user's file.
 */
public final class Calibrations {
    /** Where the bundled map lies on the classpath. */
    public static final String BUNDLED = "/org/dyad/codebooks/calibration/confidence.tsv";

    private Calibrations() {
    }

    /** The bundled map. */
    public static CalibrationMap bundled() {
        try (InputStream in = Calibrations.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled calibration map " + BUNDLED + " is missing from the "
                        + "classpath; rebuild dyad-codebooks");
            }
            return CalibrationMap.read(new InputStreamReader(in, StandardCharsets.UTF_8), "confidence.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled calibration map", e);
        }
    }

    /** A map file of one's own. */
    public static CalibrationMap read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CalibrationMap.read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calibration map " + file, e);
        }
    }
}
