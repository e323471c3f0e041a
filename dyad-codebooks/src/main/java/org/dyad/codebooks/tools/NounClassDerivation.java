package org.dyad.codebooks.tools;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The nouns whose most frequent WordNet 3.1 sense names a person or a group of people (the
 * lexicographer files {@code noun.person} and {@code noun.group}): "prisoner", "hostage",
 * "detainee", "delegation". A verb sense that is about persons (releasing, freeing, expelling a
 * person) asks its object for one of these words ({@code @person} in a verb pattern,
 * docs/dictionaries.md "Verb senses"), so "released a summary of a phone call" is no release of
 * persons. The same file tells the event coder which unresolved subjects and objects name people
 * ({@code PersonNouns} keeps the {@code noun.person} lines: "visitor", "sibling", "protester").
 * Only common nouns: one-word lemmas that WordNet writes in lower case ("Aaron", "Lincoln" are
 * names, the actor dictionaries' and NER's). The derivation prints nothing.
 */
public final class NounClassDerivation {
    /** The class every kept noun belongs to, as verb patterns name it. */
    public static final String PERSON_CLASS = "@person";
    private static final Set<String> PERSON_FILES = Set.of("noun.person", "noun.group");

    private final Dictionary wordnet;

    public NounClassDerivation(Dictionary wordnet) {
        this.wordnet = Objects.requireNonNull(wordnet, "wordnet");
    }

    /** A kept noun and the lexicographer file of its first sense. */
    public record Noun(String noun, String lexFile) {
        public Noun {
            if (noun == null || !noun.matches("[a-z][a-z-]*")) {
                throw new IllegalArgumentException("noun '" + noun + "' is not a one-word lower-case lemma");
            }
        }
    }

    /** The nouns of a person or group, in WordNet's (alphabetical) order. */
    public List<Noun> personNouns() throws JWNLException {
        List<Noun> out = new ArrayList<>();
        Iterator<IndexWord> words = wordnet.getIndexWordIterator(POS.NOUN);
        while (words.hasNext()) {
            IndexWord w = words.next();
            String lemma = w.getLemma().toLowerCase(Locale.ROOT);
            if (!lemma.matches("[a-z][a-z-]*") || w.getSenses().isEmpty()) {
                continue;
            }
            Synset first = w.getSenses().get(0);
            String file = first.getLexFileName();
            if (PERSON_FILES.contains(file) && writtenLowerCase(first, lemma)) {
                out.add(new Noun(lemma, file));
            }
        }
        return out;
    }

    /** Whether the synset writes this lemma in lower case: a common noun, not a name. */
    private static boolean writtenLowerCase(Synset s, String lemma) {
        for (Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma)) {
                return w.getLemma().equals(lemma);
            }
        }
        return false;
    }
}
