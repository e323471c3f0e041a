package org.dyad.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.Factuality;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;

/**
 * Whether the event a noun names standing on its own happened, read from the noun's own
 * modifiers and from the predicate that governs it (docs/coding.md, "Nominal events"):
 * <ul>
 *   <li>a noun a support verb carries takes the verb's whole reading ("will attend the rally" is
 *       future, "executed a planned shutdown" is done);</li>
 *   <li>a noun that names what is wanted, planned, feared or put off is not asserted: its own
 *       modifier ("a planned bombing", "possible sanctions"), a predicate ("called for talks",
 *       "delayed a rally") or a noun ("demands for an investigation", "the threat of sanctions");</li>
 *   <li>a noun in an adjunct of time or cause is presupposed ("after the shooting", "due to the
 *       shooting"), and so is any other argument that is definite or says something was asked or
 *       said: "did not accede to protesters' demands" refuses a demand that was made;</li>
 *   <li>a bare plural in a present-tense clause is generic, no event ("protests are common").</li>
 * </ul>
 */
final class NominalFactuality {
    /** Why a nominal event has its factuality: a typed trace for the event's audit rule. */
    enum Ground {
        /** A support verb carries the noun: the verb's own reading. */
        SUPPORT_VERB,
        /** The noun's own modifier: "a planned bombing", "no protests", "alleged abuse". */
        OWN_MODIFIER,
        /** What a predicate or noun above it wants, plans, fears, puts off or charges: "called for talks". */
        WANTED,
        /** An adjunct of time or cause, or a definite or communicative argument: it happened. */
        PRESUPPOSED,
        /** An adjunct of what is still to come when the clause's act is told: "ahead of a meeting". */
        ANTICIPATED,
        /** An indefinite argument of a predicate that is not asserted: the predicate's reading. */
        GOVERNOR;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** A nominal event's factuality and why. */
    record Assessment(Factuality factuality, Ground ground) {
        Assessment {
            if (factuality == null || ground == null) {
                throw new IllegalArgumentException("an assessment needs a factuality and its ground");
            }
        }
    }

    /** Verbs that carry an event noun without naming another act: "attended the rally", "approved the attacks". */
    static final Set<String> SUPPORT_VERBS = Set.of("attend", "join", "hold", "stage", "organise", "organize",
            "approve", "authorize", "authorise", "order", "carry", "launch", "begin", "start", "conduct", "lead",
            "mount", "wage", "participate", "take", "continue", "resume", "execute", "implement", "enforce", "impose",
            "undertake", "perform", "commit", "perpetrate", "escalate", "intensify", "step", "end", "finish");
    /** Verbs whose object or phrase is what they caused or saw: "led to widespread protests", "sparked riots". */
    private static final Set<String> RESULT_VERBS = Set.of("witness", "see", "cause", "spark", "trigger", "prompt",
            "provoke", "fuel", "ignite", "result", "touch", "lead", "bring");
    /** Predicates whose object or phrase names what is wanted, planned, feared or put off, not a deed. */
    private static final Set<String> WANTING_PREDICATES = Set.of("call", "urge", "demand", "plan", "propose",
            "threaten", "want", "seek", "push", "press", "ask", "appeal", "prepare", "vow", "pledge", "promise",
            "schedule", "hope", "expect", "fear", "warn", "risk", "avoid", "prevent", "intend", "need", "require",
            "request", "advocate", "favor", "favour", "recommend", "suggest", "discuss", "mull", "weigh",
            "contemplate", "debate", "postpone", "delay", "cancel", "await", "deter", "forestall", "envisage",
            "envision", "insist", "rule", "consider", "plot", "stop");
    /** Nouns whose phrase names what is wanted, planned or feared: "demands for an investigation", "the threat of sanctions". */
    private static final Set<String> WANTING_NOUNS = Set.of("call", "demand", "request", "plan", "proposal", "threat",
            "prospect", "possibility", "risk", "fear", "warning", "push", "bid", "appeal", "plea", "need", "hope",
            "chance", "danger", "idea", "option", "offer", "pledge", "promise", "vow", "intention", "preparation",
            "deadline", "date", "talk", "rumor", "rumour", "likelihood", "ultimatum");
    /** The noun's modifiers that make it a plan. */
    private static final Set<String> PLANNED = Set.of("planned", "proposed", "upcoming", "future", "scheduled",
            "intended", "prospective", "forthcoming", "imminent", "would-be", "next", "impending");
    /** The noun's modifiers and determiners that make it a possibility. */
    private static final Set<String> POSSIBLE = Set.of("possible", "potential", "likely", "threatened", "feared",
            "expected", "hypothetical", "any", "such", "further");
    private static final Set<String> ALLEGED = Set.of("alleged", "suspected", "purported", "reported");
    /** Predicates of a charge, whose crime is alleged, not reported: "charged with murder", "confessed to the killing". */
    private static final Set<String> CHARGING = Set.of("charge", "accuse", "suspect", "indict", "confess", "plead",
            "convict", "allege", "blame", "prosecute", "try");
    /** Comparisons that count events as a kind, not one: "suffered more attacks than any other city". */
    private static final Set<String> COMPARING = Set.of("more", "fewer", "less", "most");
    /** Nouns whose "of" phrase is an event remembered, not reported: "the 20th anniversary of the strikes". */
    private static final Set<String> REMEMBERING = Set.of("anniversary", "commemoration", "memorial", "memory",
            "history", "legacy", "remembrance");
    /** Adjunct prepositions whose event is still to come when the clause's is told: "ahead of a meeting". */
    private static final Set<String> ANTICIPATING_CASES = Set.of("before", "ahead", "until", "prior", "pending");
    /** Determiners of a generic or negated noun. */
    private static final Set<String> NEGATING_DETERMINERS = Set.of("no", "neither");
    /** Adjunct prepositions whose event is presupposed: "after the shooting", "amid protests", "due to". */
    private static final Set<String> PRESUPPOSING_CASES = Set.of("after", "following", "since", "amid", "amidst",
            "during", "despite", "due", "because", "over", "in", "from", "regarding", "concerning", "about", "for");
    /** Roots whose noun says that something was asked, said or decided: refusing it presupposes it. */
    private static final Set<String> SAYING_ROOTS = Set.of("02", "03", "09", "10", "11", "12", "13");

    private final FactualityClassifier clauses;

    NominalFactuality(FactualityClassifier clauses) {
        this.clauses = clauses;
    }

    /**
     * The factuality of the event {@code noun} names, with the code's root and the predicate that
     * governs it (the noun itself when it is a copula's predicate); empty when the noun is generic.
     */
    Optional<Assessment> assess(Document doc, Token noun, Token governor, String root) {
        Optional<Factuality> modifier = ownModifier(noun);
        Token top = argumentOf(noun, governor);
        boolean support = top.index() == noun.index() && !noun.relation().equals(Rel.NSUBJ)
                && (SUPPORT_VERBS.contains(lower(governor.lemma())) || RESULT_VERBS.contains(lower(governor.lemma())))
                && governor.index() != noun.index();
        Factuality above = clauses.classify(doc, governor.index());
        if (isKind(noun)) {
            return Optional.empty();
        }
        if (support) {
            // "executed a planned shutdown": carried out, the plan happened; "will attend the rally": future;
            // "bombs to carry out attacks": a purpose.
            boolean purpose = above == Factuality.ASSERTED && Clauses.isInfinitive(governor)
                    && (Rel.is(governor.relation(), Rel.ACL) || Rel.is(governor.relation(), Rel.ADVCL));
            return Optional.of(new Assessment(purpose ? Factuality.REPORTED_INTENT : above, Ground.SUPPORT_VERB));
        }
        if (modifier.isPresent()) {
            return Optional.of(new Assessment(modifier.get(), Ground.OWN_MODIFIER));
        }
        if (wantedByNoun(noun, governor)) {
            return Optional.of(new Assessment(Factuality.HYPOTHETICAL, Ground.WANTED));
        }
        boolean subject = Rel.isAnySubject(top.relation());
        if (!subject && governor.index() != noun.index() && CHARGING.contains(lower(governor.lemma()))) {
            return Optional.of(new Assessment(Factuality.ALLEGED, Ground.WANTED)); // "charged with murder"
        }
        if (!subject && governor.index() != noun.index() && WANTING_PREDICATES.contains(lower(governor.lemma()))
                && !SAYING_ROOTS.contains(root)) {
            // "called for talks", "delayed a rally", "to prevent attacks"; "considered requests" were made.
            return Optional.of(new Assessment(Factuality.REPORTED_INTENT, Ground.WANTED));
        }
        if (isGeneric(noun, governor)) {
            return Optional.empty();
        }
        String adjunct = adjunctCase(noun, governor);
        if (ANTICIPATING_CASES.contains(adjunct)) {
            return Optional.of(new Assessment(Factuality.FUTURE, Ground.ANTICIPATED));
        }
        if (PRESUPPOSING_CASES.contains(adjunct)) {
            return Optional.of(new Assessment(Factuality.ASSERTED, Ground.PRESUPPOSED));
        }
        if (above == Factuality.ASSERTED || Phrases.isDefinite(noun)
                || ((above == Factuality.NEGATED || above == Factuality.DENIED) && SAYING_ROOTS.contains(root))) {
            return Optional.of(new Assessment(Factuality.ASSERTED, Ground.PRESUPPOSED));
        }
        return Optional.of(new Assessment(above, Ground.GOVERNOR));
    }

    /** What the noun's own modifiers say: negated ("no"), alleged, future ("planned"), hypothetical ("possible"). */
    private static Optional<Factuality> ownModifier(Token noun) {
        for (Token c : noun.children()) {
            String w = lower(c.word());
            String r = c.relation();
            if (r.equals(Rel.DET) && NEGATING_DETERMINERS.contains(w)) {
                return Optional.of(Factuality.NEGATED);
            }
            if (!r.equals(Rel.AMOD) && !r.equals(Rel.DET) && !r.equals(Rel.COMPOUND)) {
                continue;
            }
            if (ALLEGED.contains(w)) {
                return Optional.of(Factuality.ALLEGED);
            }
            if (PLANNED.contains(w) && !r.equals(Rel.DET)) {
                return Optional.of(Factuality.FUTURE);
            }
            if (POSSIBLE.contains(w)) {
                return Optional.of(Factuality.HYPOTHETICAL);
            }
        }
        return Optional.empty();
    }

    /**
     * A noun that names a kind of event, not one: compared ("more attacks than any other"), remembered
     * ("the anniversary of the strikes"), or a bare singular in another noun's "of" phrase ("weapons of
     * mass destruction", "one count of murder", "the use of torture").
     */
    private static boolean isKind(Token noun) {
        for (Token c : noun.children()) {
            if ((c.relation().equals(Rel.AMOD) || c.relation().equals(Rel.DET)) && COMPARING.contains(lower(c.word()))) {
                return true;
            }
        }
        Token head = noun.head();
        if (head == null || !Pos.isNoun(head.pos()) || !Phrases.caseOf(noun).equals("of")) {
            return false;
        }
        boolean bare = noun.pos().equals("NN") && noun.children().stream().noneMatch(c -> c.relation().equals(Rel.DET)
                || c.relation().equals(Rel.NMOD_POSS) || c.relation().equals(Rel.NUMMOD));
        return bare || REMEMBERING.contains(lower(head.lemma()));
    }

    /** The phrase of the noun (itself, or the noun it modifies) that is an argument of the governor. */
    private static Token argumentOf(Token noun, Token governor) {
        Token t = noun;
        while (t.head() != null && t.head().index() != governor.index() && t.index() != governor.index()) {
            t = t.head();
        }
        return t;
    }

    /** The preposition of the nearest marked phrase from the noun up to the governor ("after the shooting"), or "". */
    private static String adjunctCase(Token noun, Token governor) {
        for (Token t = noun; t != null && t.index() != governor.index(); t = t.head()) {
            List<Token> cases = t.children(Rel.CASE);
            if (!cases.isEmpty()) {
                // "ahead of a meeting", "prior to the talks", "because of the strike": the word before "of"/"to".
                int before = cases.get(0).index() - 1;
                String word = Phrases.caseOf(t);
                if ((word.equals("of") || word.equals("to")) && before >= 0) {
                    String previous = lower(t.document().token(before).word());
                    return ANTICIPATING_CASES.contains(previous) || PRESUPPOSING_CASES.contains(previous) ? previous : word;
                }
                return word;
            }
        }
        return "";
    }

    /** A noun under a noun that wants it, up to the governor: "demands for an investigation", "calls for talks". */
    private static boolean wantedByNoun(Token noun, Token governor) {
        for (Token h = noun.head(); h != null && h.index() != governor.index(); h = h.head()) {
            if (WANTING_NOUNS.contains(lower(h.lemma()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare plural (no determiner, possessor or number) or an indefinite noun in a present-tense
     * clause, or a noun with "every" or "all": what happens as a rule, not an event ("protests are
     * common", "an attack on one is an attack on all").
     */
    private static boolean isGeneric(Token noun, Token governor) {
        for (Token c : noun.children()) {
            String w = lower(c.word());
            if (c.relation().equals(Rel.DET) && (w.equals("every") || w.equals("all") || w.equals("each"))) {
                return true;
            }
        }
        boolean indefinite = noun.children().stream().anyMatch(c -> c.relation().equals(Rel.DET)
                && (lower(c.word()).equals("a") || lower(c.word()).equals("an")));
        if (indefinite && isPresentTense(governor)) {
            return true; // "an attack on one is an attack on all"
        }
        boolean bare = Pos.isPluralNoun(noun.pos()) && noun.children().stream()
                .noneMatch(c -> c.relation().equals(Rel.DET) || c.relation().equals(Rel.NMOD_POSS)
                        || c.relation().equals(Rel.NUMMOD) || c.relation().equals(Rel.COMPOUND));
        return bare && isPresentTense(governor);
    }

    /** A predicate in the simple present: "are common", "happen", "protests erupt whenever". */
    private static boolean isPresentTense(Token predicate) {
        if (predicate.pos().equals("VBZ") || predicate.pos().equals("VBP")) {
            return true;
        }
        for (Token c : predicate.children()) {
            if ((c.relation().equals("cop") || Rel.is(c.relation(), Rel.AUX)) && c.pos().matches("VBZ|VBP")
                    && !lower(c.lemma()).equals("have")) {
                return !predicate.pos().equals(Pos.VBG) && !predicate.pos().equals(Pos.VBN);
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
