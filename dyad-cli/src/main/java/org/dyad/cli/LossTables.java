package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.dyad.app.eval.LossAccount;
import org.dyad.core.evaluation.StudyCheckSplit;

/**
 * The loss account of {@code dyad eval --losses}: per part (study, check, all) where the gold
 * event types not found were lost, which source bases gave a found type the wrong country, and
 * what produced the false events. Counts only, no record lines (docs/evaluation.md).
 */
final class LossTables {
    private static final List<StudyCheckSplit> COLUMNS = List.of(StudyCheckSplit.STUDY, StudyCheckSplit.CHECK,
            StudyCheckSplit.ALL);

    private final PrintWriter out;

    LossTables(PrintWriter out) {
        this.out = out;
    }

    void print(Map<StudyCheckSplit, LossAccount> parts) {
        List<StudyCheckSplit> shown = COLUMNS.stream().filter(parts::containsKey).toList();
        out.println();
        out.println("loss account (docs/evaluation.md, \"Loss account\"): gold event types not found, by where lost");
        header("gold types not found", shown);
        row("gold types", shown, p -> parts.get(p).goldTypes());
        TreeSet<LossAccount.Key> keys = new TreeSet<>();
        shown.forEach(p -> keys.addAll(parts.get(p).losses().keySet()));
        for (LossAccount.Key k : keys) {
            row("  " + k.label(), shown, p -> parts.get(p).losses().getOrDefault(k, 0));
        }
        table("type found, source country wrong, by the event's source basis", shown,
                p -> parts.get(p).wrongSourceCountry());
        out.println();
        header("false events (type not in the gold)", shown);
        row("false events", shown, p -> parts.get(p).falseEvents());
        TreeSet<String> dims = new TreeSet<>();
        shown.forEach(p -> dims.addAll(parts.get(p).falseEventsBy().keySet()));
        for (String d : List.of("pattern", "source", "target", "mechanism")) {
            if (dims.contains(d)) {
                TreeSet<String> values = new TreeSet<>();
                shown.forEach(p -> values.addAll(parts.get(p).falseEventsBy().getOrDefault(d, Map.of()).keySet()));
                for (String v : values) {
                    row("  " + d + " " + v, shown,
                            p -> parts.get(p).falseEventsBy().getOrDefault(d, Map.of()).getOrDefault(v, 0));
                }
            }
        }
        out.flush();
    }

    private void table(String title, List<StudyCheckSplit> shown, Function<StudyCheckSplit, Map<String, Integer>> of) {
        out.println();
        header(title, shown);
        TreeSet<String> keys = new TreeSet<>();
        shown.forEach(p -> keys.addAll(of.apply(p).keySet()));
        for (String k : keys) {
            row("  " + k, shown, p -> of.apply(p).getOrDefault(k, 0));
        }
    }

    private void header(String title, List<StudyCheckSplit> shown) {
        List<String> cells = new ArrayList<>();
        shown.forEach(p -> cells.add(String.format(Locale.ROOT, "%7s", p.label())));
        out.printf(Locale.ROOT, "%-66s %s%n", title, String.join(" ", cells));
    }

    private void row(String label, List<StudyCheckSplit> shown, Function<StudyCheckSplit, Integer> count) {
        List<String> cells = new ArrayList<>();
        shown.forEach(p -> cells.add(String.format(Locale.ROOT, "%7d", count.apply(p))));
        out.printf(Locale.ROOT, "%-66s %s%n", label, String.join(" ", cells));
    }
}
