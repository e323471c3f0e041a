package org.dyad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.MissingLayerException;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private record FakeStage(String name, Set<LayerKind> requires, Set<LayerKind> provides) implements Stage {
        @Override
        public Document apply(Document document) {
            return document;
        }
    }

    @Test
    void a_stage_whose_layer_nothing_provides_fails_at_assembly_naming_layer_and_provider() {
        PipelineAssemblyException e = assertThrows(PipelineAssemblyException.class, () -> Pipeline.builder()
                .add(new FakeStage("events", Set.of(LayerKind.DEPENDENCIES), Set.of(LayerKind.EVENTS)))
                .build());
        assertTrue(e.getMessage().contains("'events' requires the DEPENDENCIES layer"), e.getMessage());
        assertTrue(e.getMessage().contains("CoreNLP"), e.getMessage());
    }

    @Test
    void a_provider_placed_after_its_consumer_is_named_in_the_error() {
        PipelineAssemblyException e = assertThrows(PipelineAssemblyException.class, () -> Pipeline.builder()
                .add(new FakeStage("actors", Set.of(LayerKind.TOKENS), Set.of(LayerKind.ACTORS)))
                .add(new FakeStage("nlp", Set.of(), Set.of(LayerKind.TOKENS)))
                .build());
        assertTrue(e.getMessage().contains("stage 'nlp' provides, but that stage comes later"), e.getMessage());
    }

    @Test
    void a_complete_pipeline_assembles_and_runs_in_order() {
        Pipeline p = Pipeline.builder()
                .add(new FakeStage("nlp", Set.of(), Set.of(LayerKind.TOKENS)))
                .add(new FakeStage("actors", Set.of(LayerKind.TOKENS), Set.of(LayerKind.ACTORS)))
                .build();
        assertEquals(List.of("nlp", "actors"), p.stages().stream().map(Stage::name).toList());
        Document doc = p.apply(Document.of(Article.of("a", "text")));
        assertEquals("text", doc.text().text());
    }

    @Test
    void asking_a_document_for_a_missing_layer_says_which_stage_to_run() {
        Document doc = Document.of(Article.of("a1", "text"));
        MissingLayerException e = assertThrows(MissingLayerException.class, doc::events);
        assertEquals(LayerKind.EVENTS, e.layer());
        assertTrue(e.getMessage().contains("event coder"), e.getMessage());
    }
}
