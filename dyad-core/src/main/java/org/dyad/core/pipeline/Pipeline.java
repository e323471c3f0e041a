package org.dyad.core.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;

/** Stages run in order; assembly checks that every stage's inputs are provided before it. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    public Document apply(Document document) {
        Document current = document;
        for (Stage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }

    /** Collects stages and validates their order on {@link #build()}. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /**
         * @throws PipelineAssemblyException naming the missing layer and the stage expected to
         *     provide it
         */
        public Pipeline build() {
            Set<LayerKind> available = EnumSet.noneOf(LayerKind.class);
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                for (LayerKind needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new PipelineAssemblyException(missingMessage(stage, needed, i));
                    }
                }
                available.addAll(stage.provides());
            }
            return new Pipeline(stages);
        }

        private String missingMessage(Stage stage, LayerKind needed, int position) {
            for (int j = position + 1; j < stages.size(); j++) {
                if (stages.get(j).provides().contains(needed)) {
                    return "stage '" + stage.name() + "' requires the " + needed + " layer, which stage '"
                            + stages.get(j).name() + "' provides, but that stage comes later: move it before '"
                            + stage.name() + "'";
                }
            }
            return "stage '" + stage.name() + "' requires the " + needed + " layer, which no earlier stage provides: add "
                    + needed.usualProvider() + " before '" + stage.name() + "'";
        }
    }
}
