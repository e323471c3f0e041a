package org.dyad.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.codebooks.Calibrations;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.calibration.ConfidenceCalibrator;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.actor.ReferenceResolver;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.event.CodingTrace;
import org.dyad.core.event.EventCoder;
import org.dyad.core.event.EventDiscarder;
import org.dyad.core.event.FactualityClassifier;
import org.dyad.core.geo.EventLocator;
import org.dyad.core.geo.Gazetteer;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.TextRepairStage;
import org.dyad.core.text.RepairedText;
import org.dyad.core.triage.EventSentenceTriage;
import org.dyad.gazetteer.GazetteerIndex;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/**
 * Dyad assembled: text repair, CoreNLP, actors and their references, places, event coding and
 * location, over the bundled codebooks (plus a user's dictionaries). Built from an {@link
 * EngineConfig}; one engine per process; {@link #process} is thread-safe.
 */
public final class Engine {
    private final Codebooks codebooks;
    private final Conventions conventions;
    private final CoreNlpAnnotator models;
    private final TextRepairStage repair;
    private final Pipeline pipeline;
    private final EventCoder coder;

    private Engine(Codebooks codebooks, Conventions conventions, NlpPath path, CoreNlpAnnotator nlp) {
        Gazetteer gazetteer = GazetteerIndex.load();
        this.codebooks = codebooks;
        this.conventions = conventions;
        this.models = nlp;
        this.repair = new TextRepairStage(RepairChainFactory.standard(codebooks, gazetteer));
        this.coder = new EventCoder(codebooks.verbs(), codebooks.nouns(), codebooks.cameo(), new FactualityClassifier(),
                conventions, codebooks.persons());
        this.pipeline = Pipeline.builder()
                .add(repair)
                .add(path.annotator(nlp, codebooks, conventions))
                .add(new ActorResolver(codebooks.actors(), codebooks.agents()))
                .add(new ReferenceResolver(codebooks.actors(), codebooks.agents(), conventions.unownedRoles()))
                .add(new PlaceResolver(gazetteer, PlaceResolver.Options.DEFAULT))
                .add(coder)
                .add(new ConfidenceCalibrator(Calibrations.bundled(), conventions.name()))
                .add(new EventDiscarder(codebooks.discards()))
                .add(new EventLocator(gazetteer))
                .build();
    }

    /** An engine as the configuration says: the bundled codebooks with its dictionary files, its conventions, its NLP path. */
    public static Engine create(EngineConfig config) {
        return create(config, Codebooks.bundled().withUserFiles(config.dictionaryPaths()));
    }

    /** An engine over the given codebooks (an evaluation suite's own dictionaries, say) by the configuration's conventions. */
    public static Engine create(EngineConfig config, Codebooks books) {
        return new Engine(books, config.codingConventions(), config.nlpPath(), new CoreNlpAnnotator());
    }

    /**
     * An engine over models another component already loaded: for benchmarks that also time
     * CoreNLP alone, so the models are in memory once. Commands use {@link #create(EngineConfig)}.
     */
    public static Engine create(EngineConfig config, Codebooks books, CoreNlpAnnotator loadedModels) {
        return new Engine(books, config.codingConventions(), config.nlpPath(), loadedModels);
    }

    /**
     * This engine on another NLP path, sharing its codebooks, conventions and loaded CoreNLP models:
     * for comparing the full and fast paths in one JVM without loading the models twice.
     */
    public Engine onPath(NlpPath path) {
        return new Engine(codebooks, conventions, path, models);
    }

    /** An engine over the bundled codebooks with the user's dictionary files laid over them, PLOVER's conventions. */
    public static Engine create(List<Path> userDictionaries) {
        return create(EngineConfig.defaults().withDictionaries(userDictionaries));
    }

    /** Which sentences CoreNLP parses (docs/throughput.md); {@code --full} on the command line. */
    public enum NlpPath {
        /** Every annotator on every sentence. */
        FULL,
        /** Every sentence tagged, entities by the 3-class recogniser, only sentences that can yield an event parsed. */
        FAST;

        /** The path engines use unless told otherwise. */
        public static final NlpPath DEFAULT = FAST;

        CoreNlpAnnotator annotator(CoreNlpAnnotator nlp, Codebooks books, Conventions conventions) {
            return switch (this) {
                case FULL -> nlp.fullPath();
                case FAST -> nlp.fastPath(triage(books, conventions));
            };
        }

        /** The fast path's triage over these codebooks and conventions. */
        static EventSentenceTriage triage(Codebooks books, Conventions conventions) {
            return new EventSentenceTriage(books.verbs(), books.actors(), books.agents(), books.persons(), conventions,
                    books.nouns());
        }
    }

    /** Codes one article: every layer, events included. */
    public Document process(Article article) {
        return pipeline.apply(Document.of(article));
    }

    /**
     * What the event coder tried on a document this engine processed: each reading and how far it
     * got (the loss account of {@code dyad eval --losses}); codes the document's events again.
     */
    public CodingTrace trace(Document processed) {
        return coder.trace(processed);
    }

    /** Repairs an article's text without running NLP. */
    public RepairedText clean(String raw) {
        return repair.repair(raw);
    }

    /** The conventions this engine codes by. */
    public Conventions conventions() {
        return conventions;
    }

    public Codebooks codebooks() {
        return codebooks;
    }

    /** Dictionary hashes: the provenance of events this engine codes. */
    public Map<String, String> provenance() {
        return codebooks.hashes();
    }
}
