package org.dyad.core.pipeline;

import java.util.Arrays;
import java.util.List;

/**
 * Decides, from a document's cheap layers (words, POS tags, lemmas of each sentence), which
 * sentences need the expensive parse. An NLP stage that honours a triage parses only the sentences
 * it selects and marks the others unparsed ({@link org.dyad.core.doc.DependencyLayer#parsed(int)}).
 */
@FunctionalInterface
public interface SentenceTriage {

    /** One sentence's tokens as written, their POS tags (Penn Treebank) and lemmas. */
    record TaggedSentence(List<String> words, List<String> tags, List<String> lemmas) {
        public TaggedSentence {
            words = List.copyOf(words);
            tags = List.copyOf(tags);
            lemmas = List.copyOf(lemmas);
            if (tags.size() != words.size() || lemmas.size() != words.size()) {
                throw new IllegalArgumentException("a tagged sentence needs one tag and one lemma per word");
            }
        }
    }

    /** For each sentence of the document, in order, whether it must be parsed. */
    boolean[] select(List<TaggedSentence> sentences);

    /** The triage of the full path: every sentence is parsed. */
    static SentenceTriage everySentence() {
        return sentences -> {
            boolean[] all = new boolean[sentences.size()];
            Arrays.fill(all, true);
            return all;
        };
    }
}
