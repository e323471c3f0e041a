package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void a_new_store_is_at_the_latest_version_and_reopening_applies_nothing_twice() {
        Path db = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db)) {
            assertEquals(new Migrations(Migrations.DEFAULT_FOLDER).latest(), store.schemaVersion());
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(new Migrations(Migrations.DEFAULT_FOLDER).latest(),
                    store.scalar("SELECT count(*) FROM schema_version"));
        }
    }

    @Test
    void a_store_written_by_a_newer_dyad_is_refused_with_advice() throws Exception {
        Path db = dir.resolve("s.duckdb");
        EventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'from the future', now())");
        }
        StoreVersionException e = assertThrows(StoreVersionException.class, () -> EventStore.open(db));
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("newer"), e.getMessage());
        assertThrows(StoreVersionException.class, () -> EventStore.openReadOnly(db));
        EventStore.open(dir.resolve("other.duckdb")).close(); // the refused open released its lock
        assertThrows(StoreVersionException.class, () -> EventStore.open(db));
    }

    @Test
    void scripts_split_at_semicolons_ending_a_line_and_drop_comments() {
        List<String> sql = Migrations.statements("-- header\nCREATE TABLE a (x INT); -- trailing\n\nCREATE VIEW v AS\n"
                + "    SELECT x FROM a;\n");
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE VIEW v AS\n    SELECT x FROM a"), sql);
    }
}
