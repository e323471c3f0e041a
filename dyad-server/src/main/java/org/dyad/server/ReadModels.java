package org.dyad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The read model of the store's current state, loaded when first needed and again when the
 * store has changed. Staleness is bounded to none: a model is answered from without a look at
 * the file only while the server has held a read handle since it was checked ({@link
 * StoreAccess#epoch}), when DuckDB's lock keeps every other process from writing. Once the server
 * has let go of the file (idle, or after writing posted articles), the next request opens a
 * handle (503 while another process writes, as for any read) and compares the file's stamp (size
 * and modification time of the store and its write-ahead log) with the model's: the same stamp
 * keeps the model, another one loads it again, holding that handle, while requests wait.
 */
final class ReadModels {
    /** The files' sizes and modification times: a write changes one of them. */
    record Stamp(List<Long> values) {
        static Stamp of(Path db) {
            Path wal = db.resolveSibling(db.getFileName() + ".wal");
            return new Stamp(List.of(size(db), modified(db), size(wal), modified(wal)));
        }

        private static long size(Path p) {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class).size();
            } catch (IOException e) {
                return -1; // no such file, as a store without a write-ahead log
            }
        }

        private static long modified(Path p) {
            try {
                java.time.Instant t = Files.getLastModifiedTime(p).toInstant();
                return t.getEpochSecond() * 1_000_000_000L + t.getNano();
            } catch (IOException e) {
                return -1;
            }
        }
    }

    private record Checked(ReadModel model, long epoch, Stamp stamp) {}

    private final StoreAccess store;
    private volatile Checked current;
    private long loads;

    ReadModels(StoreAccess store) {
        this.store = store;
    }

    /** The model of the store as it is now (see the class comment). */
    ReadModel current() {
        Checked c = current;
        if (c != null && c.epoch() == store.epoch()) {
            store.touch();
            return c.model();
        }
        synchronized (this) {
            Checked again = current;
            return store.browse(browser -> {
                long epoch = store.epoch(); // a handle is held here: the epoch cannot move until it is given back
                Stamp stamp = Stamp.of(store.db());
                if (again != null && again.stamp().equals(stamp)) {
                    current = new Checked(again.model(), epoch, stamp);
                    return again.model();
                }
                ReadModel model = new ReadModel(EventColumns.load(browser), ++loads);
                current = new Checked(model, epoch, stamp);
                return model;
            });
        }
    }
}
