package org.dyad.core.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.EventDate;
import org.dyad.core.text.Span;
import org.dyad.core.syntax.Rel;

/**
 * Dates an event from the time expressions its clause governs ({@code this week}, {@code on
 * Thursday}, {@code in March}, {@code since 2014, when ...}) resolved against the article's date;
 * else the article's date itself; else no date.
 */
public final class EventDateResolver {
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, m);
            MONTHS.put(name.substring(0, 3), m);
            MONTHS.put(name.substring(0, 3) + ".", m);
        }
        MONTHS.put("sept.", Month.SEPTEMBER);
        MONTHS.remove("may."); // "May" is only ever spelled out
        for (DayOfWeek d : DayOfWeek.values()) {
            DAYS.put(d.name().toLowerCase(Locale.ROOT), d);
        }
    }

    /** How far up the clause chain a time expression may be found. */
    private static final int MAX_LEVELS = 4;

    public Optional<EventDate> resolve(Document doc, int trigger) {
        Optional<LocalDate> published = doc.article().published();
        Token t = doc.token(trigger);
        for (int level = 0; t != null && level < MAX_LEVELS; level++) {
            for (Token c : t.children()) {
                String rel = c.relation();
                if (rel.endsWith("tmod") || Rel.is(rel, Rel.OBL) || rel.equals(Rel.NMOD) || rel.equals(Rel.ADVMOD)) {
                    Optional<EventDate> d = expression(doc, c, published);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
            String rel = t.relation();
            Token head = t.head();
            if (head != null && (Rel.is(rel, Rel.ACL) || Rel.is(rel, Rel.ADVCL))) {
                Optional<EventDate> d = expression(doc, head, published); // "since 2014, when ..."
                if (d.isPresent()) {
                    return d;
                }
            }
            if (head == null || !(rel.equals(Rel.CONJ) || rel.equals(Rel.XCOMP) || rel.equals(Rel.DEP) || Rel.is(rel, Rel.ADVCL)
                    || Rel.is(rel, Rel.ACL) || rel.equals(Rel.CCOMP))) {
                break;
            }
            t = head;
        }
        return published.map(p -> new EventDate(p, EventDate.Precision.DAY, "article date", Optional.empty()));
    }

    private Optional<EventDate> expression(Document doc, Token head, Optional<LocalDate> published) {
        String w = head.word().toLowerCase(Locale.ROOT);
        Span span = phraseSpan(doc, head);
        String said = span.of(doc.text().raw());
        if (head.pos().equals("CD") && w.matches("(19|20)\\d\\d")) {
            int year = Integer.parseInt(w);
            for (Token c : head.children()) {
                Month m = MONTHS.get(c.word().toLowerCase(Locale.ROOT));
                if (m != null) {
                    return Optional.of(new EventDate(LocalDate.of(year, m, 1), EventDate.Precision.MONTH, "'" + said + "'",
                            Optional.of(span)));
                }
            }
            return Optional.of(new EventDate(LocalDate.of(year, 1, 1), EventDate.Precision.YEAR, "'" + said + "'",
                    Optional.of(span)));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate base = published.get();
        String rule = "'" + said + "' from article date " + base;
        if (DAYS.containsKey(w)) {
            LocalDate d = base.with(TemporalAdjusters.previousOrSame(DAYS.get(w)));
            return Optional.of(new EventDate(d, EventDate.Precision.DAY, rule, Optional.of(span)));
        }
        switch (w) {
            case "today", "tonight" -> {
                return Optional.of(new EventDate(base, EventDate.Precision.DAY, rule, Optional.of(span)));
            }
            case "yesterday" -> {
                return Optional.of(new EventDate(base.minusDays(1), EventDate.Precision.DAY, rule, Optional.of(span)));
            }
            case "week", "month", "year", "weekend" -> {
                int shift = 0;
                boolean anchored = false;
                for (Token c : head.children()) {
                    String m = c.word().toLowerCase(Locale.ROOT);
                    if (m.equals("this") || m.equals("current")) {
                        anchored = true;
                    } else if (m.equals("last") || m.equals("past") || m.equals("previous")) {
                        anchored = true;
                        shift = -1;
                    } else if (m.equals("next") || m.equals("coming")) {
                        anchored = true;
                        shift = 1;
                    }
                }
                if (!anchored) {
                    return Optional.empty();
                }
                return Optional.of(switch (w) {
                    case "week", "weekend" -> new EventDate(base.plusWeeks(shift), EventDate.Precision.WEEK, rule,
                            Optional.of(span));
                    case "month" -> new EventDate(base.plusMonths(shift).withDayOfMonth(1), EventDate.Precision.MONTH,
                            rule, Optional.of(span));
                    default -> new EventDate(base.plusYears(shift).withDayOfYear(1), EventDate.Precision.YEAR, rule,
                            Optional.of(span));
                });
            }
            default -> {
            }
        }
        Month month = MONTHS.get(w);
        if (month != null && head.pos().startsWith("NNP")) {
            Integer day = null;
            Integer year = null;
            for (Token c : head.children()) {
                String cw = c.word();
                if (cw.matches("\\d{1,2}") && Integer.parseInt(cw) >= 1 && Integer.parseInt(cw) <= 31) {
                    day = Integer.parseInt(cw);
                } else if (cw.matches("(19|20)\\d\\d")) {
                    year = Integer.parseInt(cw);
                }
            }
            int y = year != null ? year : (month.getValue() > base.getMonthValue() ? base.getYear() - 1 : base.getYear());
            if (day != null && day <= month.length(java.time.Year.isLeap(y))) {
                return Optional.of(new EventDate(LocalDate.of(y, month, day), EventDate.Precision.DAY, rule,
                        Optional.of(span)));
            }
            return Optional.of(new EventDate(LocalDate.of(y, month, 1), EventDate.Precision.MONTH, rule,
                    Optional.of(span)));
        }
        return Optional.empty();
    }

    /** The raw span of a time expression: its head with the words that modify it. */
    private static Span phraseSpan(Document doc, Token head) {
        int first = head.index();
        int last = head.index();
        for (Token c : head.children()) {
            String r = c.relation();
            if (r.equals(Rel.DET) || r.equals(Rel.AMOD) || r.equals(Rel.NUMMOD) || r.equals(Rel.COMPOUND) || r.equals(Rel.CASE)) {
                first = Math.min(first, c.index());
                last = Math.max(last, c.index());
            }
        }
        return doc.text().rawSpan(doc.tokens().start(first), doc.tokens().end(last));
    }
}
