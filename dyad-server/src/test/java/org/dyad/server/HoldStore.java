package org.dyad.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dyad.store.EventStore;

/**
 * A writer in a process of its own, as {@code dyad ingest} is: opens the store given as its
 * argument for writing, prints {@code held}, and closes it when its standard input ends.
 */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            System.out.println("held " + ProcessHandle.current().pid());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
