package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.core.doc.DependencyLayer;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.SentenceLayer;
import org.dyad.core.doc.TagLayer;
import org.dyad.core.doc.TokenLayer;

/** Copies a CoreNLP annotation into Dyad's typed layers; CoreNLP types go no further. */
final class NlpLayers {
    private NlpLayers() {
    }

    /**
     * The document with the annotation's layers added; {@code parsed[s]} says whether sentence
     * {@code s} went through the parser (the others become unparsed roots).
     */
    static Document add(Document document, Annotation annotation, boolean[] parsed) {
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
        boolean[] parsedTokens = new boolean[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "root");
        List<EntityMention> entities = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            int offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            firsts[s] = offset;
            lasts[s] = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
            Arrays.fill(parsedTokens, firsts[s], lasts[s], parsed[s]);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null && parsed[s]) {
                addEdges(graph, offset, heads, relations);
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
                new TagLayer(tags), new TagLayer(lemmas), entities,
                DependencyLayer.partial(heads, relations, parsedTokens));
    }

    private static void addEdges(SemanticGraph graph, int offset, int[] heads, String[] relations) {
        int n = heads.length;
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
}
