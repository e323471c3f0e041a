package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** Dated entries: the article's date picks who held office; newer offices laid over older ones keep the older dates. */
class DatedEntriesTest {
    private static String codeOn(ActorDictionary d, String phrase, LocalDate date) {
        List<String> words = Phrase.words(phrase);
        return d.longestMatch(words, words, 0, date).orElseThrow().entry().code().code();
    }

    @Test
    void the_same_name_on_two_dates_gives_two_codes() {
        ActorDictionary d = TinyCodebooks.actors("Faramir\tGONMIL\tperson\t2010-01-01\t2019-12-31",
                "Faramir\tGONGOV\tperson\t2020-01-01", "Faramir\tGONELI\tperson");
        assertEquals("GONMIL", codeOn(d, "Faramir", LocalDate.of(2015, 6, 1)));
        assertEquals("GONGOV", codeOn(d, "Faramir", LocalDate.of(2024, 6, 1)));
    }

    @Test
    void newer_offices_laid_over_older_entries_keep_the_older_ones_for_earlier_dates() {
        ActorDictionary older = TinyCodebooks.actors("Denethor\tGONMIL\tperson\t1990-01-01\t2009-12-31",
                "Denethor\tGONELI\tperson");
        ActorDictionary newer = TinyCodebooks.actors("Denethor\tGONGOV\tperson\t2016-11-26\t2021-03-01",
                "Denethor\tGONELI\tperson");
        ActorDictionary both = older.extendedBy(newer);
        assertEquals("GONMIL", codeOn(both, "Denethor", LocalDate.of(2000, 1, 1)));
        assertEquals("GONGOV", codeOn(both, "Denethor", LocalDate.of(2018, 1, 1)));
        assertEquals("GONELI", codeOn(both, "Denethor", LocalDate.of(2024, 1, 1)));
        assertEquals("GONELI", codeOn(both, "Denethor", null));
    }
}
