package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's transition classifier, model
 * {@code english_UD}) with the same model, features and transition system, and the same
 * arithmetic in the same order, so that it returns CoreNLP's parse, only cheaper. What it does
 * differently from {@code DependencyParser.predict}:
 * <ul>
 *   <li>the output layer is computed from a transposed weight matrix, one hidden unit at a time
 *       over all transitions: each transition's score is still summed over the hidden units in
 *       order, but the loop has no dependency chain and the JIT vectorises it (CoreNLP's is 83 dot
 *       products of 1,000 terms, each a chain of dependent additions); the matrix stays in float
 *       and each weight is widened to double where it is used, exactly as CoreNLP's product does,
 *       with half the memory read per transition;</li>
 *   <li>a feature's hidden-layer contribution that the model does not precompute is computed the
 *       same way from a transposed slice of the first layer, and kept in a larger cache;</li>
 *   <li>a configuration that allows one transition only takes it without scoring;</li>
 *   <li>it makes the basic dependencies only (through CoreNLP's own grammatical structure, so
 *       with its relation names and corrections), where CoreNLP's annotator also derives
 *       collapsed, CC-processed, enhanced and enhanced++ graphs that Dyad never reads.</li>
 * </ul>
 * Thread-safe: the weights are read only, the cache is concurrent and each parse has its own
 * configuration. {@code NeuralParserIT} checks that its parses are CoreNLP's.
 */
final class NeuralParser {
    /** Past this many cached contributions (4 KB each) the cache starts afresh. */
    private static final int CACHE_LIMIT = 40_000;

    private final ParsingSystem system;
    private final List<String> transitions;
    private final MethodHandle featureArray;
    private final MethodHandle relationNamed;
    private final MethodHandle structureOf;
    private final DependencyParser parser;
    private final int hidden;
    private final int embedding;
    private final int numTokens;
    private final int labels;
    private final float[][] embeddings;
    private final float[] firstLayerT;   // [feature position][embedding unit][hidden unit]
    private final float[] bias;
    private final float[] outputT;      // [hidden unit][transition], widened to double where used
    private final double[][] saved;
    private final PrecomputedIndex preMap;
    private final ContributionCache cache = new ContributionCache(CACHE_LIMIT);

    /**
     * The scorer over the parser that {@code pipeline}'s {@code depparse} annotator loaded (one
     * copy of the model in memory for both).
     *
     * @throws NlpUnavailableException if the pipeline has no such annotator or CoreNLP is not 4.5.x
     */
    static NeuralParser of(StanfordCoreNLP pipeline) {
        try {
            @SuppressWarnings("unchecked")
            List<Annotator> annotators = (List<Annotator>) field(AnnotationPipeline.class, "annotators").get(pipeline);
            for (Annotator a : annotators) {
                if (a instanceof DependencyParseAnnotator) {
                    return new NeuralParser((DependencyParser) field(DependencyParseAnnotator.class, "parser").get(a));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new NlpUnavailableException("cannot reach the dependency parser of CoreNLP's depparse annotator "
                    + "(CoreNLP 4.5.x expected): " + e, e);
        }
        throw new NlpUnavailableException("the CoreNLP pipeline has no depparse annotator to share its parser", null);
    }

    /**
     * @throws NlpUnavailableException if the loaded CoreNLP is not the version whose parser this
     *     class reads (4.5.x)
     */
    NeuralParser(DependencyParser parser) {
        this.parser = parser;
        try {
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            this.system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            @SuppressWarnings("unchecked")
            List<String> ts = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            this.transitions = List.copyOf(ts);
            this.saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> pre = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            this.preMap = pre == null ? null : new PrecomputedIndex(pre);
            this.featureArray = method("getFeatureArray", Configuration.class);
            this.relationNamed = method("makeGrammaticalRelation", String.class);
            this.structureOf = method("makeGrammaticalStructure", List.class, TreeGraphNode.class);
            float[][] w1 = classifier.getW1();
            float[][] w2 = classifier.getW2();
            this.embeddings = classifier.getE();
            this.bias = classifier.getb1();
            this.hidden = w1.length;
            this.embedding = embeddings[0].length;
            this.numTokens = w1[0].length / embedding;
            this.labels = w2.length;
            this.firstLayerT = transpose(w1);
            this.outputT = transposed(w2);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new NlpUnavailableException("this CoreNLP's dependency parser is not the one Dyad's faster scorer "
                    + "reads (CoreNLP 4.5.x, edu.stanford.nlp.parser.nndep): " + e, e);
        }
        if (saved == null || preMap == null || transitions.size() != labels) {
            throw new NlpUnavailableException("the dependency parser's model is not loaded for prediction (no "
                    + "precomputed features, or " + transitions.size() + " transitions for " + labels + " outputs)", null);
        }
    }

    /**
     * Parses {@code sentence} (its tokens tagged) and sets its basic dependencies, as CoreNLP's
     * annotator would ({@code BasicDependenciesAnnotation}).
     */
    void parse(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        double[] h = new double[hidden];
        double[] scores = new double[labels];
        double[] acc = new double[hidden];
        while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
            String only = onlyTransition(c);
            if (only != null) {
                system.apply(c, only);
                continue;
            }
            score(features(c), h, scores, acc);
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int j = 0; j < labels; j++) {
                if (scores[j] > best && system.canApply(c, transitions.get(j))) {
                    best = scores[j];
                    chosen = transitions.get(j);
                }
            }
            system.apply(c, chosen);
        }
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(structure(sentence, c),
                SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }

    /** The parse as CoreNLP's parser turns it into a grammatical structure (its relation names, its fixes). */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        try {
            for (int k = 1; k <= c.getSentenceSize(); k++) {
                int head = c.getHead(k);
                IndexedWord dependent = new IndexedWord(tokens.get(k - 1));
                IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relationNamed.invoke(parser, c.getLabel(k));
                dependencies.add(new TypedDependency(relation, governor, dependent));
            }
            return (GrammaticalStructure) structureOf.invoke(parser, dependencies, new TreeGraphNode(root));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("CoreNLP could not build the grammatical structure of a parse", t);
        }
    }

    /** The one transition {@code c} allows, or null when it allows several. */
    private String onlyTransition(Configuration c) {
        String found = null;
        for (String t : transitions) {
            if (system.canApply(c, t)) {
                if (found != null) {
                    return null;
                }
                found = t;
            }
        }
        return found;
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invoke(parser, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("CoreNLP's feature extraction failed", t);
        }
    }

    /** CoreNLP's scores for the features, summed in CoreNLP's order. */
    private void score(int[] features, double[] h, double[] scores, double[] acc) {
        Arrays.fill(h, 0.0);
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int index = token * numTokens + j;
            int pre = preMap.get(index);
            if (pre >= 0) {
                double[] s = saved[pre];
                for (int i = 0; i < hidden; i++) {
                    h[i] += s[i];
                }
            } else {
                float[] contribution = cache.get(index);
                if (contribution == null) {
                    contribution = contribution(j, embeddings[token], acc);
                    cache.put(index, contribution);
                }
                for (int i = 0; i < hidden; i++) {
                    h[i] += contribution[i];
                }
            }
        }
        for (int i = 0; i < hidden; i++) {
            double x = h[i] + bias[i];
            h[i] = x * x * x;
        }
        Arrays.fill(scores, 0.0);
        for (int i = 0; i < hidden; i++) {
            double x = h[i];
            int row = i * labels;
            for (int l = 0; l < labels; l++) {
                scores[l] += x * (double) outputT[row + l];
            }
        }
    }

    /**
     * Feature position {@code j}'s hidden-layer contribution for embedding {@code e}: per hidden
     * unit, the float products summed in double over the embedding in order, kept as a float.
     */
    private float[] contribution(int j, float[] e, double[] acc) {
        Arrays.fill(acc, 0.0);
        int base = j * embedding * hidden;
        for (int k = 0; k < embedding; k++) {
            float ek = e[k];
            int row = base + k * hidden;
            for (int i = 0; i < hidden; i++) {
                acc[i] += (double) (firstLayerT[row + i] * ek);
            }
        }
        float[] out = new float[hidden];
        for (int i = 0; i < hidden; i++) {
            out[i] = (float) acc[i];
        }
        return out;
    }

    /** W1 [hidden][position*embedding + k] as [position][k][hidden], flat. */
    private static float[] transpose(float[][] w1) {
        int rows = w1.length;
        int cols = w1[0].length;
        float[] t = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + i] = w1[i][c];
            }
        }
        return t;
    }

    /**
     * W2 [transition][hidden] as [hidden][transition], flat. Kept in float, as the model has it:
     * widening a float to double is exact, so each product is CoreNLP's, and the matrix read per
     * transition is half the size of a double copy.
     */
    private static float[] transposed(float[][] w2) {
        int rows = w2.length;
        int cols = w2[0].length;
        float[] t = new float[rows * cols];
        for (int l = 0; l < rows; l++) {
            for (int i = 0; i < cols; i++) {
                t[i * rows + l] = w2[l][i];
            }
        }
        return t;
    }

    private static MethodHandle method(String name, Class<?>... parameters) throws ReflectiveOperationException {
        Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return MethodHandles.lookup().unreflect(m);
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * The precomputed table's row of each feature index (CoreNLP's {@code preMap}) in an open-
     * addressing table of ints: the same answers without boxing an index 48 times a transition.
     */
    private static final class PrecomputedIndex {
        private final int[] keys;
        private final int[] rows;
        private final int mask;

        PrecomputedIndex(Map<Integer, Integer> map) {
            int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
            keys = new int[size];
            rows = new int[size];
            mask = size - 1;
            Arrays.fill(keys, -1);
            for (Map.Entry<Integer, Integer> e : map.entrySet()) {
                if (e.getKey() < 0 || e.getValue() < 0) {
                    throw new IllegalArgumentException("a negative precomputed feature " + e);
                }
                int slot = slot(e.getKey());
                while (keys[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = e.getKey();
                rows[slot] = e.getValue();
            }
        }

        /** The row of {@code index}, or -1 when it is not precomputed. */
        int get(int index) {
            for (int slot = slot(index); keys[slot] >= 0; slot = (slot + 1) & mask) {
                if (keys[slot] == index) {
                    return rows[slot];
                }
            }
            return -1;
        }

        private int slot(int key) {
            return (key * 0x9E3779B9 >>> 7) & mask;
        }
    }

    /**
     * Contributions by feature index. Each is a pure function of the model, so whether one is
     * found or recomputed changes no parse; the bound keeps a long run's memory flat.
     */
    private static final class ContributionCache {
        private final int limit;
        private final ConcurrentHashMap<Integer, float[]> map = new ConcurrentHashMap<>();

        ContributionCache(int limit) {
            this.limit = limit;
        }

        float[] get(int index) {
            return map.get(index);
        }

        void put(int index, float[] contribution) {
            if (map.size() >= limit) {
                map.clear();
            }
            map.put(index, contribution);
        }
    }
}
