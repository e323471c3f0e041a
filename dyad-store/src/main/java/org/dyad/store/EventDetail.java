package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One stored event with all that proves it: the sentence, the spans of the source, target and
 * trigger, its further mentions, its place, its incident and its article. Every offset is into the
 * article's raw text.
 */
public record EventDetail(long id, String coderEventId, Optional<LocalDate> date, TextSpan sentence,
        int sentenceIndex, Party source, Optional<Party> target, TextSpan trigger, String cameo, int quadClass,
        double goldstein, Optional<String> ploverType, Optional<String> ploverMode, Optional<String> ploverContext,
        String factuality, double confidence, String rule, List<Mention> mentions, Optional<EventPlace> place,
        EventQuantities quantities, IncidentInfo incident, ArticleInfo article) {

    public EventDetail {
        mentions = List.copyOf(mentions);
        if (sentence == null || source == null || trigger == null || incident == null || article == null) {
            throw new IllegalArgumentException("event " + id + " needs its sentence, source, trigger, incident and article");
        }
    }

    /** Text found at {@code start..end} (exclusive) of the raw text. */
    public record TextSpan(int start, int end, String text) {
        public TextSpan {
            if (start < 0 || end < start || text == null) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /** An actor of the event: its code, where it was found, and what a pronoun or role referred to. */
    public record Party(String code, TextSpan span, Optional<TextSpan> antecedent) {}

    /** A further sentence that reports the same event, with its text when another event quotes it. */
    public record Mention(int start, int end, Optional<String> sentence) {}

    /** The incident the event belongs to and its counts. */
    public record IncidentInfo(long id, Optional<LocalDate> firstDate, Optional<LocalDate> lastDate, int events,
            int mentions, int articles, int sources) {}
}
