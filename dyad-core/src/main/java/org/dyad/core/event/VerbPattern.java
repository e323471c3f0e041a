package org.dyad.core.event;

import java.util.Optional;
import java.util.Set;

/**
 * One line of a verb dictionary: a verb (lemma, optional particle), the slot a pattern tests
 * (none, the object, a prepositional phrase, or the subject: "riots continued"), the head words that slot must have, and the code.
 *
 * @param words lemmas or word forms of the slot's head; empty means any; {@code @place} means a
 *     place name; {@code @event} means a noun of the noun-event dictionary; {@code @compound} a
 *     head coordinated with another ("Gondor and Osgiliath downplayed"); {@code death_toll} a head
 *     with the modifier right before it
 * @param code the CAMEO code, {@link #NOUN_CODE} to take the code from the event noun in the slot,
 *     {@link #ENDED_CODE} to take the code of ending that noun's event, or empty when the pattern
 *     says "not an event"
 * @param phrase for the {@link Slot#PHRASE} slot, the words that must follow the verb
 * @param reverseCode the code of the event the target does in return, when the verb names two
 *     ("met", "arrived in": each side meets the other; TABARI's {@code [040:040]})
 */
public record VerbPattern(String verb, String particle, Slot slot, String preposition, Set<String> words,
        Optional<String> code, String source, Optional<PhrasePattern> phrase, Optional<String> reverseCode) {

    /** Code value meaning "the code of the event noun that fills the slot". */
    public static final String NOUN_CODE = "noun";
    /** Code value meaning "the code of ending the event the noun in the slot names" ("suspended aid"). */
    public static final String ENDED_CODE = "ended";

    /**
     * What a pattern tests: nothing (the verb's default), its object, an oblique, its subject, or
     * the words that follow it.
     */
    public enum Slot { DEFAULT, OBJECT, PREPOSITION, SUBJECT, PHRASE }

    /** A pattern on the verb alone, its object or one of its prepositional phrases. */
    public VerbPattern(String verb, String particle, Slot slot, String preposition, Set<String> words,
            Optional<String> code, String source) {
        this(verb, particle, slot, preposition, words, code, source, Optional.empty(), Optional.empty());
    }

    /** This pattern with the code of the target's event in return. */
    public VerbPattern withReverseCode(Optional<String> reverse) {
        return new VerbPattern(verb, particle, slot, preposition, words, code, source, phrase, reverse);
    }

    /** A pattern on the words that follow the verb. */
    public static VerbPattern phrase(String verb, String particle, PhrasePattern phrase, Optional<String> code,
            String source) {
        return new VerbPattern(verb, particle, Slot.PHRASE, "", Set.of(), code, source, Optional.of(phrase),
                Optional.empty());
    }

    public VerbPattern {
        if (verb == null || verb.isBlank()) {
            throw new IllegalArgumentException("a verb pattern needs a verb");
        }
        particle = particle == null ? "" : particle;
        preposition = preposition == null ? "" : preposition;
        words = Set.copyOf(words);
        code = code == null ? Optional.empty() : code;
        if (code.isPresent() && !code.get().equals(NOUN_CODE) && !code.get().equals(ENDED_CODE)
                && !code.get().matches("\\d{2,4}")) {
            throw new IllegalArgumentException("code '" + code.get() + "' is not a CAMEO code, '---', '" + NOUN_CODE
                    + "' or '" + ENDED_CODE + "'");
        }
        if (slot == Slot.PREPOSITION && preposition.isEmpty()) {
            throw new IllegalArgumentException("a prepositional pattern needs its preposition");
        }
        phrase = phrase == null ? Optional.empty() : phrase;
        reverseCode = reverseCode == null ? Optional.empty() : reverseCode;
        if (reverseCode.isPresent() && (!reverseCode.get().matches("\\d{2,4}") || code.isEmpty()
                || code.get().equals(NOUN_CODE))) {
            throw new IllegalArgumentException("reverse code '" + reverseCode.get() + "' must be a CAMEO code after "
                    + "a CAMEO code (040:040)");
        }
        if ((slot == Slot.PHRASE) != phrase.isPresent()) {
            throw new IllegalArgumentException("a phrase pattern needs its phrase, and only it has one");
        }
        if (source == null) {
            throw new IllegalArgumentException("a verb pattern needs its source");
        }
    }
}
