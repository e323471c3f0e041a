package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dyad.core.doc.DependencyLayer;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.SentenceLayer;
import org.dyad.core.doc.TagLayer;
import org.dyad.core.doc.TokenLayer;
import org.dyad.core.pipeline.Stage;

/**
 * Stanford CoreNLP as a Dyad stage: tokens, sentences, POS, lemmas, named entities and basic
 * Universal Dependencies over the repaired text. The CoreNLP pipeline is created on first use
 * (loading its models takes seconds and about 1 GiB) and shared by all threads that use this
 * object; CoreNLP's annotate is thread-safe.
 */
public final class CoreNlpAnnotator implements Stage {
    private final Properties properties;
    private volatile StanfordCoreNLP pipeline;

    /** The annotators Dyad needs, with sentence breaks at every newline (headlines, bylines). */
    public CoreNlpAnnotator() {
        this(defaultProperties());
    }

    public CoreNlpAnnotator(Properties properties) {
        this.properties = (Properties) properties.clone();
    }

    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Keep CoreNLP quiet about its own progress; Dyad reports what matters.
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        return p;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    try {
                        p = new StanfordCoreNLP(properties);
                    } catch (RuntimeException e) {
                        throw new NlpUnavailableException("Stanford CoreNLP could not start (" + e.getMessage()
                                + "); check that stanford-corenlp-" + "4.5.10-models.jar is on the classpath and "
                                + "that the JVM has at least 2 GiB (-Xmx2g)", e);
                    }
                    pipeline = p;
                }
            }
        }
        return p;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.LEMMAS, LayerKind.ENTITIES,
                LayerKind.DEPENDENCIES);
    }

    @Override
    public Document apply(Document document) {
        Annotation annotation = new Annotation(document.text().text());
        pipeline().annotate(annotation);
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        int n = tokens.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        String[] tags = new String[n];
        String[] lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel t = tokens.get(i);
            starts[i] = t.beginPosition();
            ends[i] = t.endPosition();
            words[i] = t.word();
            tags[i] = t.tag() == null ? "X" : t.tag();
            lemmas[i] = t.lemma() == null ? t.word() : t.lemma();
        }
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        int[] firsts = new int[sentences.size()];
        int[] lasts = new int[sentences.size()];
        int[] heads = new int[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "root");
        List<EntityMention> entities = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            int offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            firsts[s] = offset;
            lasts[s] = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    IndexedWord dep = edge.getDependent();
                    IndexedWord gov = edge.getGovernor();
                    int d = offset + dep.index() - 1;
                    int g = offset + gov.index() - 1;
                    if (d != g && d >= 0 && d < n && g >= 0 && g < n) {
                        heads[d] = g;
                        relations[d] = edge.getRelation().toString();
                    }
                }
            }
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    int b = m.get(CoreAnnotations.TokenBeginAnnotation.class);
                    int e = m.get(CoreAnnotations.TokenEndAnnotation.class);
                    String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
                    if (e > b && type != null) {
                        entities.add(new EntityMention(b, e, type));
                    }
                }
            }
        }
        return document.withNlp(new TokenLayer(starts, ends, words), new SentenceLayer(firsts, lasts, n),
                new TagLayer(tags), new TagLayer(lemmas), entities, new DependencyLayer(heads, relations));
    }
}
