package org.dyad.core.event;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.Factuality;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;

/**
 * Clauses a noun embeds, which do not state their own fact. What an allegation, accusation or
 * claim says is alleged ("The arrest came after an allegation he assaulted Neka Dorokashvili",
 * "dismissed accusations it is getting weapons from North Korea", "denied all claims that
 * Khashoggi was slain"). What a call, demand, pressure or possibility names has not happened
 * ("after calls for massively rearming Europe and boosting aid for Kyiv", "has been under pressure
 * to resign", "the possibility of restoring economic cooperation with Russia", "paving the way
 * for further deepening their military cooperation"): it is hypothetical.
 */
final class EmbeddingNouns {
    /** Nouns whose clause is what someone alleges. */
    private final Set<String> allegations = Set.of("allegation", "accusation", "claim", "charge", "suspicion",
            "rumor", "rumour");
    /** Nouns whose gerund or infinitive names what is asked for, pressed for or possible. */
    private final Set<String> prospects = Set.of("call", "demand", "appeal", "plea", "pressure", "push",
            "possibility", "prospect", "chance", "hope", "fear", "idea", "option");
    /** Verbs that, with "the way" as object, open a prospect: "paving the way for", "clear the way for". */
    private final Set<String> wayMakers = Set.of("pave", "clear", "open");
    /** Relations through which a gerund or infinitive reaches the noun that embeds it. */
    private final Set<String> upward = Set.of(Rel.AMOD, Rel.CONJ, Rel.NMOD, Rel.ADVCL, Rel.ACL, Rel.XCOMP, Rel.OBJ,
            Rel.OBL, Rel.COMPOUND, Rel.CCOMP);
    private static final int REACH = 4;

    /** The factuality a noun above the predicate gives it, when one does. */
    Optional<Factuality> of(Document doc, int predicate) {
        Token p = doc.token(predicate);
        if (isAlleged(doc, p)) {
            return Optional.of(Factuality.ALLEGED);
        }
        return isProspect(p) ? Optional.of(Factuality.HYPOTHETICAL) : Optional.empty();
    }

    /**
     * "an allegation he assaulted", "claims that Khashoggi was slain": the noun stands just before
     * the clause's subject (or its "that"), or the parser hung the clause on the noun itself.
     */
    private boolean isAlleged(Document doc, Token p) {
        Token head = p.head();
        String rel = p.relation().split(":")[0];
        if (head != null && head.isNoun() && isOneOf(head, allegations)
                && (rel.equals(Rel.CCOMP) || rel.equals(Rel.ACL) || rel.equals(Rel.DEP))) {
            return true;
        }
        for (Token subject : p.children(Rel.NSUBJ)) {
            int before = firstTokenBefore(doc, subject);
            if (before >= 0 && doc.token(before).word().equalsIgnoreCase("that")) {
                before = before - 1 >= doc.sentences().firstToken(subject.sentence()) ? before - 1 : -1;
            }
            if (before >= 0 && doc.token(before).isNoun() && isOneOf(doc.token(before), allegations)) {
                return true;
            }
        }
        return false;
    }

    /** The token before the subject's phrase ("he", "the army"), in its sentence, or -1. */
    private static int firstTokenBefore(Document doc, Token subject) {
        int first = subject.index();
        for (Token c : subject.children()) {
            if (c.index() < first && (c.relation().equals(Rel.DET) || c.relation().equals(Rel.AMOD)
                    || c.relation().equals(Rel.COMPOUND) || Rel.is(c.relation(), Rel.NMOD_POSS))) {
                first = c.index();
            }
        }
        return first - 1 >= doc.sentences().firstToken(subject.sentence()) ? first - 1 : -1;
    }

    /**
     * A gerund or infinitive under a noun of prospect, through the modifiers and conjuncts the
     * parser puts between them ("calls for massively rearming Europe and boosting aid"), not
     * beyond a finite verb.
     */
    private boolean isProspect(Token p) {
        if (!p.pos().equals(Pos.VBG) && !(p.pos().equals(Pos.VB) && Clauses.isInfinitive(p))) {
            return false;
        }
        Token t = p;
        for (int depth = 0; depth < REACH && t.head() != null; depth++) {
            if (!upward.contains(t.relation().split(":")[0])) {
                return false;
            }
            Token gov = t.head();
            if (gov.isNoun() && isOneOf(gov, prospects)) {
                return true;
            }
            if (isOneOf(gov, wayMakers) && gov.children(Rel.OBJ).stream().anyMatch(o -> o.lemma().equalsIgnoreCase("way"))) {
                return true;
            }
            if (gov.pos().matches("VBD|VBZ|VBP|MD")) {
                return false;
            }
            t = gov;
        }
        return false;
    }

    private static boolean isOneOf(Token t, Set<String> lemmas) {
        return lemmas.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
