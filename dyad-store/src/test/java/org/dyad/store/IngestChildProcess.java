package org.dyad.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test program the integration tests run as a separate JVM. {@code ingest DB COUNT EVENTS BATCH}
 * stores synthetic articles 0..COUNT-1, skipping stored ones, and prints {@code stored N} after
 * each committed batch, N being the last article of the batch. {@code hold DB} opens the store,
 * prints {@code open} and waits to be killed.
 */
public final class IngestChildProcess {
    private IngestChildProcess() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path db = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (EventStore store = EventStore.open(db)) {
                out.println("open");
                out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            return;
        }
        int count = Integer.parseInt(args[2]);
        int events = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        try (EventStore store = EventStore.open(db)) {
            List<IngestItem> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                IngestItem item = Fixtures.synthetic(i, events, Fixtures.PROVENANCE);
                if (store.contains(item.article())) {
                    continue;
                }
                pending.add(item);
                if (pending.size() == batch || i == count - 1) {
                    store.storeAll(pending);
                    pending.clear();
                    out.println("stored " + i);
                    out.flush();
                }
            }
            if (!pending.isEmpty()) {
                store.storeAll(pending);
            }
        }
        out.println("done");
        out.flush();
    }
}
