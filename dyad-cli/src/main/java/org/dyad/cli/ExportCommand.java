package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad export}: the stored events as GDELT 2.0 rows, PLOVER JSON lines, Parquet, CSV or GeoJSON. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the stored events.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--format", required = true, paramLabel = "gdelt|plover|parquet|csv|geojson|places",
            description = "GDELT 2.0 event rows (61 tab-separated columns), PLOVER JSON lines, Parquet, CSV or GeoJSON;"
                    + " places: the articles' place mentions (toponyms and demonyms, with their kind) as CSV.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EventStore store = EventStore.openReadOnly(storeOptions.db)) {
            long n = store.export(ExportFormat.fromName(format), out);
            console.printf("%d records written to %s%n", n, out);
            console.flush();
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        }
    }
}
