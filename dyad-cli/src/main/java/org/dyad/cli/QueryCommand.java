package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.facts.PloverType;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.OutputFormat;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad query}: filter the stored events and print them as a table, JSON or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Filter stored events.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code starting with CODE (RUS, AFGREB).")
    String actor;

    @Option(names = "--dyad", paramLabel = "SRC:TGT", description = "Source and target code prefixes, e.g. CHN:RUS.")
    String dyad;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code, e.g. 173.")
    String cameo;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, e.g. 19.")
    String root;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER type, e.g. ASSAULT.")
    String plover;

    @Option(names = "--country", paramLabel = "ISO3", description = "Events whose actors or place are in this country.")
    String country;

    @Option(names = "--from", paramLabel = "DATE", description = "First event date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last event date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Lowest confidence, 0 to 1.")
    Double minConfidence;

    @Option(names = "--text", paramLabel = "WORDS", description = "Sentence contains these words.")
    String text;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table", description = "Output format.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            EventQuery q = EventQuery.all().limit(limit);
            if (actor != null) {
                q = q.actor(actor);
            }
            if (dyad != null) {
                String[] parts = dyad.split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("--dyad takes SOURCE:TARGET, e.g. CHN:RUS");
                }
                q = q.dyad(parts[0], parts[1]);
            }
            if (cameo != null) {
                q = q.cameo(cameo);
            }
            if (root != null) {
                q = q.cameoRoot(root);
            }
            if (plover != null) {
                q = q.ploverType(PloverType.valueOf(plover.toUpperCase(Locale.ROOT)));
            }
            if (country != null) {
                q = q.country(country);
            }
            if (from != null || to != null) {
                q = q.between(from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
            }
            if (minConfidence != null) {
                q = q.minConfidence(minConfidence);
            }
            if (text != null) {
                q = q.text(text);
            }
            OutputFormat output = OutputFormat.fromName(format);
            try (EventStore store = EventStore.openReadOnly(storeOptions.db)) {
                store.query(q).writeTo(output, out);
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        }
    }
}
