package org.dyad.core.facts;

import java.util.List;
import java.util.Optional;
import org.dyad.core.text.Span;

/**
 * One coded event: who did what to whom, with the sentence that proves it. All spans are offsets
 * into the article's raw text.
 *
 * @param plover the PLOVER coding; empty for CAMEO codes PLOVER has no type for (public statements
 *     and appeals, roots 01 and 02, and codes a user's dictionary defines beyond CAMEO)
 * @param mentions further sentences that describe the same event, in raw offsets
 * @param rule the pattern or rule that produced the code, for audit
 * @param pattern the kind of reading that gave the code, when its producer says (typed, for
 *     calibration; empty for events built without it)
 */
public record Event(String articleId, String eventId, int sentenceIndex, Span sentenceSpan, String sentenceText,
        EventActor source, Optional<EventActor> target, String cameo, int quadClass, double goldstein,
        Optional<Plover> plover, Factuality factuality, double confidence, Span triggerSpan, String triggerText,
        String rule, List<Span> mentions, EventAttributes attributes, Optional<PatternKind> pattern) {

    /** An event whose producer does not say which kind of reading gave its code. */
    public Event(String articleId, String eventId, int sentenceIndex, Span sentenceSpan, String sentenceText,
            EventActor source, Optional<EventActor> target, String cameo, int quadClass, double goldstein,
            Optional<Plover> plover, Factuality factuality, double confidence, Span triggerSpan, String triggerText,
            String rule, List<Span> mentions, EventAttributes attributes) {
        this(articleId, eventId, sentenceIndex, sentenceSpan, sentenceText, source, target, cameo, quadClass, goldstein,
                plover, factuality, confidence, triggerSpan, triggerText, rule, mentions, attributes, Optional.empty());
    }

    /** An event with a PLOVER type and no quantities or date yet. */
    public Event(String articleId, String eventId, int sentenceIndex, Span sentenceSpan, String sentenceText,
            EventActor source, Optional<EventActor> target, String cameo, int quadClass, double goldstein,
            Plover plover, Factuality factuality, double confidence, Span triggerSpan, String triggerText,
            String rule, List<Span> mentions) {
        this(articleId, eventId, sentenceIndex, sentenceSpan, sentenceText, source, target, cameo, quadClass, goldstein,
                Optional.of(plover), factuality, confidence, triggerSpan, triggerText, rule, mentions,
                EventAttributes.NONE);
    }

    public Event {
        if (articleId == null || articleId.isBlank() || eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event needs an article id and an event id");
        }
        if (sentenceIndex < 0 || sentenceSpan == null || sentenceText == null) {
            throw new IllegalArgumentException("event " + eventId + " needs its sentence");
        }
        if (source == null) {
            throw new IllegalArgumentException("event " + eventId + " needs a source actor");
        }
        target = target == null ? Optional.empty() : target;
        if (cameo == null || !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("event " + eventId + " has a bad CAMEO code '" + cameo + "'");
        }
        if (quadClass < 0 || quadClass > 4) {
            throw new IllegalArgumentException("quad class " + quadClass + " outside 0..4");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein score " + goldstein + " outside -10..10");
        }
        if (plover == null || factuality == null || triggerSpan == null || triggerText == null || rule == null) {
            throw new IllegalArgumentException("event " + eventId + " misses its PLOVER coding (empty for none), "
                    + "factuality or trigger");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
        mentions = List.copyOf(mentions);
        attributes = attributes == null ? EventAttributes.NONE : attributes;
        pattern = pattern == null ? Optional.empty() : pattern;
    }

    /** The two-digit CAMEO root. */
    public String cameoRoot() {
        return cameo.substring(0, 2);
    }

    public Event withEventId(String id) {
        return new Event(articleId, id, sentenceIndex, sentenceSpan, sentenceText, source, target, cameo,
                quadClass, goldstein, plover, factuality, confidence, triggerSpan, triggerText, rule, mentions, attributes, pattern);
    }

    public Event withAttributes(EventAttributes more) {
        return new Event(articleId, eventId, sentenceIndex, sentenceSpan, sentenceText, source, target, cameo,
                quadClass, goldstein, plover, factuality, confidence, triggerSpan, triggerText, rule, mentions, more, pattern);
    }

    public Event withMentions(List<Span> more) {
        return new Event(articleId, eventId, sentenceIndex, sentenceSpan, sentenceText, source, target, cameo,
                quadClass, goldstein, plover, factuality, confidence, triggerSpan, triggerText, rule, more, attributes, pattern);
    }

    /** This event with the kind of reading that gave its code. */
    public Event withPattern(PatternKind kind) {
        return new Event(articleId, eventId, sentenceIndex, sentenceSpan, sentenceText, source, target, cameo,
                quadClass, goldstein, plover, factuality, confidence, triggerSpan, triggerText, rule, mentions, attributes,
                Optional.of(kind));
    }

    /** This event with another confidence (a calibrated one). */
    public Event withConfidence(double calibrated) {
        return new Event(articleId, eventId, sentenceIndex, sentenceSpan, sentenceText, source, target, cameo,
                quadClass, goldstein, plover, factuality, calibrated, triggerSpan, triggerText, rule, mentions, attributes,
                pattern);
    }
}
