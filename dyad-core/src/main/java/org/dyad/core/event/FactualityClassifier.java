package org.dyad.core.event;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Rel;
import org.dyad.core.syntax.Pos;

import org.dyad.core.facts.Factuality;
/**
 * Decides whether a predicate is asserted, negated, hypothetical, future, an intention, a
 * question or a denial, from its own auxiliaries, negators and markers and from the predicate
 * that embeds it ("could destabilize", "is intent on forging", "are likely to").
 */
public final class FactualityClassifier {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should", "would", "can",
            "must", "ought");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> HYPOTHETICAL_MARKERS = Set.of("if", "unless", "whether", "lest");
    private static final Set<String> INTENT_PREDICATES = Set.of("plan", "intend", "want", "seek", "hope", "aim",
            "intent", "ready", "willing", "promise", "vow", "swear", "pledge", "agree", "offer", "prepare", "propose", "decide",
            "threaten", "try", "attempt", "wish", "expect", "set", "poise", "due", "determined", "eager", "keen",
            "call", "urge", "ask", "demand", "prepared", "committed", "commit");
    /**
     * Requests: what "X urged Y to do" names is asked of Y, neither done nor Y's intention, so it
     * is hypothetical when the predicate has the asked party as its object.
     */
    private static final Set<String> REQUEST_PREDICATES = Set.of("urge", "ask", "call", "press", "request", "invite",
            "encourage", "tell", "order", "demand", "appeal", "implore", "advise");
    private static final Set<String> SPECULATIVE_PREDICATES = Set.of("likely", "unlikely", "possible", "probable",
            "may", "consider", "could", "potential", "able", "fear", "warn", "risk", "hint", "mull", "weigh", "contemplate",
            "need", "necessary");
    private static final Set<String> NEGATIVE_PREDICATES = Set.of("refuse", "fail", "decline", "avoid", "stop",
            "halt", "cease", "reject");
    private static final Set<String> DENIAL_PREDICATES = Set.of("deny");
    /** What was tried: "tried to negotiate", "have attempted to storm" (an attempt made, in the past). */
    private static final Set<String> ATTEMPT_PREDICATES = Set.of("try", "attempt");
    /**
     * Requests that also report: "told a court that he tried to kill" reports a deed, while "told
     * them to leave" asks for one. Only their infinitive complement is what is asked.
     */
    private static final Set<String> REPORTING_REQUESTS = Set.of("tell", "advise");
    /** A purpose that is itself the act: "went on strike to protest the arrests" is a protest. */
    private static final Set<String> PROTEST_PURPOSES = Set.of("protest");
    /**
     * Nouns whose clause says what is proposed, not done: "a proposal to impose sanctions"; what a
     * proposal that failed said did not happen ("a bill banning protests was defeated"), what one
     * that passed says stands ("a resolution calling for a probe").
     */
    private static final Set<String> PROPOSALS = Set.of("proposal", "proposition", "bill", "resolution", "motion",
            "bid", "draft", "initiative", "suggestion", "amendment");
    /** What a proposal that failed went through: "the motion was defeated", "vetoed a resolution". */
    private static final Set<String> FAILURES = Set.of("fail", "reject", "defeat", "veto", "block", "withdraw",
            "abandon", "shelve", "scrap", "kill", "sink", "drop");
    /** What an accusation embeds is alleged, not asserted: "accused Y of attacking Z". */
    private static final Set<String> ALLEGATION_PREDICATES = Set.of("accuse", "allege", "blame", "suspect", "charge",
            "indict");
    /** Relations through which an embedding predicate's modality reaches its complement. */
    private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "csubj", "advcl", "acl");
    /** Allegations, calls, pressure and possibilities above a clause (docs/coding.md, "Factuality"). */
    private final EmbeddingNouns embeddingNouns = new EmbeddingNouns();

    /**
     * What the coder asks of a predicate, at once: its factuality, whether a negator stands on it
     * itself, and whether it is a refusal.
     */
    public record Assessment(Factuality factuality, boolean negatesItself, boolean refusal) {
        public Assessment {
            java.util.Objects.requireNonNull(factuality, "factuality");
        }
    }

    /** The predicate's factuality, own negation and refusal. */
    public Assessment assess(Document doc, int predicate) {
        boolean negatesItself = negatesItself(doc, predicate);
        return new Assessment(classify(doc, predicate), negatesItself, negatesItself && isFutureNegation(doc, predicate));
    }

    public Factuality classify(Document doc, int predicate) {
        Factuality own = local(doc, predicate);
        if (own != Factuality.ASSERTED) {
            return own;
        }
        java.util.Optional<Factuality> underNoun = embeddingNouns.of(doc, predicate);
        if (underNoun.isPresent()) {
            return underNoun.get();
        }
        Token t = doc.token(predicate);
        int depth = 0;
        while (t.head() != null && depth++ < 4) {
            String rel = t.relation();
            Token gov = t.head();
            if (rel.equals(Rel.CONJ)) {
                t = gov; // a conjunct shares the modality of its first conjunct
                continue;
            }
            if (!EMBEDDING.contains(rel.split(":")[0])) {
                break;
            }
            if (rel.equals(Rel.CSUBJ) && !t.children(Rel.NSUBJ).isEmpty() && !t.children(Rel.OBJ).isEmpty()) {
                // "Arnor believes Dagolath can cope": a clausal subject with a subject and an object
                // of its own is the main clause the parser hung under its complement.
                break;
            }
            if (Rel.is(rel, Rel.ADVCL) && !hasMarker(t) && t.children(Rel.CASE).isEmpty() && Pos.isParticiple(t.pos())) {
                break; // a participial adjunct ("..., detaining soldiers") states its own fact
            }
            if (Rel.is(rel, Rel.ADVCL) && t.pos().equals(Pos.VB) && Clauses.isInfinitive(t)) {
                if (PROTEST_PURPOSES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    t = gov; // "did X to protest Y": doing X is the protest, as factual as X
                    continue;
                }
                return Factuality.REPORTED_INTENT; // a purpose: "staged demonstrations to demand reforms"
            }
            String lemma = gov.lemma().toLowerCase(Locale.ROOT);
            if (Rel.is(rel, Rel.ACL) && PROPOSALS.contains(lemma) && proposalFailed(gov)) {
                return Factuality.NEGATED; // "a resolution condemning Israel was defeated"
            }
            if (Rel.is(rel, Rel.ACL) && PROPOSALS.contains(lemma) && Clauses.isInfinitive(t)) {
                return Factuality.HYPOTHETICAL; // "a proposal to impose sanctions"; a passed resolution's call stands
            }
            if (ATTEMPT_PREDICATES.contains(lemma) && rel.equals(Rel.XCOMP) && gov.pos().matches("VBD|VBN")
                    && isOwnClause(doc, predicate, t) && classify(doc, gov.index()) == Factuality.ASSERTED) {
                return Factuality.ATTEMPTED; // "tried to negotiate", "have attempted to storm"
            }
            if (DENIAL_PREDICATES.contains(lemma)) {
                return Factuality.DENIED;
            }
            if (ALLEGATION_PREDICATES.contains(lemma)) {
                return Factuality.ALLEGED;
            }
            if (NEGATIVE_PREDICATES.contains(lemma)) {
                return Factuality.NEGATED;
            }
            Factuality above = local(doc, gov.index());
            if (above != Factuality.ASSERTED) {
                return above;
            }
            if (REPORTING_REQUESTS.contains(lemma) && Rel.is(rel, Rel.CCOMP)) {
                t = gov; // "told reporters that the army had shelled the town": a report of a deed
                continue;
            }
            if (REQUEST_PREDICATES.contains(lemma) && !gov.children(Rel.OBJ).isEmpty()) {
                return Factuality.HYPOTHETICAL;
            }
            if (INTENT_PREDICATES.contains(lemma)) {
                return Factuality.REPORTED_INTENT;
            }
            if (SPECULATIVE_PREDICATES.contains(lemma)) {
                return Factuality.HYPOTHETICAL;
            }
            t = gov;
        }
        return isQuestion(doc, predicate) ? Factuality.QUESTION : Factuality.ASSERTED;
    }

    /** The auxiliary of a negated future, "will not accept", "would not allow": with a negation, a refusal. */
    private static boolean isFutureNegation(Document doc, int predicate) {
        for (Token c : doc.token(predicate).children()) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (c.relation().equals(Rel.AUX) && (FUTURE_AUX.contains(w) || w.equals("would"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a negator stands on the predicate itself ("did not clash", "won't ever clash"),
     * not only on its subject ("neither Bree nor Gondor ...") or on a predicate above it ("won't
     * try to clash").
     */
    private static boolean negatesItself(Document doc, int predicate) {
        for (Token c : doc.token(predicate).children()) {
            if ((c.relation().equals(Rel.ADVMOD) || c.relation().equals(Rel.NEG))
                    && NEGATORS.contains(c.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The modality a predicate carries by itself. */
    private Factuality local(Document doc, int predicate) {
        Token p = doc.token(predicate);
        // Negation first, wherever it stands: "will not accept" is negated, not future.
        for (Token c : p.children()) {
            String w = c.word().toLowerCase(Locale.ROOT);
            String rel = c.relation();
            if ((rel.equals(Rel.ADVMOD) || rel.equals(Rel.NEG) || rel.equals(Rel.CC_PRECONJ) || rel.equals(Rel.DET))
                    && NEGATORS.contains(w)) {
                return Factuality.NEGATED;
            }
            if (Rel.is(rel, Rel.NSUBJ) && subjectIsNegated(c)) {
                return Factuality.NEGATED;
            }
        }
        for (Token c : p.children()) {
            String w = c.word().toLowerCase(Locale.ROOT);
            String rel = c.relation();
            if (rel.equals(Rel.AUX) && w.equals("would") && p.relation().equals(Rel.CCOMP)) {
                return Factuality.FUTURE; // reported future: "confirmed it would tighten the blockade"
            }
            if (rel.equals(Rel.AUX) && FUTURE_AUX.contains(w)) {
                return Factuality.FUTURE;
            }
            if (rel.equals(Rel.AUX) && HYPOTHETICAL_AUX.contains(w)) {
                return Factuality.HYPOTHETICAL;
            }
            if (rel.equals(Rel.MARK) && HYPOTHETICAL_MARKERS.contains(w)) {
                return Factuality.HYPOTHETICAL;
            }
        }
        if (p.lemma().equalsIgnoreCase("go") && !p.children(Rel.XCOMP).isEmpty()
                && p.pos().equals(Pos.VBG)) {
            return Factuality.FUTURE; // "is going to ..."
        }
        return Factuality.ASSERTED;
    }

    /** "Neither Beijing nor Moscow ...", "No country ...". */
    private static boolean subjectIsNegated(Token subject) {
        for (Token c : subject.children()) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if ((c.relation().equals(Rel.CC_PRECONJ) || c.relation().equals(Rel.DET) || c.relation().equals(Rel.ADVMOD))
                    && (w.equals("neither") || w.equals("no") || w.equals("none"))) {
                return true;
            }
        }
        String w = subject.word().toLowerCase(Locale.ROOT);
        return w.equals("nobody") || w.equals("none") || w.equals("neither");
    }

    /**
     * True when {@code clause} is the predicate itself or a conjunct of it: "tried to pressure X to
     * launch an investigation" attempts the pressure, not the investigation.
     */
    private static boolean isOwnClause(Document doc, int predicate, Token clause) {
        Token t = doc.token(predicate);
        while (t.index() != clause.index() && t.relation().equals(Rel.CONJ) && t.head() != null) {
            t = t.head();
        }
        return t.index() == clause.index();
    }

    /** True when the proposal is the subject or object of a failure: "the bill failed", "vetoed the resolution". */
    private static boolean proposalFailed(Token proposal) {
        Token p = proposal.head();
        return p != null && (Rel.is(proposal.relation(), Rel.NSUBJ) || proposal.relation().equals(Rel.OBJ))
                && FAILURES.contains(p.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean hasMarker(Token t) {
        return !t.children(Rel.MARK).isEmpty();
    }

    private static boolean isQuestion(Document doc, int predicate) {
        int s = doc.sentences().sentenceOf(predicate);
        int last = doc.sentences().endToken(s) - 1;
        return last >= 0 && doc.tokens().word(last).equals("?");
    }
}
