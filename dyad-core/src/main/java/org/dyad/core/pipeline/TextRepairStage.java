package org.dyad.core.pipeline;

import java.util.List;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.text.RepairedText;
import org.dyad.core.text.TextRepair;

/** Runs a chain of {@link TextRepair} steps over the raw text, keeping the offset map. */
public final class TextRepairStage implements Stage {
    private final List<TextRepair> chain;

    public TextRepairStage(List<TextRepair> chain) {
        this.chain = List.copyOf(chain);
    }

    /** Repairs a raw text on its own, outside a document. */
    public RepairedText repair(String raw) {
        RepairedText text = RepairedText.of(raw);
        for (TextRepair step : chain) {
            text = text.apply(step.edits(text.text()), step.kind());
        }
        return text;
    }

    @Override
    public String name() {
        return "text-repair";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.REPAIRED_TEXT);
    }

    @Override
    public Document apply(Document document) {
        return document.withRepairedText(repair(document.article().text()));
    }
}
