package org.dyad.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.event.EventCoder;
import org.dyad.core.event.EventDiscarder;
import org.dyad.core.event.FactualityClassifier;
import org.dyad.core.geo.EventLocator;
import org.dyad.core.geo.Gazetteer;
import org.dyad.core.geo.PlaceResolver;
import org.dyad.gazetteer.GazetteerIndex;
import org.dyad.core.pipeline.EventSentenceTriage;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.pipeline.TextRepairStage;
import org.dyad.core.text.RepairedText;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/**
 * Dyad assembled: text repair, CoreNLP, actors and event coding over the bundled codebooks
 * (plus a user's dictionaries). One engine per process; {@link #process} is thread-safe.
 */
public final class Engine {
    private final Codebooks codebooks;
    private final TextRepairStage repair;
    private final Pipeline pipeline;

    private Engine(Codebooks codebooks, TextRepairStage repair, Stage nlp, Gazetteer gazetteer,
            EventCoder.Conventions conventions) {
        this.codebooks = codebooks;
        this.repair = repair;
        this.pipeline = Pipeline.builder()
                .add(repair)
                .add(nlp)
                .add(new ActorResolver(codebooks.actors(), codebooks.agents(), conventions.unownedRoles()))
                .add(new PlaceResolver(gazetteer, PlaceResolver.Options.DEFAULT))
                .add(new EventCoder(codebooks.verbs(), codebooks.nouns(), codebooks.cameo(), new FactualityClassifier(),
                        conventions))
                .add(new EventDiscarder(codebooks.discards()))
                .add(new EventLocator(gazetteer))
                .build();
    }

    /** An engine over the bundled codebooks with the user's dictionary files laid over them. */
    public static Engine create(List<Path> userDictionaries) {
        return create(Codebooks.bundled().withUserFiles(userDictionaries));
    }

    /** An engine over the given codebooks (an evaluation suite's own dictionaries, say). */
    public static Engine create(Codebooks books) {
        return create(books, new CoreNlpAnnotator());
    }

    /** An engine sharing an NLP annotator (and so its loaded models) with other engines. */
    public static Engine create(Codebooks books, CoreNlpAnnotator nlp) {
        return create(books, nlp, EventCoder.Conventions.PLOVER);
    }

    /** An engine coding by other conventions: {@link EventCoder.Conventions#CAMEO} for the PETRARCH suite. */
    public static Engine create(Codebooks books, CoreNlpAnnotator nlp, EventCoder.Conventions conventions) {
        return create(books, nlp, conventions, NlpPath.DEFAULT);
    }

    /** As above, choosing which sentences CoreNLP parses. */
    public static Engine create(Codebooks books, CoreNlpAnnotator nlp, EventCoder.Conventions conventions,
            NlpPath path) {
        Gazetteer gazetteer = GazetteerIndex.load();
        return new Engine(books, new TextRepairStage(RepairChainFactory.standard(books, gazetteer)),
                path.annotator(nlp, books), gazetteer, conventions);
    }

    /** Which sentences CoreNLP parses (docs/throughput.md); {@code --full} on the command line. */
    public enum NlpPath {
        /** Every annotator on every sentence. */
        FULL,
        /** Every sentence tagged, entities by the 3-class recogniser, only sentences that can yield an event parsed. */
        FAST;

        /** The path engines use unless told otherwise. */
        public static final NlpPath DEFAULT = FAST;

        CoreNlpAnnotator annotator(CoreNlpAnnotator nlp, Codebooks books) {
            return switch (this) {
                case FULL -> nlp.fullPath();
                case FAST -> nlp.fastPath(new EventSentenceTriage(books.verbs(), books.actors(), books.agents()));
            };
        }
    }

    /** Codes one article: every layer, events included. */
    public Document process(Article article) {
        return pipeline.apply(Document.of(article));
    }

    /** Repairs an article's text without running NLP. */
    public RepairedText clean(String raw) {
        return repair.repair(raw);
    }

    public Codebooks codebooks() {
        return codebooks;
    }

    /** Dictionary hashes: the provenance of events this engine codes. */
    public Map<String, String> provenance() {
        return codebooks.hashes();
    }
}
