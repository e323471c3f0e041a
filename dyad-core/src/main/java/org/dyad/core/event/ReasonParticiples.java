package org.dyad.core.event;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Token;
import org.dyad.core.syntax.Pos;

/**
 * A participle that gives the reason for another act codes no event of its own: in "the U.N. did
 * not invite Afghan women, citing the Taliban's opposition" the U.N. accuses no one, and "citing
 * security concerns" or "invoking national security" states why the main clause's act was done.
 * The main clause is coded as usual.
 */
final class ReasonParticiples {
    /** Verbs whose participle names a reason: cite, invoke. */
    private static final Set<String> REASONS = Set.of("cite", "invoke");

    private ReasonParticiples() {
    }

    /** True when the verb is a reason participle hanging on another predicate ("..., citing X"). */
    static boolean givesReason(Token verb) {
        return verb.head() != null && verb.pos().equals(Pos.VBG)
                && REASONS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }
}
