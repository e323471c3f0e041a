package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered schema migrations read from the classpath. {@code index.txt} in the migration folder
 * lists the files, {@code V001__what.sql} and on; each runs once, in its own transaction, and is
 * recorded in {@code schema_version}. A migration may add a Java step (a backfill) that runs after
 * its SQL in the same transaction.
 */
final class Migrations {
    static final String DEFAULT_FOLDER = "/org/dyad/store/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([A-Za-z0-9_]+)\\.sql");

    record Migration(int version, String description, String resource) {}

    /** Work a migration does in Java after its SQL, in the same transaction. */
    @FunctionalInterface
    interface Step {
        void run(Connection c) throws SQLException;
    }

    /** Java steps by schema version: data that SQL alone cannot compute as the store code does. */
    private static final Map<Integer, Step> STEPS = Map.of(2, WordIndex::backfill);

    private final List<Migration> migrations;

    Migrations(String folder) {
        this(folder, Integer.MAX_VALUE);
    }

    /** The migrations of {@code folder} up to version {@code upTo}: a schema as an older Dyad left it. */
    Migrations(String folder, int upTo) {
        this.migrations = readIndex(folder).stream().filter(m -> m.version() <= upTo).toList();
    }

    int latest() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** Brings the schema to {@link #latest()}; returns the version the file had before. */
    int migrate(Connection c, String dbName) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        c.commit();
        int current = current(c);
        if (current > latest()) {
            throw new StoreVersionException("the store " + dbName + " has schema version " + current
                    + " but this Dyad knows versions up to " + latest()
                    + "; use the Dyad release that wrote it, or a newer one");
        }
        boolean applied = false;
        for (Migration m : migrations) {
            if (m.version() <= current) {
                continue;
            }
            applied = true;
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(m.resource()))) {
                    s.execute(sql);
                }
                Step step = STEPS.get(m.version());
                if (step != null) {
                    step.run(c);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setTimestamp(3, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException notActive) {
                    // A failed commit has ended the transaction already; keep the cause in view.
                    e.addSuppressed(notActive);
                }
                throw new StoreVersionException("migration " + m.resource() + " failed on " + dbName + ": "
                        + e.getMessage() + "; the store is unchanged at version " + current(c), e);
            }
        }
        if (applied) {
            // Fold the schema changes into the file at once: DuckDB 1.4.4 fails to replay an
            // ALTER TABLE ... ADD COLUMN from its write-ahead log ("GetDefaultDatabase with no
            // default database set"), so a store killed before its first checkpoint would not open.
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            c.commit();
        }
        return current;
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static List<Migration> readIndex(String folder) {
        List<Migration> out = new ArrayList<>();
        for (String line : read(folder + "index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("migration file name '" + name + "' must look like V001__what.sql");
            }
            int v = Integer.parseInt(m.group(1));
            if (v != out.size() + 1) {
                throw new IllegalStateException("migration " + name + " is out of sequence: expected version "
                        + (out.size() + 1));
            }
            out.add(new Migration(v, m.group(2).replace('_', ' '), folder + name));
        }
        return List.copyOf(out);
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            StringBuilder sb = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** Splits a script at lines ending in ';', dropping '--' comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            cur.append(code).append('\n');
            if (code.endsWith(";")) {
                out.add(cur.substring(0, cur.lastIndexOf(";")).strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
