package org.dyad.codebooks.tools;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Derives the nouns that name people from WordNet 3.1, for the event coder's unresolved parties
 * ("visitors attended the rally", "my siblings being beaten": docs/coding.md). A noun is kept
 * when its most frequent sense names a person or a group of people:
 *
 * <ul>
 *   <li>the sense is in WordNet's lexicographer file {@code noun.person} ("visitor", "sibling",
 *       "protester", "partygoer"), or
 *   <li>it is {@value #PEOPLE} or one of its hyponyms, at any depth ("people", "crowd" is not one,
 *       "populace", "folk");
 *   <li>the noun is one word (letters and hyphens), in lower case: proper names ("Lincoln") are
 *       the actor dictionaries' and NER's, not a lexicon's.
 * </ul>
 *
 * Only the first sense counts, so "head" (a body part first) or "party" (a group first) are not
 * people. The derivation prints nothing: it returns the kept nouns, each with why.
 */
public final class PersonNounDerivation {
    /** WordNet's synset of "any group of human beings (men or women or children) collectively". */
    static final String PEOPLE = "people";
    private static final String PERSON_FILE = "noun.person";

    private final Dictionary wordnet;

    public PersonNounDerivation(Dictionary wordnet) {
        this.wordnet = Objects.requireNonNull(wordnet, "wordnet");
    }

    /** A kept noun and the reason: its first sense's lexicographer file, or the group it is a kind of. */
    public record Noun(String noun, String basis) {
        public Noun {
            if (noun == null || noun.isBlank() || basis == null) {
                throw new IllegalArgumentException("a person noun needs a noun and a basis");
            }
        }
    }

    /** The kept nouns, in alphabetical order. */
    public List<Noun> derive() throws JWNLException {
        Set<Long> groups = peopleSynsets();
        Map<String, Noun> kept = new TreeMap<>();
        Iterator<IndexWord> words = wordnet.getIndexWordIterator(POS.NOUN);
        while (words.hasNext()) {
            IndexWord index = words.next();
            String lemma = index.getLemma();
            if (!lemma.matches("[a-z][a-z-]*[a-z]") || index.getSenses().isEmpty()) {
                continue;
            }
            Synset first = index.getSenses().get(0);
            if (!writtenLowerCase(first, lemma)) {
                continue; // "Aalto", "Aaron": WordNet's index is in lower case, its synsets keep the capitals
            }
            if (PERSON_FILE.equals(first.getLexFileName())) {
                kept.put(lemma, new Noun(lemma, PERSON_FILE));
            } else if (groups.contains(first.getOffset())) {
                kept.put(lemma, new Noun(lemma, "kind of " + PEOPLE));
            }
        }
        return List.copyOf(kept.values());
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

    /** The first sense of "people" and its hyponyms, at any depth. */
    private Set<Long> peopleSynsets() throws JWNLException {
        IndexWord people = wordnet.getIndexWord(POS.NOUN, PEOPLE);
        if (people == null) {
            throw new IllegalStateException("WordNet has no noun '" + PEOPLE + "'");
        }
        Set<Long> out = new HashSet<>();
        Deque<Synset> todo = new ArrayDeque<>(List.of(people.getSenses().get(0)));
        while (!todo.isEmpty()) {
            Synset s = todo.pop();
            if (out.add(s.getOffset())) {
                for (Pointer p : s.getPointers(PointerType.HYPONYM)) {
                    todo.push(p.getTargetSynset());
                }
            }
        }
        return out;
    }
}
