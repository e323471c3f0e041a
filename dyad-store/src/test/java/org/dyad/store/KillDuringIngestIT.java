package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ingest process is killed with SIGKILL mid-run. Everything it reported as stored must be
 * there, no article may be half-stored, and a second run must finish the job without doubling.
 */
class KillDuringIngestIT {
    private static final int EVENTS = 5;

    @TempDir
    Path dir;

    @Test
    void a_killed_ingest_loses_nothing_reported_leaves_nothing_half_stored_and_resumes_exactly() throws Exception {
        Path db = dir.resolve("kill.duckdb");
        // One article per transaction, as a coding ingest runs; then batches, as a bulk import runs.
        killAndResume(db, 1, 800, 120);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        killAndResume(db, 20, 1600, 25);
    }

    private void killAndResume(Path db, int batch, int total, int killAfterLines) throws Exception {
        Process child = ChildJvm.start(dir.resolve("child-" + batch + ".err"), "ingest", db.toString(),
                Integer.toString(total), Integer.toString(EVENTS), Integer.toString(batch));
        int lastReported = -1;
        try (BufferedReader out = ChildJvm.stdout(child)) {
            String line;
            int lines = 0;
            while ((line = out.readLine()) != null) {
                assertTrue(line.startsWith("stored "), "child said: " + line + "; see " + dir);
                lastReported = Integer.parseInt(line.substring(7));
                if (++lines == killAfterLines) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not exit");
        assertTrue(lastReported > 0 && lastReported < total - 1,
                "the kill must land mid-run; last reported article " + lastReported);

        try (EventStore store = EventStore.open(db)) {
            for (int i = 0; i <= lastReported; i++) {
                assertTrue(store.contains(Fixtures.synthetic(i, EVENTS, Fixtures.PROVENANCE).article()),
                        "article " + i + " was reported stored but is missing");
            }
            long articles = store.scalar("SELECT count(*) FROM articles");
            assertTrue(articles >= lastReported + 1, "fewer articles than reported: " + articles);
            assertEquals(0, store.scalar("SELECT count(*) FROM (SELECT a.id FROM articles a LEFT JOIN events e"
                    + " ON e.article_id = a.id GROUP BY a.id HAVING count(e.id) <> " + EVENTS + ")"),
                    "an article is half-stored");
            assertEquals(0, store.scalar("SELECT count(*) FROM events e ANTI JOIN articles a ON a.id = e.article_id"),
                    "events without their article");
            assertEquals(articles * EVENTS * 2, store.scalar("SELECT count(*) FROM actors"));
            assertIncidentsConsistent(store);
        }

        Process resume = ChildJvm.start(dir.resolve("resume-" + batch + ".err"), "ingest", db.toString(),
                Integer.toString(total), Integer.toString(EVENTS), Integer.toString(batch));
        String last = null;
        try (BufferedReader out = ChildJvm.stdout(resume)) {
            String line;
            while ((line = out.readLine()) != null) {
                last = line;
            }
        }
        assertEquals(0, resume.waitFor(), "the resumed ingest failed; see " + dir.resolve("resume-" + batch + ".err"));
        assertEquals("done", last);

        try (EventStore store = EventStore.open(db)) {
            assertEquals(total, store.scalar("SELECT count(*) FROM articles"));
            assertEquals(total * EVENTS, store.scalar("SELECT count(*) FROM events"));
            assertEquals(total * EVENTS, store.scalar("SELECT count(DISTINCT id) FROM events"));
            assertEquals(total * EVENTS,
                    store.scalar("SELECT count(*) FROM (SELECT DISTINCT article_id, coder_event_id FROM events)"));
            assertEquals(total * EVENTS * 2L, store.scalar("SELECT count(*) FROM actors"));
            assertEquals(total, store.scalar("SELECT count(*) FROM articles WHERE len(lsh_buckets) = 32"
                    + " AND minhash_scheme = 2 AND dedup_day IS NOT NULL"));
            assertIncidentsConsistent(store);
        }
    }

    private static void assertIncidentsConsistent(EventStore store) {
        assertEquals(store.scalar("SELECT count(*) FROM events"), store.scalar("SELECT coalesce(sum(num_events), 0)"
                + " FROM incidents"));
        assertEquals(0, store.scalar("SELECT count(*) FROM events e ANTI JOIN incidents i ON i.id = e.incident_id"));
        assertEquals(0, store.scalar("SELECT count(*) FROM incidents i WHERE num_events <> (SELECT count(*)"
                + " FROM events e WHERE e.incident_id = i.id)"));
    }
}
