package org.dyad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Runs one step or a chain the way {@code TextRepairStage} does and checks offsets on the way. */
final class RepairAssertions {

    private RepairAssertions() {
    }

    static RepairedText run(String raw, TextRepair... steps) {
        return run(raw, List.of(steps));
    }

    static RepairedText run(String raw, List<TextRepair> steps) {
        RepairedText text = RepairedText.of(raw);
        for (TextRepair step : steps) {
            text = text.apply(step.edits(text.text()), step.kind());
        }
        for (Repair r : text.repairs()) {
            assertEquals(raw.substring(r.start(), r.end()), r.from(), "repair " + r + " misquotes the raw text");
        }
        return text;
    }

    static String repaired(String raw, TextRepair... steps) {
        return run(raw, steps).text();
    }

    static void assertUnchanged(String raw, TextRepair... steps) {
        RepairedText text = run(raw, steps);
        assertEquals(raw, text.text());
        assertEquals(List.of(), text.repairs());
    }
}
