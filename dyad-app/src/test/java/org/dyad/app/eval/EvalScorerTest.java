package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scoring hand-made predictions against hand-made gold records: no model needed. */
class EvalScorerTest {

    private static GoldEvent cameo(String source, String target, String code, String type) {
        return new GoldEvent(source, target, Optional.of(code), type);
    }

    private static GoldEvent plover(String source, String target, String type) {
        return new GoldEvent(source, target, Optional.empty(), type);
    }

    private static GoldRecord record(String id, GoldEvent... events) {
        return new GoldRecord(id, "TEST", "text of " + id, Optional.empty(), List.of(events));
    }

    private static Prediction predicted(String source, String target, String code, String type, double confidence) {
        return new Prediction(source, target, code, type, confidence);
    }

    private static EvalReport score(GoldRecord gold, Prediction... predicted) {
        EvalScorer scorer = new EvalScorer();
        scorer.add(gold, List.of(predicted));
        return scorer.report();
    }

    @Test
    void an_exact_prediction_is_right_on_every_measure_and_the_record_is_fully_right() {
        EvalReport r = score(record("r1", cameo("ARNGOV", "GON", "050", "SUPPORT")),
                predicted("ARNGOV", "GON", "050", "SUPPORT", 0.9));
        for (String measure : EvalScorer.MEASURES) {
            if (!measure.equals("material conflict")) {
                assertEquals(new Prf(1, 0, 0), r.metrics().get(measure), measure);
            }
        }
        assertEquals(new Prf(0, 0, 0), r.metrics().get("material conflict"), "SUPPORT is no material conflict");
        assertEquals(1.0, r.fullyRightShare());
    }

    @Test
    void material_conflict_precision_is_the_share_of_emitted_conflict_types_the_gold_sentence_has() {
        EvalScorer scorer = new EvalScorer();
        scorer.add(record("arrest", plover(GoldEvent.ANY_PARTY, "", "COERCE")),
                List.of(predicted("USACOP", "", "173", "COERCE", 0.5), predicted("USA", "", "040", "CONSULT", 0.5)));
        scorer.add(record("statement"), List.of(predicted("FRA", "DEU", "190", "ASSAULT", 0.5)));
        scorer.add(record("missed", plover("SYR", "", "PROTEST")), List.of());
        Prf conflict = scorer.report().metrics().get("material conflict");
        assertEquals(new Prf(1, 1, 1), conflict);
        assertEquals(0.5, conflict.precision());
    }

    @Test
    void a_gold_party_left_open_matches_any_predicted_party_on_type_and_source_country() {
        EvalReport r = score(record("wn", plover(GoldEvent.ANY_PARTY, GoldEvent.ANY_PARTY, "COERCE")),
                predicted("---COP", "NGA", "173", "COERCE", 0.5));
        assertEquals(new Prf(1, 0, 0), r.metrics().get("type + source country"));
        assertEquals(new Prf(1, 0, 0), r.metrics().get("triple type"));
        assertEquals(1, r.calibration().stream().mapToInt(EvalReport.Bin::right).sum(), "the relaxed triple is right");
    }

    @Test
    void the_record_share_of_source_countries_counts_records_whose_gold_names_a_source() {
        EvalScorer scorer = new EvalScorer();
        scorer.add(record("found", plover("USAGOV", "IRQ", "ASSAULT")), List.of(predicted("USAMIL", "", "190",
                "ASSAULT", 0.5)));
        scorer.add(record("missed", plover("RUS", "UKR", "ASSAULT")), List.of());
        scorer.add(record("wrong", plover("CHN", "JPN", "THREATEN")), List.of(predicted("JPN", "CHN", "130",
                "THREATEN", 0.5)));
        scorer.add(record("unnamed", plover("-", "SYR", "ASSAULT")), List.of());
        assertEquals(1.0 / 3, scorer.report().sourceCountryRecordShare(), 1e-9);
    }

    @Test
    void a_wrong_role_and_sub_code_miss_the_exact_triple_but_match_the_relaxed_one() {
        EvalReport r = score(record("r1", cameo("ARNGOV", "GON", "057", "AGREE")),
                predicted("ARN", "GON", "050", "SUPPORT", 0.7));
        assertEquals(new Prf(0, 1, 1), r.metrics().get("triple exact"));
        assertEquals(new Prf(0, 1, 1), r.metrics().get("source"));
        assertEquals(new Prf(1, 0, 0), r.metrics().get("source country"));
        assertEquals(new Prf(1, 0, 0), r.metrics().get("cameo root"));
        assertEquals(new Prf(1, 0, 0), r.metrics().get("triple relaxed"));
        assertEquals(new Prf(0, 1, 1), r.metrics().get("event type"));
        assertFalse(r.records().get(0).fullyRight());
    }

    @Test
    void every_event_coded_from_a_record_without_gold_events_is_a_false_positive() {
        EvalReport r = score(record("none"), predicted("ARN", "GON", "190", "ASSAULT", 0.6),
                predicted("GON", "ARN", "190", "ASSAULT", 0.6));
        assertEquals(new Prf(0, 2, 0), r.metrics().get("triple exact"));
        assertEquals(Map.of("ASSAULT", 1), r.confusion().get("none"));
        assertFalse(r.records().get(0).fullyRight());
    }

    @Test
    void a_record_without_gold_events_and_without_predictions_is_fully_right() {
        EvalReport r = score(record("none"));
        assertTrue(r.records().get(0).fullyRight());
        assertEquals(new Prf(0, 0, 0), r.metrics().get("triple exact"));
    }

    @Test
    void a_gold_event_without_target_matches_a_prediction_with_any_target() {
        EvalReport r = score(record("p1", plover("USA", "", "AGREE")), predicted("USA", "JOR", "057", "AGREE", 0.8));
        assertEquals(new Prf(1, 0, 0), r.metrics().get("triple exact"));
        assertEquals(new Prf(0, 0, 0), r.metrics().get("target"), "a missing gold target is not scored");
        assertEquals(new Prf(0, 0, 0), r.metrics().get("cameo root"), "PLOVER gold has no CAMEO codes");
    }

    @Test
    void a_gold_event_whose_target_is_none_matches_only_a_prediction_without_target() {
        GoldRecord gold = record("c1", cameo("BREGOV", GoldEvent.NO_TARGET, "010", "NO_PLOVER"));
        assertEquals(1.0, score(gold, predicted("BREGOV", "", "010", "NO_PLOVER", 0.1)).fullyRightShare());
        assertEquals(0.0, score(gold, predicted("BREGOV", "GON", "010", "NO_PLOVER", 0.6)).fullyRightShare());
    }

    @Test
    void type_and_source_country_ignore_target_and_role() {
        EvalReport r = score(record("p2", plover("SRBGOV", "IGO", "REJECT")),
                predicted("SRB", "USA", "120", "REJECT", 0.8));
        assertEquals(new Prf(1, 0, 0), r.metrics().get("type + source country"));
        assertEquals(new Prf(0, 1, 1), r.metrics().get("triple type"));
    }

    @Test
    void the_confusion_table_pairs_a_missed_gold_type_with_the_wrong_predicted_type() {
        EvalScorer scorer = new EvalScorer();
        scorer.add(record("a", plover("ISR", "PSE", "ASSAULT")), List.of(predicted("ISR", "PSE", "173", "COERCE", 0.7)));
        scorer.add(record("b", plover("ISR", "PSE", "ASSAULT")), List.of());
        scorer.add(record("c", plover("ISR", "PSE", "ASSAULT")), List.of(predicted("ISR", "PSE", "190", "ASSAULT", 0.7)));
        Map<String, Integer> row = scorer.report().confusion().get("ASSAULT");
        assertEquals(Map.of("COERCE", 1, "none", 1, "ASSAULT", 1), row);
    }

    @Test
    void calibration_bins_count_the_events_whose_relaxed_triple_is_in_the_gold() {
        EvalScorer scorer = new EvalScorer();
        scorer.add(record("a", cameo("ARN", "GON", "040", "CONSULT")), List.of(
                predicted("ARNGOV", "GON", "042", "CONSULT", 0.85),
                predicted("GON", "ARN", "040", "CONSULT", 0.82)));
        scorer.add(record("b"), List.of(predicted("ARN", "GON", "190", "ASSAULT", 0.35)));
        EvalReport r = scorer.report();
        EvalReport.Bin high = r.calibration().get(8);
        assertEquals(2, high.events());
        assertEquals(1, high.right());
        assertEquals(0.5, high.accuracy());
        assertEquals(1, r.calibration().get(3).events());
        assertEquals(0, r.calibration().get(3).right());
        assertEquals((2 * Math.abs(0.835 - 0.5) + 0.35) / 3, r.calibrationError(), 1e-9);
    }

    @Test
    void categories_count_fully_right_records() {
        EvalScorer scorer = new EvalScorer();
        scorer.add(new GoldRecord("a", "PASSIVE", "t", Optional.empty(), List.of(cameo("ARN", "GON", "111", "ACCUSE"))),
                List.of(predicted("ARN", "GON", "111", "ACCUSE", 0.7)));
        scorer.add(new GoldRecord("b", "PASSIVE", "t", Optional.empty(), List.of(cameo("ARN", "GON", "111", "ACCUSE"))),
                List.of(predicted("GON", "ARN", "111", "ACCUSE", 0.7)));
        EvalReport.Category passive = scorer.report().categories().get("PASSIVE");
        assertEquals(new EvalReport.Category(2, 1), passive);
        assertEquals(0.5, passive.share());
    }

    @Test
    void precision_recall_and_f1_follow_their_definitions() {
        Prf prf = new Prf(6, 2, 4);
        assertEquals(0.75, prf.precision(), 1e-9);
        assertEquals(0.6, prf.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, prf.f1(), 1e-9);
        assertEquals(0, new Prf(0, 0, 0).f1());
    }
}
