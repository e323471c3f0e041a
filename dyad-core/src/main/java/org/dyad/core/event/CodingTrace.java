package org.dyad.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.facts.PloverType;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Rel;
import org.dyad.core.text.Span;

/**
 * What the coder tried on a document, as typed facts: each predicate and standing event noun it
 * read, how far its reading got, and what produced the events it built. Made only on request
 * ({@link EventCoder#trace}), for the loss account of {@code dyad eval --losses}
 * (docs/evaluation.md); coding itself records nothing.
 *
 * @param parsed per sentence, whether the parser read it (the fast path's triage sets some aside)
 */
public record CodingTrace(List<Attempt> attempts, List<Boolean> parsed) {
    public CodingTrace {
        attempts = List.copyOf(attempts);
        parsed = List.copyOf(parsed);
    }

    /** How far a reading got. */
    public enum Outcome {
        /** No pattern of the verb fits its clause (or the verb is in no dictionary). */
        NO_PATTERN,
        /** A fitting pattern says the reading is no event ("take office"). */
        NOT_AN_EVENT,
        /** The pattern's event noun has no code, or a bare intent yields to its complement's own reading. */
        NO_CODE,
        /** A code, but no source party. */
        NO_SOURCE,
        /** A code and a source, but no dyad: a target it needs is missing, or the parties may not stand alone. */
        NO_DYAD,
        /** Events were built. */
        CODED
    }

    /** What produced an event besides its pattern and its parties' bases. */
    public enum Mechanism {
        /** A light verb's event noun ("held talks"). */
        LIGHT_VERB_NOUN,
        /** An event noun standing alone ({@code StandingNouns}). */
        STANDING_NOUN,
        /** A passive's agent and patient. */
        PASSIVE,
        /** Violence with no one named: an unnamed perpetrator. */
        UNNAMED_PERPETRATOR,
        /** The target from an unrelated phrase (the last resort). */
        WEAK_TARGET,
        /** A statement of what a party must do, read as a demand. */
        OBLIGATION,
        /** Coordinated parties acting with each other. */
        JOINT,
        /** An attempt at violence read as the act. */
        ATTEMPT_AS_ACT,
        /** CAMEO's negation read as the opposite code. */
        NEGATION_AS_OPPOSITE,
        /** Promised or planned cooperation read as PLOVER's AGREE. */
        PROMISE_AS_AGREE,
        /** Announced conflict read as a threat, refused cooperation as a rejection. */
        UNREALIZED_AS_THREAT_OR_REFUSAL
    }

    /** What stood where a reading that found no source looked for it: the subject's shape, or why there was none. */
    public enum SubjectShape {
        /** A passive with no {@code by} agent. */
        PASSIVE_WITHOUT_AGENT,
        /** A passive whose {@code by} agent names no party. */
        PASSIVE_AGENT_UNRESOLVED,
        /** A personal pronoun no party stands for. */
        PRONOUN,
        /** A proper noun no actor, person or organisation resolves. */
        PROPER_NOUN,
        /** A common noun that names no party. */
        COMMON_NOUN,
        /** Another word as subject. */
        OTHER_SUBJECT,
        /** No subject: a main clause without one. */
        NONE_IN_MAIN_CLAUSE,
        /** No subject: a clause on a noun (relative, participle). */
        NONE_IN_NOUN_CLAUSE,
        /** No subject: a controlled complement. */
        NONE_IN_COMPLEMENT,
        /** No subject: a conjoined predicate or an adverbial clause. */
        NONE_IN_CONJUNCT_OR_ADVERBIAL,
        /** No subject: another relation (an event noun standing alone, a clausal complement). */
        NONE_OTHER;

        static SubjectShape of(Token verb) {
            if (Clauses.isPassive(verb)) {
                return Clauses.byAgent(verb) == null ? PASSIVE_WITHOUT_AGENT : PASSIVE_AGENT_UNRESOLVED;
            }
            List<Token> subjects = verb.isVerb() ? Clauses.subjects(verb) : List.of();
            if (!subjects.isEmpty()) {
                String pos = subjects.get(0).pos();
                return pos.startsWith("PRP") ? PRONOUN : pos.startsWith("NNP") ? PROPER_NOUN
                        : pos.startsWith("NN") ? COMMON_NOUN : OTHER_SUBJECT;
            }
            String rel = verb.relation();
            if (verb.head() == null) {
                return NONE_IN_MAIN_CLAUSE;
            }
            if (Rel.isNounClause(rel)) {
                return NONE_IN_NOUN_CLAUSE;
            }
            if (rel.equals(Rel.XCOMP)) {
                return NONE_IN_COMPLEMENT;
            }
            return rel.equals(Rel.CONJ) || Rel.isAdverbialClause(rel) ? NONE_IN_CONJUNCT_OR_ADVERBIAL : NONE_OTHER;
        }
    }

    /**
     * One predicate or event noun read: its sentence, trigger, outcome, the code and PLOVER type
     * of its reading when it got one, the events built from it, and for a reading that found no
     * source what stood where it looked.
     */
    public record Attempt(int sentence, Span trigger, Outcome outcome, Optional<String> cameo,
            Optional<PloverType> type, List<Built> built, Optional<SubjectShape> subject) {
        public Attempt(int sentence, Span trigger, Outcome outcome, Optional<String> cameo, Optional<PloverType> type,
                List<Built> built) {
            this(sentence, trigger, outcome, cameo, type, built, Optional.empty());
        }

        public Attempt {
            if (sentence < 0 || trigger == null || outcome == null || cameo == null || type == null
                    || subject == null) {
                throw new IllegalArgumentException(
                        "an attempt needs a sentence, a trigger, an outcome and its code (empty for none)");
            }
            built = List.copyOf(built);
        }
    }

    /** One event the coder built, before merging, discards and the evaluation's filters. */
    public record Built(Span trigger, String cameo, Optional<PloverType> type, String source, ActorBasis sourceBasis,
            Optional<ActorBasis> targetBasis, Factuality factuality, PatternKind pattern, Set<Mechanism> mechanisms) {
        public Built {
            if (trigger == null || cameo == null || type == null || source == null || sourceBasis == null
                    || targetBasis == null || factuality == null || pattern == null) {
                throw new IllegalArgumentException("a built event needs its trigger, code, parties, factuality and pattern");
            }
            mechanisms = mechanisms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mechanisms));
        }

        /** True when this is the record of that event: the same trigger, code and source. */
        public boolean isOf(Event e) {
            return e.triggerSpan().equals(trigger) && e.cameo().equals(cameo) && e.source().code().code().equals(source);
        }
    }

    /** Where the coder reports what it tried; {@link #NONE} on the coding path. */
    interface Recorder {
        Recorder NONE = new Recorder() {
            @Override
            public void lost(Document doc, Token trigger, Outcome outcome, Optional<Reading> reading) {
            }

            @Override
            public void coded(Document doc, Reading reading, List<Event> events) {
            }
        };

        void lost(Document doc, Token trigger, Outcome outcome, Optional<Reading> reading);

        void coded(Document doc, Reading reading, List<Event> events);
    }

    /** A recorder that keeps every attempt, in order. */
    static final class Keeper implements Recorder {
        private final List<Attempt> attempts = new ArrayList<>();

        @Override
        public void lost(Document doc, Token trigger, Outcome outcome, Optional<Reading> reading) {
            attempts.add(new Attempt(doc.sentences().sentenceOf(trigger.index()), trigger.rawSpan(), outcome,
                    reading.map(Reading::code), reading.flatMap(r -> r.entry().plover()).map(p -> p.type()), List.of(),
                    outcome == Outcome.NO_SOURCE ? Optional.of(SubjectShape.of(trigger)) : Optional.empty()));
        }

        @Override
        public void coded(Document doc, Reading reading, List<Event> events) {
            Set<Mechanism> by = mechanisms(reading);
            List<Built> built = events.stream().map(e -> new Built(e.triggerSpan(), e.cameo(),
                    e.plover().map(p -> p.type()), e.source().code().code(), e.source().basis(),
                    e.target().map(t -> t.basis()), e.factuality(), e.pattern().orElse(PatternKind.DEFAULT), by))
                    .toList();
            attempts.add(new Attempt(doc.sentences().sentenceOf(reading.verb().index()), reading.verb().rawSpan(),
                    Outcome.CODED, Optional.of(reading.entry().code()), reading.entry().plover().map(p -> p.type()),
                    built));
        }

        CodingTrace trace(Document doc) {
            List<Boolean> parsed = new ArrayList<>();
            for (int s = 0; s < doc.sentences().size(); s++) {
                boolean any = false;
                for (int t = doc.sentences().firstToken(s); t < doc.sentences().endToken(s) && !any; t++) {
                    any = doc.dependencies().parsed(t);
                }
                parsed.add(any);
            }
            return new CodingTrace(attempts, parsed);
        }

        private static Set<Mechanism> mechanisms(Reading r) {
            Set<Mechanism> out = EnumSet.noneOf(Mechanism.class);
            out.addAll(r.mechanisms());
            if (r.hasNoun() && !out.contains(Mechanism.STANDING_NOUN)) {
                out.add(Mechanism.LIGHT_VERB_NOUN);
            }
            if (r.parties().passive()) {
                out.add(Mechanism.PASSIVE);
            }
            if (r.parties().unnamedSource()) {
                out.add(Mechanism.UNNAMED_PERPETRATOR);
            }
            if (r.parties().weakTarget()) {
                out.add(Mechanism.WEAK_TARGET);
            }
            if (r.obligation()) {
                out.add(Mechanism.OBLIGATION);
            }
            if (r.joint()) {
                out.add(Mechanism.JOINT);
            }
            return out;
        }
    }
}
