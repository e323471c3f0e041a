package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.EventDate;
import org.dyad.core.testing.HandParsed;
import org.junit.jupiter.api.Test;

class EventDateResolverTest {
    private static final LocalDate FRIDAY = LocalDate.of(2021, 8, 20);
    private final EventDateResolver resolver = new EventDateResolver();

    private Optional<EventDate> dateOf(String table, LocalDate published, int trigger) {
        Document doc = HandParsed.document(table, published);
        return resolver.resolve(doc, trigger);
    }

    @Test
    void this_week_is_the_week_of_the_article() {
        EventDate d = dateOf("""
                Beijing NNP Beijing 2 nsubj
                held VBD hold 0 root
                exercises NNS exercise 2 obj
                this DT this 5 det
                week NN week 2 obl:tmod
                """, FRIDAY, 1).orElseThrow();
        assertEquals(EventDate.Precision.WEEK, d.precision());
        assertEquals("2021-W33", d.text());
        assertTrue(d.rule().contains("this week"), d.rule());
    }

    @Test
    void a_weekday_is_the_last_such_day_on_or_before_the_article_date() {
        EventDate d = dateOf("""
                Russia NNP Russia 2 nsubj
                met VBD meet 0 root
                on IN on 4 case
                Thursday NNP Thursday 2 obl
                """, FRIDAY, 1).orElseThrow();
        assertEquals(LocalDate.of(2021, 8, 19), d.date());
        assertEquals(EventDate.Precision.DAY, d.precision());
    }

    @Test
    void a_clause_hanging_on_a_year_takes_that_year() {
        EventDate d = dateOf("""
                since IN since 2 case
                2014 CD 2014 0 root
                when WRB when 5 advmod
                Russia NNP Russia 5 nsubj
                found VBD find 2 acl:relcl
                itself PRP itself 7 nsubj
                hit VBN hit 5 dep
                """, FRIDAY, 6).orElseThrow();
        assertEquals("2014", d.text());
        assertEquals(EventDate.Precision.YEAR, d.precision());
    }

    @Test
    void a_month_and_day_resolve_to_the_latest_such_date_not_after_the_article() {
        EventDate d = dateOf("""
                Russia NNP Russia 2 nsubj
                met VBD meet 0 root
                on IN on 4 case
                December NNP December 2 obl
                3 CD 3 4 nummod
                """, FRIDAY, 1).orElseThrow();
        assertEquals(LocalDate.of(2020, 12, 3), d.date());
    }

    @Test
    void without_a_time_expression_the_article_date_is_used_and_said_so() {
        EventDate d = dateOf("""
                Russia NNP Russia 2 nsubj
                protested VBD protest 0 root
                """, FRIDAY, 1).orElseThrow();
        assertEquals(FRIDAY, d.date());
        assertEquals("article date", d.rule());
    }

    @Test
    void without_an_article_date_a_relative_expression_gives_no_date() {
        assertEquals(Optional.empty(), dateOf("""
                Beijing NNP Beijing 2 nsubj
                held VBD hold 0 root
                this DT this 4 det
                week NN week 2 obl:tmod
                """, null, 1));
    }
}
