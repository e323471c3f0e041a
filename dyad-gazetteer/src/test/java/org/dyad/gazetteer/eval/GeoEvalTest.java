package org.dyad.gazetteer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeoEvalTest {

    @Test
    void accuracy_mean_median_and_auc_follow_their_definitions() {
        GeoScore s = new GeoScore(4, 5, 3, 3, new double[] {0, 100, 20038}, 0, 0, new double[0], java.util.Map.of(), java.util.List.of());
        assertEquals(0.75, s.recall(), 1e-9);
        assertEquals(0.6, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.accAt161(), 1e-9);
        assertEquals(100, s.median(), 1e-9);
        assertEquals((0 + 100 + 20038) / 3.0, s.mean(), 1e-9);
        double expected = ((0 + Math.log1p(100)) / 2 + (Math.log1p(100) + Math.log1p(20038)) / 2) / (Math.log(20039) * 2);
        assertEquals(expected, s.auc(), 1e-9);
    }

    @Test
    void perfect_answers_have_auc_zero() {
        assertEquals(0, GeoScore.ofErrors(new double[] {0, 0}).auc(), 1e-12);
    }
}
