package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

class JudgedSampleTest {
    private static final String JUDGED = """
            {"article":"a","trigger_start":7,"cameo":"190","plover":"ASSAULT","source":"GON","target":"ROH","verdict":"right"}
            {"article":"a","trigger_start":30,"cameo":"171","plover":"COERCE","source":"GON","target":"","verdict":"wrong","mechanism":"verb-sense"}
            {"article":"a","trigger_start":50,"cameo":"111","plover":"ACCUSE","source":"ROH","target":"GON","verdict":"wrong","mechanism":"party"}
            {"article":"a","trigger_start":70,"cameo":"010","plover":null,"source":"ROH","target":"","verdict":"right"}
            """;

    private static Event event(int trigger, String cameo, PloverType type, String source, String target) {
        Optional<EventActor> t = target.isEmpty() ? Optional.empty()
                : Optional.of(new EventActor(new ActorCode(target), target, new Span(0, 3), Optional.empty()));
        return new Event("a", "a-e" + trigger, 0, new Span(0, 90), "text", new EventActor(new ActorCode(source), source,
                new Span(0, 3), Optional.empty()), t, cameo, 4, -10,
                Optional.ofNullable(type).map(p -> new Plover(p, Optional.empty(), Optional.empty())),
                Factuality.ASSERTED, 0.5, new Span(trigger, trigger + 4), "word", "rule", List.of(), null);
    }

    private static JudgedSample sample() {
        return JudgedSample.read(new StringReader(JUDGED), "judged.jsonl");
    }

    @Test
    void an_emitted_event_counts_by_its_verdict_and_a_wrong_one_by_its_mechanism() {
        JudgedSample.Result r = sample().score(List.of(event(7, "190", PloverType.ASSAULT, "GON", "ROH"),
                event(30, "171", PloverType.COERCE, "GON", ""), event(70, "010", null, "ROH", "")));
        assertEquals(new JudgedSample.Tally(1, 1, 0, 0, 1), r.typed());
        assertEquals(0.5, r.typed().precision());
        assertEquals(new JudgedSample.Tally(1, 1, 0, 0, 0), r.materialConflict());
        assertEquals(new JudgedSample.Tally(1, 0, 0, 0, 0), r.statements());
        assertEquals(Map.of("verb-sense", 1), r.wrongByMechanism());
    }

    @Test
    void an_event_whose_code_or_party_changed_is_unjudged_and_its_old_reading_removed() {
        Event recoded = event(30, "173", PloverType.COERCE, "GON", "");
        JudgedSample.Result r = sample().score(List.of(recoded));
        assertEquals(List.of(recoded), r.unjudged());
        assertEquals(new JudgedSample.Tally(0, 0, 1, 1, 2), r.typed());
        assertEquals(new JudgedSample.Tally(0, 0, 1, 1, 1), r.materialConflict());
        assertEquals(new JudgedSample.Tally(0, 0, 0, 1, 0), r.statements());
    }

    @Test
    void a_wrong_verdict_without_its_mechanism_is_refused_with_the_line() {
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> JudgedSample.read(new StringReader(
                "{\"article\":\"a\",\"trigger_start\":1,\"cameo\":\"190\",\"verdict\":\"wrong\"}\n"), "j.jsonl"));
        assertEquals(true, e.getMessage().startsWith("j.jsonl:1: "));
    }
}
