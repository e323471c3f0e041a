package org.dyad.nlp.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The CoreNLP pipelines one annotator family shares, each created on first use: the cheap layers
 * (everything up to and including {@code lemma}), the named-entity recogniser of the full path, the
 * lighter one of the fast path, and the rest (the dependency parser), which both paths run on the
 * sentences they choose. Running them one after the other on one annotation is what a single
 * CoreNLP pipeline of all the annotators does.
 */
final class CoreNlpModels {
    /** The fast path's recogniser: the 3-class CRF alone, which decides PERSON, LOCATION and ORGANIZATION. */
    static final String FAST_NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final Properties properties;
    private final Lazy<StanfordCoreNLP> cheap;
    private final Lazy<StanfordCoreNLP> fullNer;
    private final Lazy<StanfordCoreNLP> fastNer;
    private final Lazy<StanfordCoreNLP> deep;
    private final Lazy<NeuralParser> parser;

    CoreNlpModels(Properties properties) {
        this.properties = (Properties) properties.clone();
        List<String> all = Arrays.stream(properties.getProperty("annotators", "").split(","))
                .map(String::trim).filter(a -> !a.isEmpty()).toList();
        int lemma = all.indexOf("lemma");
        if (lemma < 0) {
            throw new IllegalArgumentException("CoreNLP annotators " + all + " lack lemma; Dyad needs at least "
                    + "tokenize,ssplit,pos,lemma");
        }
        String cheapAnnotators = String.join(",", all.subList(0, lemma + 1));
        List<String> rest = new ArrayList<>(all.subList(lemma + 1, all.size()));
        boolean hasNer = rest.remove("ner");
        String deepAnnotators = String.join(",", rest);
        Properties light = new Properties();
        light.setProperty("ner.model", FAST_NER_MODEL);
        light.setProperty("ner.useSUTime", "false");
        light.setProperty("ner.applyNumericClassifiers", "false");
        this.cheap = new Lazy<>(() -> start(cheapAnnotators, new Properties(), true));
        this.fullNer = new Lazy<>(hasNer ? () -> start("ner", new Properties(), false) : null);
        this.fastNer = new Lazy<>(hasNer ? () -> start("ner", light, false) : null);
        this.deep = new Lazy<>(deepAnnotators.isEmpty() ? null : () -> start(deepAnnotators, new Properties(), false));
        this.parser = new Lazy<>(deepAnnotators.equals("depparse") ? () -> NeuralParser.of(deep()) : null);
    }

    /** Tokenizer, sentence splitter, tagger and lemmatizer. */
    StanfordCoreNLP cheap() {
        return cheap.get();
    }

    /** The configured recogniser, or null when the annotators have no {@code ner}. */
    StanfordCoreNLP fullNer() {
        return fullNer.get();
    }

    /** The 3-class recogniser without SUTime and numeric classifiers, or null without {@code ner}. */
    StanfordCoreNLP fastNer() {
        return fastNer.get();
    }

    /** The annotators after {@code lemma} other than {@code ner} (the parser), or null. */
    StanfordCoreNLP deep() {
        return deep.get();
    }

    /**
     * The faster scorer over the loaded parser of {@link #deep()}, when that pipeline is the
     * parser alone ({@code depparse}, as by default); otherwise null, and the pipeline parses.
     */
    NeuralParser parser() {
        return parser.get();
    }

    /** A pipeline (or parser) made on first use and then shared; null when there is nothing to make. */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private volatile T made;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            if (make == null) {
                return null;
            }
            T p = made;
            if (p == null) {
                synchronized (this) {
                    if (made == null) {
                        made = make.get();
                    }
                    p = made;
                }
            }
            return p;
        }
    }

    private StanfordCoreNLP start(String annotators, Properties overrides, boolean enforceRequirements) {
        Properties p = (Properties) properties.clone();
        p.putAll(overrides);
        p.setProperty("annotators", annotators);
        try {
            return new StanfordCoreNLP(p, enforceRequirements);
        } catch (RuntimeException e) {
            throw new NlpUnavailableException("Stanford CoreNLP could not start " + annotators + " (" + e.getMessage()
                    + "); check that stanford-corenlp-4.5.10-models.jar is on the classpath and that the JVM has at "
                    + "least 2 GiB (-Xmx2g)", e);
        }
    }
}
