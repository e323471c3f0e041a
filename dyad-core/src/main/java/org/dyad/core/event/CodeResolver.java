package org.dyad.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Token;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Rel;

/**
 * The code a pattern's coding stands for: an event noun's code (or the code of ending it), a
 * statement that obliges a named party read as a demand, and nothing for a bare intent whose
 * complement codes the intended act itself ("plans to impose restrictions").
 */
final class CodeResolver {
    /** Modals by which a statement demands something of another party: "China must drop barriers". */
    private static final Set<String> OBLIGATION_MODALS = Set.of("must", "should", "ought");
    private static final String DEMAND_CODE = "100";
    /** CAMEO's generic intent (root 03, the default of plan, decide, agree ...). */
    private static final String INTENT_ROOT = "03";

    private final NominalEvents nouns;
    private final CameoOntology ontology;
    private final Conventions conventions;

    CodeResolver(NominalEvents nouns, CameoOntology ontology, Conventions conventions) {
        this.nouns = nouns;
        this.ontology = ontology;
        this.conventions = conventions;
    }

    /**
     * @param codesAnEvent whether another predicate (a controlled complement) codes an event of its own
     */
    Optional<Reading> resolve(CodingContext ctx, Token verb, Coding coding, Predicate<Token> codesAnEvent) {
        String code = coding.code();
        int noun = -1;
        if (code.equals(VerbPattern.NOUN_CODE) || code.equals(VerbPattern.ENDED_CODE)) {
            noun = coding.slotToken();
            Optional<String> nounCode = noun >= 0 ? nouns.code(ctx.doc.token(noun)) : Optional.empty();
            if (code.equals(VerbPattern.ENDED_CODE)) {
                nounCode = nounCode.flatMap(NominalEvents::ending);
            }
            if (nounCode.isEmpty()) {
                return Optional.empty();
            }
            code = nounCode.get();
        }
        if (!coding.specific() && noun < 0 && code.startsWith(INTENT_ROOT) && complementIsCoded(verb, codesAnEvent)) {
            return Optional.empty(); // "plans to impose restrictions": the complement says what is intended
        }
        boolean obligation = CameoRoots.isStatement(code) && statesObligation(ctx, verb);
        // PETRARCH: a plain statement is addressed to whom it names, never to a party of what it reports.
        boolean reportsOnly = conventions.targetlessStatements() && CameoRoots.isStatement(code)
                && !coding.specific() && !obligation;
        if (obligation) {
            code = DEMAND_CODE;
        }
        Optional<CameoEntry> entry = ontology.nearest(code);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Reading.coded(verb, coding, code, entry.get(), noun, obligation, reportsOnly));
    }

    /** True when a controlled complement of the verb codes an event of its own. */
    private static boolean complementIsCoded(Token verb, Predicate<Token> codesAnEvent) {
        for (Token c : verb.children(Rel.XCOMP)) {
            if (c.isVerb() && codesAnEvent.test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A statement whose complement says what a party must do ("declared that China must drop
     * barriers", "said the US must be ready to mediate") demands it of that party.
     */
    private static boolean statesObligation(CodingContext ctx, Token verb) {
        for (Token clause : verb.children(Rel.CCOMP)) {
            List<Token> obliged = Clauses.ownSubjects(clause);
            // "said the agency needs a billion dollars": only a named party can be obliged.
            if (ctx.actorsOf(obliged, false).isEmpty()) {
                continue;
            }
            for (Token aux : clause.children(Rel.AUX)) {
                if (OBLIGATION_MODALS.contains(aux.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            String lemma = clause.lemma().toLowerCase(Locale.ROOT);
            if ((lemma.equals("have") || lemma.equals("need")) && !clause.children(Rel.XCOMP).isEmpty()) {
                return true; // "China has to drop barriers"
            }
        }
        return false;
    }
}
