package org.dyad.core.event;

import java.util.Locale;
import java.util.Optional;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Rel;

/**
 * PLOVER's coders code the speaker as the accuser when what the speaker reports accuses, blames,
 * criticises or praises and names no party that does it: "Fernández said the law has "condemned
 * many women ..."" is Fernández's ACCUSE. A reporting verb whose own reading is a plain statement
 * (root 01, from its default) takes the code of its complement clause's reading when that
 * reading is disapproval or accusation (root 11) or praise (051) and the complement's subject is
 * no party (no actor, role, named person, pronoun or noun of persons) and that is not passive
 * ("relief operations were hampered by lack of access" blames no one). When it is one ("said Gondor condemned Rohan"), that party
 * accuses in the complement's own event and the statement stays a statement. CAMEO's conventions
 * keep PETRARCH's reading.
 */
final class ReportedAccusations {
    /** CAMEO's disapproval and accusation (PLOVER ACCUSE). */
    private static final String ACCUSATION_ROOT = "11";
    /** CAMEO's praise (PLOVER SUPPORT). */
    private static final String PRAISE = "051";

    private final PatternSelector patterns;
    private final boolean applies;

    ReportedAccusations(PatternSelector patterns, Conventions conventions) {
        this.patterns = patterns;
        this.applies = conventions.unrealizedAsIntent();
    }

    /** The verb's choice, or the speaker's accusation its reported clause states. */
    PatternChoice reread(CodingContext ctx, Token verb, PatternChoice choice) {
        if (!applies || !(choice instanceof PatternChoice.Coded c) || c.coding().specific()
                || !CameoRoots.isStatement(c.coding().code())) {
            return choice;
        }
        for (Token clause : verb.children(Rel.CCOMP)) {
            if (!clause.isVerb() || Clauses.isPassive(clause) || namesItsAgent(ctx, clause)) {
                continue;
            }
            Optional<String> reported = accusation(patterns.select(ctx, clause));
            if (reported.isPresent()) {
                Coding was = c.coding();
                return new PatternChoice.Coded(new Coding(reported.get(), -1, false, was.rule() + " [reports "
                        + clause.lemma() + " " + reported.get() + "]", -1, -1, false, Optional.empty(),
                        PatternKind.DEFAULT));
            }
        }
        return choice;
    }

    private static Optional<String> accusation(PatternChoice choice) {
        if (choice instanceof PatternChoice.Coded c) {
            String code = c.coding().code();
            if (code.startsWith(ACCUSATION_ROOT) || code.equals(PRAISE)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /**
     * True when the clause's subject is a party (an actor, a role nothing owns, a named person, a
     * pronoun, a noun of persons or groups: "her supplier blamed"): that party is the accuser.
     */
    private boolean namesItsAgent(CodingContext ctx, Token clause) {
        for (Token s : Clauses.ownSubjects(clause)) {
            if (patterns.isPerson(ctx, s, s.lemma().toLowerCase(Locale.ROOT))
                    || ctx.genericRoleAt(s.index()).isPresent() || s.pos().startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }
}
