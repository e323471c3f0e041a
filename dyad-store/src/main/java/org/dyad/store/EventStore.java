package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;

/**
 * An embedded DuckDB file of articles, events, actors, mentions, places, near-duplicate links and
 * incidents. One process writes at a time; a second writer gets a {@link StoreLockedException}.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(Path.of("dyad.duckdb"))) {
 *     for (Article a : articles) {
 *         if (!store.contains(a)) {
 *             store.store(a, coder.code(a), provenance);   // committed when it returns
 *         }
 *     }
 *     store.query(EventQuery.all().cameoRoot("19")).writeTo(OutputFormat.TABLE, out);
 *     store.export(ExportFormat.GDELT, Path.of("events.tsv"));
 * }
 * }</pre>
 *
 * <p>Each {@code store} call is one transaction: when it returns, the article and all its events
 * are on disk; if the process dies first, none of them are. Storing the same article id with the
 * same content again adds nothing. Not thread-safe: use one instance from one thread.
 */
public final class EventStore implements AutoCloseable {
    /** Default file name used by the command line. */
    public static final String DEFAULT_FILE = "dyad.duckdb";

    /** Stores open for writing in this JVM; DuckDB's file lock only guards against other processes. */
    private static final Set<Path> WRITERS = ConcurrentHashMap.newKeySet();
    private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");

    private final Path path;
    private final Path lockKey;
    private final Connection conn;
    private final boolean readOnly;
    private final BatchWriter writer;
    private boolean closed;

    private EventStore(Path path, Path lockKey, Connection conn, boolean readOnly) throws SQLException {
        this.path = path;
        this.lockKey = lockKey;
        this.conn = conn;
        this.readOnly = readOnly;
        this.writer = readOnly ? null : new BatchWriter(conn);
    }

    /**
     * Opens the store at {@code db} for reading and writing, creating it and bringing its schema up
     * to date as needed.
     *
     * @throws StoreLockedException when another process or another open store in this JVM writes to it
     * @throws StoreVersionException when the file was written by a newer Dyad
     */
    public static EventStore open(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        if (!WRITERS.add(abs)) {
            throw new StoreLockedException(abs, OptionalLong.of(ProcessHandle.current().pid()), null);
        }
        Connection c = null;
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            c = connect(abs, false);
            c.setAutoCommit(false);
            new Migrations(Migrations.DEFAULT_FOLDER).migrate(c, abs.toString());
            return new EventStore(abs, abs, c, false);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            WRITERS.remove(abs);
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open the store " + abs + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing store for query, export and summary only. Several readers may share a file,
     * but not while a writer holds it.
     */
    public static EventStore openReadOnly(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new StoreException("there is no store at " + abs + "; create one with dyad ingest --db " + abs);
        }
        if (WRITERS.contains(abs)) {
            throw new StoreLockedException(abs, OptionalLong.of(ProcessHandle.current().pid()), null);
        }
        Connection c = null;
        try {
            c = connect(abs, true);
            Migrations m = new Migrations(Migrations.DEFAULT_FOLDER);
            int v = Migrations.current(c);
            if (v != m.latest()) {
                throw new StoreVersionException("the store " + abs + " has schema version " + v + " and this Dyad needs "
                        + m.latest() + (v < m.latest() ? "; open it once for writing (dyad ingest) to migrate it"
                                : "; use the newer Dyad that wrote it"));
            }
            return new EventStore(abs, null, c, true);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open the store " + abs + " for reading: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path abs, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + abs, p);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
                Matcher m = LOCK_PID.matcher(msg);
                throw new StoreLockedException(abs,
                        m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty(), e);
            }
            throw e;
        }
    }

    /** The sha-256 of the article's raw text, hex-encoded: the content hash the store keys on. */
    public static String contentHash(Article article) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(article.text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Stores one article and its events in one transaction. */
    public IngestResult store(Article article, List<Event> events, CodingProvenance provenance) {
        return store(IngestItem.of(article, events, provenance));
    }

    /** Stores one article and its events in one transaction. */
    public IngestResult store(IngestItem item) {
        return storeAll(List.of(item)).get(0);
    }

    /**
     * Stores several articles in one transaction: all of them or, if this throws, none. Batches of
     * a few hundred articles make ingest much faster than one transaction per article, and no
     * article is ever half-stored either way.
     *
     * @return one result per item, in order
     */
    public List<IngestResult> storeAll(List<IngestItem> items) {
        ensureWritable("store articles");
        try {
            return writer.write(items);
        } catch (SQLException e) {
            throw new StoreException("could not store " + items.size() + " article(s) in " + path + ": "
                    + e.getMessage() + "; nothing from this batch was stored, so it is safe to run again", e);
        }
    }

    /** Whether the article with this id and content hash is stored; the ingest loop skips those. */
    public boolean contains(String articleId, String contentHash) {
        ensureOpen();
        try (PreparedStatement p = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ? AND content_hash = ?")) {
            p.setString(1, articleId);
            p.setString(2, contentHash);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not look up article " + articleId + " in " + path + ": " + e.getMessage(), e);
        }
    }

    /** Whether this exact article (id and text) is stored. */
    public boolean contains(Article article) {
        return contains(article.id(), contentHash(article));
    }

    /** Events matching the query, newest first. */
    public QueryResult query(EventQuery query) {
        ensureOpen();
        try {
            return Queries.query(conn, query);
        } catch (SQLException e) {
            throw new StoreException("query failed on " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The read-side queries of a dashboard or an API over this store's connection: pages, one
     * event's evidence, series, actors, places, articles; see {@link Browser}.
     */
    public Browser browse() {
        ensureOpen();
        return new Browser(conn);
    }

    /** Counts for {@code dyad demo}: events by PLOVER type, top dyads, top places. */
    public Summary summary() {
        ensureOpen();
        try {
            return Queries.summary(conn);
        } catch (SQLException e) {
            throw new StoreException("could not summarise " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes every stored event to {@code out} in {@code format}, replacing the file.
     *
     * @return the number of records written (lines, rows or features)
     */
    public long export(ExportFormat format, Path out) {
        ensureOpen();
        try {
            Path abs = out.toAbsolutePath();
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new Exporter(conn).export(format, abs);
        } catch (SQLException e) {
            throw new StoreException("export to " + out + " failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage()
                    + "; check the folder exists and is writable", e);
        }
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        ensureOpen();
        try {
            return Migrations.current(conn);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version of " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** Runs a read-only SQL query and returns the first column of the first row; for tests and tools. */
    long scalar(String sql) {
        ensureOpen();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + path + " is closed");
        }
    }

    private void ensureWritable(String what) {
        ensureOpen();
        if (readOnly) {
            throw new StoreException("cannot " + what + ": the store " + path + " was opened read-only;"
                    + " use EventStore.open for writing");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!readOnly) {
                conn.commit();
            }
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the store " + path + " cleanly: " + e.getMessage()
                    + "; committed data is safe, the next open replays DuckDB's write-ahead log", e);
        } finally {
            if (lockKey != null) {
                WRITERS.remove(lockKey);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
        }
    }
}
