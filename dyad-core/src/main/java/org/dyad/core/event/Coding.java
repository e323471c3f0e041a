package org.dyad.core.event;

import java.util.Optional;
import org.dyad.core.facts.PatternKind;

/**
 * What a verb pattern gave: the code, the token that filled its slot (or -1), whether the pattern
 * was specific (a slot or phrase, not the verb's default), the rule for audit, where a phrase
 * pattern put the source and the target (token indices, or -1), and the kind of pattern it was.
 */
record Coding(String code, int slotToken, boolean specific, String rule, int sourceToken, int targetToken,
        boolean subjectIsTarget, Optional<String> reverseCode, PatternKind kind) {
    Coding {
        if (code == null || code.isEmpty() || rule == null || reverseCode == null || kind == null) {
            throw new IllegalArgumentException("a coding needs a code, a rule, a reverse code (empty for none) and a kind");
        }
    }

    /** A coding whose kind follows from its specificity: a slot pattern, or the verb's default. */
    Coding(String code, int slotToken, boolean specific, String rule, int sourceToken, int targetToken,
            boolean subjectIsTarget, Optional<String> reverseCode) {
        this(code, slotToken, specific, rule, sourceToken, targetToken, subjectIsTarget, reverseCode,
                specific ? PatternKind.SLOT : PatternKind.DEFAULT);
    }

    /**
     * A slot or default pattern's coding: no phrase marks. A slot pattern that names no word (a
     * bare preposition, "demonstrate against") is as unspecific as the default.
     */
    static Coding of(VerbPattern p, int slotToken, boolean specific, String rule) {
        PatternKind kind = specific && !p.words().isEmpty() ? PatternKind.SLOT : PatternKind.DEFAULT;
        return new Coding(p.code().orElseThrow(), slotToken, specific, rule, -1, -1, false, p.reverseCode(), kind);
    }
}
