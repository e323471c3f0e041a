package org.dyad.codebooks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.ActorEntry;
import org.dyad.core.actor.AgentDictionary;
import org.dyad.core.actor.AgentEntry;
import org.dyad.core.actor.Phrase;

/**
 * Looks phrases up in the bundled dictionaries as the resolver does, on words as CoreNLP
 * tokenises them ({@link Phrase#words}: lower-cased, possessive split off). Loaded once per JVM
 * for the test classes of this package; the dictionaries are immutable.
 */
final class BundledActors {
    static final Codebooks BOOKS = Codebooks.bundled();

    private BundledActors() {
    }

    /** The entry for the longest phrase at the start of {@code text} on {@code date} (null: none known). */
    static Optional<ActorEntry> entry(String text, LocalDate date) {
        return entryAt(text, 0, date);
    }

    /** The entry for the longest phrase starting at word {@code start} of {@code text}. */
    static Optional<ActorEntry> entryAt(String text, int start, LocalDate date) {
        List<String> words = Phrase.words(text);
        return BOOKS.actors().longestMatch(words, null, start, date).map(ActorDictionary.Match::entry);
    }

    /** The code {@code text} resolves to on {@code date}, or "" when it is no actor. */
    static String code(String text, LocalDate date) {
        return entry(text, date).map(e -> e.code().code()).orElse("");
    }

    /** The code of a phrase that must cover all of {@code text}, or "" when it is no actor or only part of one. */
    static String wholeCode(String text, LocalDate date) {
        int length = Phrase.words(text).size();
        return entry(text, date).filter(e -> e.words().size() == length).map(e -> e.code().code()).orElse("");
    }

    /** The role of the longest agent phrase at the start of {@code text}, its last word matched by {@code lemma}. */
    static String role(String text, String lemma) {
        List<String> words = Phrase.words(text);
        List<String> lemmas = new java.util.ArrayList<>(words);
        lemmas.set(lemmas.size() - 1, lemma);
        return BOOKS.agents().longestMatch(words, lemmas, 0).map(AgentDictionary.Match::entry)
                .map(AgentEntry::role).orElse("");
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
