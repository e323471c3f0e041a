package org.dyad.store;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Another writer holds the store: a second process, or another {@link EventStore} in this one.
 * DuckDB allows one writing process per file; the store refuses rather than risk the file.
 */
public final class StoreLockedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;
    private final long holderPid;

    StoreLockedException(Path path, OptionalLong holderPid, Throwable cause) {
        super(message(path, holderPid), cause);
        this.path = path;
        this.holderPid = holderPid.orElse(-1);
    }

    private static String message(Path path, OptionalLong pid) {
        String who = pid.isPresent() ? "process " + pid.getAsLong() : "another writer";
        return "the store " + path + " is already open for writing by " + who
                + "; only one writer may use a store at a time: wait for it to finish, stop it,"
                + " or pass a different --db path";
    }

    public Path path() {
        return path;
    }

    /** The process id DuckDB reported as holding the lock, if it named one. */
    public OptionalLong holderPid() {
        return holderPid < 0 ? OptionalLong.empty() : OptionalLong.of(holderPid);
    }
}
