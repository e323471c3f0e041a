package org.dyad.server;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dyad.store.Browser;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreLockedException;

/**
 * How the server reaches the DuckDB file. DuckDB lets one process write a file, or several
 * processes read it, never both at once, and opening a file costs far more than a query. So the
 * server keeps a few read-only handles open while requests come, and closes them all once no
 * request has come for {@code release}: then {@code dyad ingest} can take the file. While a
 * writer holds it, requests fail with {@link StoreBusyException} (HTTP 503 naming the writer's
 * PID) and succeed again once it ends. A {@code dyad ingest} started while the dashboard is busy
 * is refused the same way by DuckDB, naming this server. Articles posted to the server itself are
 * stored through a writing open, after the read handles are closed.
 */
final class StoreAccess implements AutoCloseable {
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
    private final int maxOpen;
    private final long releaseNanos;
    /** One permit per read handle; a writer takes them all. Fair: requests are served in turn. */
    private final Semaphore permits;
    private final Deque<EventStore> idle = new ArrayDeque<>();
    private final ScheduledExecutorService reaper;
    private volatile long lastUse;
    /** Read handles open now; see {@link #epoch}. */
    private int open;
    private volatile long epoch;

    /**
     * @param maxOpen most read handles open at once; more requests wait their turn
     * @param release how long without requests before the file is let go
     */
    StoreAccess(Path db, int maxOpen, Duration release) {
        this.db = db.toAbsolutePath().normalize();
        this.maxOpen = maxOpen;
        this.releaseNanos = release.toNanos();
        this.permits = new Semaphore(maxOpen, true);
        this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dyad-store-release");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(10, release.toMillis() / 4);
        reaper.scheduleWithFixedDelay(this::releaseIfIdle, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Grows by one whenever the server stops holding the file: its last read handle is closed, or
     * it has written. While it stays the same, this process has held a read handle all along, so no
     * other process can have written the file (DuckDB's lock): what was read from it still holds.
     */
    long epoch() {
        return epoch;
    }

    /** Counts as a request for the release timer: answers from memory keep the handles open. */
    void touch() {
        lastUse = System.nanoTime();
    }

    /** The store's file. */
    Path db() {
        return db;
    }

    <T> T browse(BrowseWork<T> work) {
        return read(store -> work.run(store.browse()));
    }

    <T> T read(Work<T> work) {
        acquire(1, "read");
        boolean healthy = false;
        EventStore store = null;
        try {
            store = take();
            T result = work.run(store);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("reading " + db + " failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StoreException("could not send what was read from " + db + ": " + e.getMessage(), e);
        } finally {
            giveBack(store, healthy);
            permits.release();
        }
    }

    <T> T write(Work<T> work) {
        acquire(maxOpen, "write");
        try {
            closeIdle();
            try (EventStore store = EventStore.open(db)) {
                return work.run(store);
            } finally {
                synchronized (idle) {
                    epoch++;
                }
            }
        } catch (StoreLockedException e) {
            throw new StoreBusyException(e);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("writing " + db + " failed: " + e.getMessage(), e);
        } finally {
            permits.release(maxOpen);
        }
    }

    private void acquire(int n, String what) {
        try {
            permits.acquire(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to " + what + " " + db, e);
        }
        lastUse = System.nanoTime();
    }

    /** An idle handle, or a new one; the caller holds a permit, so at most maxOpen exist. */
    private EventStore take() {
        synchronized (idle) {
            if (!idle.isEmpty()) {
                return idle.pop();
            }
        }
        try {
            EventStore store = EventStore.openReadOnly(db);
            synchronized (idle) {
                open++;
            }
            return store;
        } catch (StoreLockedException e) {
            throw new StoreBusyException(e);
        }
    }

    private void giveBack(EventStore store, boolean healthy) {
        lastUse = System.nanoTime();
        if (store == null) {
            return;
        }
        if (healthy) {
            synchronized (idle) {
                idle.push(store);
            }
        } else {
            closeQuietly(store); // a handle that failed is not reused
        }
    }

    private void releaseIfIdle() {
        if (System.nanoTime() - lastUse < releaseNanos || !permits.tryAcquire(maxOpen)) {
            return;
        }
        try {
            closeIdle();
        } finally {
            permits.release(maxOpen);
        }
    }

    private void closeIdle() {
        synchronized (idle) {
            while (!idle.isEmpty()) {
                closeQuietly(idle.pop());
            }
        }
    }

    private void closeQuietly(EventStore s) {
        try {
            s.close();
        } catch (StoreException e) {
            // a read-only handle holds nothing to lose
        } finally {
            synchronized (idle) {
                if (--open == 0) {
                    epoch++;
                }
            }
        }
    }

    @Override
    public void close() {
        reaper.shutdownNow();
        closeIdle();
    }
}
