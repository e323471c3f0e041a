package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.event.CodingTrace;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

/** The loss account on hand-made records and codings: each gold type charged to the stage that lost it. */
class LossAccountTest {
    private static final Span VERB = new Span(7, 13);

    private static GoldRecord gold(GoldEvent... events) {
        return new GoldRecord("r", "TEST", "Gondor struck Rohan", Optional.empty(), List.of(events));
    }

    private static GoldEvent event(String source, String type) {
        return new GoldEvent(source, "", Optional.empty(), type);
    }

    private static CodingTrace.Built built(PloverType type, String source, ActorBasis basis,
            CodingTrace.Mechanism... by) {
        return new CodingTrace.Built(VERB, "190", Optional.of(type), source, basis, Optional.empty(),
                Factuality.ASSERTED, PatternKind.DEFAULT, Set.of(by));
    }

    private static CodingTrace.Attempt attempt(CodingTrace.Outcome outcome, Optional<PloverType> type,
            CodingTrace.Built... built) {
        return new CodingTrace.Attempt(0, VERB, outcome, type.map(t -> "190"), type, List.of(built));
    }

    private static LossAccount.RecordCoding coding(List<LossAccount.Emitted> emitted, CodingTrace.Attempt... attempts) {
        return new LossAccount.RecordCoding(emitted, new CodingTrace(List.of(attempts), List.of(true)));
    }

    private static LossAccount.Emitted emitted(PloverType type, String source, boolean scored, Factuality f,
            CodingTrace.Built built) {
        return new LossAccount.Emitted(Optional.of(type.name()), source, scored, f, Optional.of(built));
    }

    private static Map<LossAccount.Key, Integer> losses(GoldRecord gold, LossAccount.RecordCoding coding) {
        LossAccount account = new LossAccount();
        account.add(gold, coding);
        return account.losses();
    }

    @Test
    void a_reading_of_the_gold_type_that_found_no_source_is_lost_there() {
        assertEquals(Map.of(new LossAccount.Key(LossAccount.Loss.NO_SOURCE, ""), 1), losses(gold(event("GON", "ASSAULT")),
                coding(List.of(), attempt(CodingTrace.Outcome.NO_SOURCE, Optional.of(PloverType.ASSAULT)))));
    }

    @Test
    void an_event_of_the_type_coded_as_future_is_coded_but_not_scored() {
        CodingTrace.Built b = built(PloverType.ASSAULT, "GON", ActorBasis.NAME);
        assertEquals(Map.of(new LossAccount.Key(LossAccount.Loss.NOT_SCORED, "future"), 1),
                losses(gold(event("GON", "ASSAULT")), coding(List.of(emitted(PloverType.ASSAULT, "GON", false,
                        Factuality.FUTURE, b)), attempt(CodingTrace.Outcome.CODED, Optional.of(PloverType.ASSAULT), b))));
    }

    @Test
    void an_event_of_another_type_and_no_reading_at_all_are_told_apart() {
        CodingTrace.Built b = built(PloverType.COERCE, "GON", ActorBasis.NAME);
        assertEquals(Map.of(new LossAccount.Key(LossAccount.Loss.OTHER_TYPE, ""), 1),
                losses(gold(event("GON", "ASSAULT")), coding(List.of(emitted(PloverType.COERCE, "GON", true,
                        Factuality.ASSERTED, b)), attempt(CodingTrace.Outcome.CODED, Optional.of(PloverType.COERCE), b))));
        assertEquals(Map.of(new LossAccount.Key(LossAccount.Loss.NO_READING, "no_pattern"), 1),
                losses(gold(event("GON", "ASSAULT")), coding(List.of(),
                        attempt(CodingTrace.Outcome.NO_PATTERN, Optional.empty()))));
    }

    @Test
    void a_sentence_set_aside_by_the_triage_is_its_own_loss() {
        LossAccount account = new LossAccount();
        account.add(gold(event("GON", "ASSAULT")), new LossAccount.RecordCoding(List.of(),
                new CodingTrace(List.of(), List.of(false))));
        assertEquals(Map.of(new LossAccount.Key(LossAccount.Loss.TRIAGE, ""), 1), account.losses());
    }

    @Test
    void a_found_type_with_the_wrong_source_and_a_false_event_are_counted_by_what_produced_them() {
        CodingTrace.Built right = built(PloverType.ASSAULT, "---", ActorBasis.IMPLICIT_AGENT,
                CodingTrace.Mechanism.PASSIVE);
        CodingTrace.Built wrong = built(PloverType.PROTEST, "ROH", ActorBasis.NAME, CodingTrace.Mechanism.STANDING_NOUN);
        LossAccount account = new LossAccount();
        account.add(gold(event("GON", "ASSAULT")), coding(List.of(
                emitted(PloverType.ASSAULT, "---", true, Factuality.ASSERTED, right),
                emitted(PloverType.PROTEST, "ROH", true, Factuality.ASSERTED, wrong))));
        assertEquals(Map.of(), account.losses());
        assertEquals(Map.of("IMPLICIT_AGENT", 1), account.wrongSourceCountry());
        assertEquals(1, account.falseEvents());
        assertEquals(Map.of("STANDING_NOUN", 1), account.falseEventsBy().get("mechanism"));
        assertEquals(Map.of("NAME", 1), account.falseEventsBy().get("source"));
    }
}
