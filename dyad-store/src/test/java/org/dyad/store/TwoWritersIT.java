package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process opening a store that another process writes gets a typed, actionable error. */
class TwoWritersIT {
    @TempDir
    Path dir;

    @Test
    void a_second_writer_process_gets_StoreLockedException_naming_the_holder() throws Exception {
        Path db = dir.resolve("shared.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.storeAll(List.of(Fixtures.synthetic(1, 2, Fixtures.PROVENANCE)));
        }
        Process holder = ChildJvm.start(dir.resolve("holder.err"), "hold", db.toString());
        try {
            BufferedReader out = ChildJvm.stdout(holder);
            assertEquals("open", out.readLine(), "the holder did not open the store; see " + dir);
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> EventStore.open(db));
            assertEquals(holder.pid(), e.holderPid().orElseThrow(), e.getMessage());
            assertTrue(e.getMessage().contains("process " + holder.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("--db"), e.getMessage());
            assertThrows(StoreLockedException.class, () -> EventStore.openReadOnly(db));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(2, store.scalar("SELECT count(*) FROM events"), "the file is intact after the fight");
        }
    }
}
