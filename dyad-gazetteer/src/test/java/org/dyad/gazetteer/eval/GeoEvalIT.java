package org.dyad.gazetteer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.evaluation.StudyCheckSplit;
import org.dyad.gazetteer.GazetteerIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The geo evaluation on the built index and a two-article gold file written here. */
class GeoEvalIT {
    private static final String GOLD = """
            {"id": "a", "text": "Russian troops left Kabul, Afghanistan.", "toponyms": [\
            {"name": "Kabul", "start": 20, "end": 25, "lat": 34.53, "lon": 69.17}, \
            {"name": "Afghanistan", "start": 27, "end": 38, "lat": 33.9, "lon": 66.0}]}
            {"id": "b", "text": "Flooding hit Charleston, W.Va. and Ruritania.", "toponyms": [\
            {"name": "Charleston", "start": 13, "end": 23, "lat": 38.35, "lon": -81.63}, \
            {"name": "W.Va.", "start": 25, "end": 30, "lat": 38.6, "lon": -80.6}, \
            {"name": "Ruritania", "start": 35, "end": 44, "lat": 50.0, "lon": 10.0}]}
            """;

    @Test
    void scores_recognition_and_distance_with_and_without_demonyms(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
        List<GeoGold.Article> gold = GeoGold.read(file);
        GeoReport r = GeoEval.matcherReport(file.toString(), gold, StudyCheckSplit.ALL, GazetteerIndex.load());
        assertEquals(2, r.articles());
        assertEquals(5, r.toponyms());
        GeoScore dyad = r.rows().get(0).score();
        GeoScore toponymsOnly = r.rows().get(1).score();
        assertEquals(4, dyad.matchedGold(), "Ruritania is no place");
        assertEquals(1.0, dyad.accAt161(), 1e-9);
        assertEquals(toponymsOnly.predicted() + 1, dyad.predicted(), "'Russian' is a demonym mention, extra here");
        assertEquals(1.0, toponymsOnly.precision(), 1e-9);
        assertTrue(dyad.cases().stream().anyMatch(c -> c.outcome() == GeoCase.Outcome.MISS && c.gold().equals("Ruritania")));
        assertTrue(dyad.cases().stream().anyMatch(c -> c.outcome() == GeoCase.Outcome.EXTRA && c.predicted().startsWith("Russian")));
    }

    @Test
    void the_parts_follow_the_fixed_split_of_article_ids(@TempDir Path dir) throws IOException {
        List<GeoGold.Article> gold = GeoGold.read(Files.writeString(dir.resolve("gold.jsonl"), GOLD));
        for (StudyCheckSplit part : List.of(StudyCheckSplit.STUDY, StudyCheckSplit.CHECK)) {
            GeoGold.part(gold, part).forEach(a -> assertEquals(part, StudyCheckSplit.of(a.id())));
        }
        assertEquals(2, GeoGold.part(gold, StudyCheckSplit.STUDY).size() + GeoGold.part(gold, StudyCheckSplit.CHECK).size());
    }

    @Test
    void a_bad_gold_line_names_its_file_and_line(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"text\": \"t\"}\n");
        IOException e = assertThrows(IOException.class, () -> GeoGold.read(file));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
