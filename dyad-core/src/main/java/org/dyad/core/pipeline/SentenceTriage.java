package org.dyad.core.pipeline;

import java.util.List;

/**
 * Decides, from a sentence's cheap layers (words, POS tags, lemmas), whether it needs the
 * expensive ones (named entities and the dependency parse). An NLP stage that honours a triage
 * analyses only the sentences it selects and marks the others unparsed
 * ({@link org.dyad.core.doc.DependencyLayer#parsed(int)}).
 */
@FunctionalInterface
public interface SentenceTriage {

    /**
     * @param words the sentence's tokens as written
     * @param tags their POS tags (Penn Treebank)
     * @param lemmas their lemmas
     * @return true when the sentence must be parsed
     */
    boolean needsParse(List<String> words, List<String> tags, List<String> lemmas);

    /** The triage of the full path: every sentence is parsed. */
    static SentenceTriage everySentence() {
        return (words, tags, lemmas) -> true;
    }
}
