package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.store.EventStore;
import picocli.CommandLine.Option;

/** The store file option shared by ingest, query, export and demo. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", description = "The DuckDB store file (default: ./"
            + EventStore.DEFAULT_FILE + ").")
    Path db = Path.of(EventStore.DEFAULT_FILE);
}
