package org.dyad.codebooks.tabari;

import java.util.List;
import java.util.Optional;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.event.VerbPattern;

/**
 * A verb pattern derived from a CAMEO.2.0-style verb dictionary, in Dyad's terms: a verb (lemma,
 * optional particle), a slot ({@code -}, {@code obj}, {@code prep:P} or {@code phrase}), the slot's
 * head words (empty for any; for {@code phrase}, the one phrase in Dyad's notation) and a CAMEO
 * code ({@code A:B} when the target does B in return), or empty for "not an event" ({@code [---]}).
 */
public record TabariVerbPattern(String verb, String particle, String slot, List<String> words,
        Optional<String> code) {
    public TabariVerbPattern {
        words = List.copyOf(words);
        code = code == null ? Optional.empty() : code;
        if (verb == null || verb.isEmpty() || particle == null || slot == null) {
            throw new IllegalArgumentException("a verb pattern needs a verb, particle and slot");
        }
    }

    /** The line of a {@code dyad-verbs/1} file (tab-separated, {@code -} for none). */
    public String dyadLine() {
        return String.join("\t", particle.isEmpty() ? verb + "\t-" : verb + "\t" + particle,
                slot.isEmpty() ? "-" : slot, words.isEmpty() ? "-" : String.join(",", words), code.orElse("---"));
    }

    /** This pattern as Dyad's coder uses it: its {@link #dyadLine} read as a dictionary line is. */
    public VerbPattern toVerbPattern(String source) {
        return VerbDictionary.pattern(dyadLine().split("\t", -1), source);
    }
}
