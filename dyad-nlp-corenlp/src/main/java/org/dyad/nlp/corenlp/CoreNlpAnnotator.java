package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.pipeline.SentenceTriage;
import org.dyad.core.pipeline.Stage;

/**
 * Stanford CoreNLP as a Dyad stage: tokens, sentences, POS, lemmas, named entities and basic
 * Universal Dependencies over the repaired text. The CoreNLP pipelines are created on first use
 * (loading the models takes seconds and about 1 GiB) and shared by all threads and by every
 * annotator made from this one with {@link #fastPath}; CoreNLP's annotate is thread-safe.
 *
 * <p>The <b>full path</b> (this class's constructors) runs every annotator on every sentence. The
 * <b>fast path</b> ({@link #fastPath}) runs the cheap layers and a lighter recogniser (CoreNLP's
 * 3-class CRF alone, which decides PERSON, LOCATION and ORGANIZATION as in the full recogniser,
 * without dates, numbers and MISC) on every sentence, and the dependency parser only on the
 * sentences the triage selects; the others are marked unparsed in the dependency layer.
 */
public final class CoreNlpAnnotator implements Stage {
    private final CoreNlpModels models;
    private final SentenceTriage triage; // null on the full path

    /** The annotators Dyad needs, with sentence breaks at every newline (headlines, bylines). */
    public CoreNlpAnnotator() {
        this(defaultProperties());
    }

    public CoreNlpAnnotator(Properties properties) {
        this(new CoreNlpModels(properties), null);
    }

    private CoreNlpAnnotator(CoreNlpModels models, SentenceTriage triage) {
        this.models = models;
        this.triage = triage;
    }

    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        return p;
    }

    /** The fast path over the same loaded models: only sentences {@code triage} selects are parsed. */
    public CoreNlpAnnotator fastPath(SentenceTriage triage) {
        if (triage == null) {
            throw new IllegalArgumentException("the fast path needs a sentence triage");
        }
        return new CoreNlpAnnotator(models, triage);
    }

    /** The full path over the same loaded models. */
    public CoreNlpAnnotator fullPath() {
        return triage == null ? this : new CoreNlpAnnotator(models, null);
    }

    /** Whether every annotator runs on every sentence. */
    public boolean isFullPath() {
        return triage == null;
    }

    /**
     * CoreNLP's tokenize, ssplit, pos and lemma alone over {@code text}, the floor of any path;
     * returns the token count. For benchmarks.
     */
    public int annotateCheapLayers(String text) {
        Annotation annotation = new Annotation(text);
        models.cheap().annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
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
        models.cheap().annotate(annotation);
        StanfordCoreNLP ner = triage == null ? models.fullNer() : models.fastNer();
        if (ner != null) {
            ner.annotate(annotation);
        }
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<SentenceTriage.TaggedSentence> tagged = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            tagged.add(tagged(sentence));
        }
        boolean[] parsed = (triage == null ? SentenceTriage.everySentence() : triage).select(tagged);
        StanfordCoreNLP deep = models.deep();
        if (deep != null && triage == null) {
            deep.annotate(annotation);
        } else if (deep != null) {
            parseChosen(annotation, sentences, parsed);
        }
        return NlpLayers.add(document, annotation, parsed);
    }

    /** The fast path's parses: by the faster scorer where there is one, else by CoreNLP's annotator. */
    private void parseChosen(Annotation annotation, List<CoreMap> sentences, boolean[] parsed) {
        NeuralParser parser = models.parser();
        List<CoreMap> chosen = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (parsed[s] && parser != null) {
                parser.parse(sentences.get(s));
            } else if (parsed[s]) {
                chosen.add(sentences.get(s));
            }
        }
        if (!chosen.isEmpty()) {
            models.deep().annotate(subAnnotation(annotation, chosen));
        }
    }

    private static SentenceTriage.TaggedSentence tagged(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        List<String> lemmas = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            words.add(t.word());
            tags.add(t.tag() == null ? "X" : t.tag());
            lemmas.add(t.lemma() == null ? t.word() : t.lemma());
        }
        return new SentenceTriage.TaggedSentence(words, tags, lemmas);
    }

    /** An annotation holding only {@code chosen} (the same sentence objects, annotated in place). */
    private static Annotation subAnnotation(Annotation whole, List<CoreMap> chosen) {
        Annotation sub = new Annotation(whole.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : chosen) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        return sub;
    }
}
