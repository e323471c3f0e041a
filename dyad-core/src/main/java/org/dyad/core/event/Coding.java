package org.dyad.core.event;

import java.util.Optional;

/**
 * What a verb pattern gave: the code, the token that filled its slot (or -1), whether the pattern
 * was specific (a slot or phrase, not the verb's default), the rule for audit, and where a phrase
 * pattern put the source and the target (token indices, or -1).
 */
record Coding(String code, int slotToken, boolean specific, String rule, int sourceToken, int targetToken,
        boolean subjectIsTarget, Optional<String> reverseCode) {
    Coding {
        if (code == null || code.isEmpty() || rule == null || reverseCode == null) {
            throw new IllegalArgumentException("a coding needs a code, a rule and a reverse code (empty for none)");
        }
    }

    /** A slot or default pattern's coding: no phrase marks. */
    static Coding of(VerbPattern p, int slotToken, boolean specific, String rule) {
        return new Coding(p.code().orElseThrow(), slotToken, specific, rule, -1, -1, false, p.reverseCode());
    }
}
