package org.dyad.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static final String MAP = """
            #format dyad-calibration/1
            #version test-1
            # conventions  target  pattern  source  factuality  events  right  probability
            *	*	*	*	*	100	60	0.600
            plover	none	*	*	*	20	2	0.120
            plover	named	*	*	*	50	40	0.790
            plover	named	slot	named	asserted	10	10	0.900
            """;

    private static EventActor party(String code, ActorBasis basis) {
        return new EventActor(new ActorCode(code), code, new Span(0, 3), Optional.empty(), basis);
    }

    private static Event event(Optional<EventActor> target, Optional<PatternKind> pattern, Factuality factuality) {
        Event e = new Event("a", "a-e1", 0, new Span(0, 20), "Gondor attacked Rohan", party("GON", ActorBasis.NAME),
                target, "190", 4, -10, Optional.of(new Plover(PloverType.ASSAULT, Optional.empty(), Optional.empty())),
                factuality, 0.65, new Span(7, 15), "attacked", "attack", List.of(), null);
        return pattern.map(e::withPattern).orElse(e);
    }

    @Test
    void a_key_takes_the_matching_cell_that_names_the_most_features() {
        CalibrationMap map = CalibrationMap.read(new StringReader(MAP), "test.tsv");
        assertEquals("test.tsv@test-1", map.version());
        CalibrationKey full = new CalibrationKey("plover", PartyClass.NAMED, Optional.of(PatternKind.SLOT),
                PartyClass.NAMED, Factuality.ASSERTED);
        assertEquals(0.9, map.probability(full).orElseThrow(), 1e-9);
        CalibrationKey byDefault = new CalibrationKey("plover", PartyClass.NAMED, Optional.of(PatternKind.DEFAULT),
                PartyClass.NAMED, Factuality.ASSERTED);
        assertEquals(0.79, map.probability(byDefault).orElseThrow(), 1e-9, "backs off to conventions and target");
        CalibrationKey suite = new CalibrationKey("cameo", PartyClass.NAMED, Optional.empty(), PartyClass.NAMED,
                Factuality.FUTURE);
        assertEquals(0.6, map.probability(suite).orElseThrow(), 1e-9, "unseen conventions take the root cell");
        assertTrue(CalibrationMap.empty().probability(full).isEmpty());
    }

    @Test
    void a_bad_line_names_its_file_and_line() {
        DictionaryFormatException wrongWidth = assertThrows(DictionaryFormatException.class, () -> CalibrationMap.read(
                new StringReader("#format dyad-calibration/1\n*\t*\t*\t*\t*\t10\t2\n"), "mine.tsv"));
        assertTrue(wrongWidth.getMessage().startsWith("mine.tsv:2: expected 8"), wrongWidth.getMessage());
        DictionaryFormatException tooMany = assertThrows(DictionaryFormatException.class, () -> CalibrationMap.read(
                new StringReader("#format dyad-calibration/1\n*\t*\t*\t*\t*\t10\t12\t0.5\n"), "mine.tsv"));
        assertTrue(tooMany.getMessage().contains("right <= events"), tooMany.getMessage());
        assertThrows(DictionaryFormatException.class, () -> CalibrationMap.read(
                new StringReader("#format dyad-verbs/1\n"), "mine.tsv"));
    }

    @Test
    void the_calibrator_sets_confidence_from_the_events_typed_features() {
        ConfidenceCalibrator calibrator = new ConfidenceCalibrator(CalibrationMap.read(new StringReader(MAP), "t"),
                "plover");
        Event named = event(Optional.of(party("ROH", ActorBasis.NAME)), Optional.of(PatternKind.SLOT),
                Factuality.ASSERTED);
        assertEquals(0.9, calibrator.calibrate(named).confidence(), 1e-9);
        Event noTarget = event(Optional.empty(), Optional.of(PatternKind.SLOT), Factuality.ASSERTED);
        assertEquals(0.12, calibrator.calibrate(noTarget).confidence(), 1e-9);
        Event unknownPattern = event(Optional.of(party("ROH", ActorBasis.NAME)), Optional.empty(), Factuality.ASSERTED);
        assertEquals(0.79, calibrator.calibrate(unknownPattern).confidence(), 1e-9,
                "an event whose producer names no pattern kind backs off past the pattern");
        Event uncalibrated = event(Optional.empty(), Optional.empty(), Factuality.ASSERTED);
        assertEquals(0.65, new ConfidenceCalibrator(CalibrationMap.empty(), "plover").calibrate(uncalibrated)
                .confidence(), 1e-9, "an empty map leaves the coded confidence");
    }

    @Test
    void every_actor_basis_has_a_party_class() {
        assertEquals(PartyClass.NAMED, PartyClass.of(ActorBasis.CAPITAL));
        assertEquals(PartyClass.UNKNOWN_COUNTRY, PartyClass.of(ActorBasis.UNOWNED_ROLE));
        assertEquals(PartyClass.REFERRED, PartyClass.of(ActorBasis.PRONOUN));
        assertEquals(PartyClass.UNNAMED, PartyClass.of(ActorBasis.UNNAMED_PERPETRATOR));
        assertEquals(PartyClass.NONE, PartyClass.of(Optional.empty()));
    }

    @Test
    void a_fit_shrinks_each_cell_toward_its_parent_and_reads_back_the_same() {
        CalibrationFit fit = new CalibrationFit(5);
        CalibrationKey withTarget = new CalibrationKey("plover", PartyClass.NAMED, Optional.of(PatternKind.SLOT),
                PartyClass.NAMED, Factuality.ASSERTED);
        CalibrationKey without = new CalibrationKey("plover", PartyClass.NONE, Optional.of(PatternKind.DEFAULT),
                PartyClass.NAMED, Factuality.ASSERTED);
        for (int i = 0; i < 8; i++) {
            fit.add(withTarget, i < 6);
            fit.add(without, i < 1);
        }
        CalibrationMap map = fit.map("fit-test");
        double root = (7 + 1) / (16 + 2.0);
        assertEquals(root, map.cells().get(0).probability(), 1e-9);
        assertEquals(List.of("*", "*", "*", "*", "*"), map.cells().get(0).values());
        double conventions = (7 + 5 * root) / (16 + 5);
        double named = (6 + 5 * conventions) / (8 + 5);
        CalibrationMap.Cell byTarget = map.cells().stream()
                .filter(c -> c.values().equals(List.of("plover", "named", "*", "*", "*"))).findFirst().orElseThrow();
        assertEquals(named, byTarget.probability(), 1e-9);
        assertEquals(8, byTarget.events());
        assertEquals(6, byTarget.right());
        double p = map.probability(withTarget).orElseThrow();
        assertTrue(p > root && p < 6 / 8.0, "between the root and the raw share: " + p);
        assertTrue(map.probability(without).orElseThrow() < 0.3);
        CalibrationMap back = CalibrationMap.read(new StringReader(map.text("fit-test", List.of("a test"))), "back");
        assertEquals(map.cells().size(), back.cells().size());
        assertEquals(p, back.probability(withTarget).orElseThrow(), 0.0005);
    }

    @Test
    void a_fitted_probability_is_never_certain() {
        CalibrationFit fit = new CalibrationFit(1);
        CalibrationKey key = new CalibrationKey("cameo", PartyClass.NAMED, Optional.of(PatternKind.PHRASE),
                PartyClass.NAMED, Factuality.ASSERTED);
        for (int i = 0; i < 500; i++) {
            fit.add(key, true);
        }
        assertEquals(1 - CalibrationFit.FLOOR, fit.map("v").probability(key).orElseThrow(), 1e-9);
    }
}
