package org.dyad.core.event;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Token;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Rel;

/**
 * Time phrases fill no coded slot of a verb pattern, so a time phrase cannot pull a verb onto a far
 * code ("protests that led to more than a decade of civil war" is no 030 from {@code lead prep:to
 * decade}; "called on Wednesday" no appeal to Wednesday; "attacked Monday", the day misparsed as
 * an object, keeps the verb's own reading). Two readings still fit: a pattern that says the reading
 * is no event ("it took years": {@code ---}), and an object pattern that names a counted time
 * ("gave authorities 48 hours to comply": CAMEO's {@code - * HOURS [139]}, an ultimatum). A time
 * phrase is found by the parse ({@code obl:tmod}, {@code nmod:tmod}), by a day's name, or, as the
 * fast path has no date entities, by a lexical class of time nouns.
 */
final class TimePhrases {
    /** Nouns that say when ("may" and "march" are left out: a modal, a protest). */
    private static final Set<String> TIME_NOUNS = Set.of("time", "times", "day", "days", "week", "weeks", "weekend",
            "month", "months", "year", "years", "decade", "decades", "century", "hour", "hours", "minute", "minutes",
            "moment", "night", "nights", "morning", "afternoon", "evening", "today", "yesterday", "tomorrow", "tonight",
            "period", "season", "january", "february", "april", "june", "july", "august", "september",
            "october", "november", "december");

    private TimePhrases() {
    }

    /** Whether a pattern may read this slot head: always unless the head is a time phrase (above). */
    static boolean mayFill(VerbPattern p, Token head) {
        if (p.code().isEmpty() || !isTimePhrase(head)) {
            return true;
        }
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        String word = head.word().toLowerCase(Locale.ROOT);
        return p.slot() == VerbPattern.Slot.OBJECT && (p.words().contains(lemma) || p.words().contains(word))
                && !head.children(Rel.NUMMOD).isEmpty();
    }

    /** True when a slot's head says when: "Monday", "last week", "this time". */
    static boolean isTimePhrase(Token t) {
        return t.relation().endsWith("tmod") || Clauses.isDayName(t.word())
                || TIME_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                || TIME_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
