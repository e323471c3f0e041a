package org.dyad.server;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.dyad.store.Browser;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreLockedException;

/**
 * How the server reaches the DuckDB file. DuckDB lets one process write a file, or several
 * processes read it, never both at once. So the server holds the file only while it answers:
 * each request opens it read-only, reads, and closes it. Between requests {@code dyad ingest}
 * can take the file; while it holds it, requests fail with {@link StoreBusyException} (HTTP 503,
 * naming the writer), and they succeed again as soon as the ingest ends. Articles posted to the
 * server itself are stored through a short writing open; reads in this process wait for it.
 */
final class StoreAccess {
    /** A read or write against an open store. */
    @FunctionalInterface
    interface Work<T> {
        T run(EventStore store) throws SQLException, java.io.IOException;
    }

    /** A read through the store's browse queries. */
    @FunctionalInterface
    interface BrowseWork<T> {
        T run(Browser browser) throws SQLException, java.io.IOException;
    }

    private final Path db;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    StoreAccess(Path db) {
        this.db = db.toAbsolutePath().normalize();
    }

    Path db() {
        return db;
    }

    <T> T browse(BrowseWork<T> work) {
        return read(store -> work.run(store.browse()));
    }

    <T> T read(Work<T> work) {
        lock.readLock().lock();
        try (EventStore store = EventStore.openReadOnly(db)) {
            return work.run(store);
        } catch (StoreLockedException e) {
            throw new StoreBusyException(e);
        } catch (SQLException e) {
            throw new StoreException("reading " + db + " failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StoreException("could not send what was read from " + db + ": " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Work<T> work) {
        lock.writeLock().lock();
        try (EventStore store = EventStore.open(db)) {
            return work.run(store);
        } catch (StoreLockedException e) {
            throw new StoreBusyException(e);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("writing " + db + " failed: " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
