package org.dyad.codebooks;

import static org.dyad.codebooks.BundledActors.day;
import static org.dyad.codebooks.BundledActors.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.actor.ActorEntry;
import org.dyad.core.actor.ActorKind;
import org.junit.jupiter.api.Test;

/**
 * The bundled dictionaries name every country: the list in {@code un_members.tsv} (UN member and
 * observer states, Kosovo and Taiwan) gives each one's name, adjective and capital.
 */
class CountryCoverageTest {
    private static final LocalDate TODAY = day("2025-06-01");

    /** One line of un_members.tsv. */
    record Country(String iso3, String code, String name, String adjective, String capital) {
    }

    static List<Country> countries() throws IOException {
        List<Country> out = new ArrayList<>();
        try (InputStream in = CountryCoverageTest.class.getResourceAsStream("un_members.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Country(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    @Test
    void the_list_holds_the_193_un_members_two_observers_kosovo_and_taiwan() throws IOException {
        List<Country> all = countries();
        assertEquals(197, all.size());
        assertEquals(197, all.stream().map(Country::iso3).distinct().count(), "an ISO code is listed twice");
    }

    @Test
    void every_un_member_state_has_a_name_an_adjective_and_a_capital() throws IOException {
        List<String> missing = new ArrayList<>();
        int names = 0;
        int adjectives = 0;
        int capitals = 0;
        for (Country c : countries()) {
            for (LocalDate date : new LocalDate[] {TODAY, null}) {
                String when = date == null ? "with no date" : "on " + date;
                if (check(c, c.name(), ActorKind.COUNTRY, date, missing, when) && date != null) {
                    names++;
                }
                if (!c.adjective().equals("-")
                        && check(c, c.adjective(), ActorKind.ADJECTIVE, date, missing, when) && date != null) {
                    adjectives++;
                }
                // A capital spelled like its country (Singapore, Monaco) is the country's entry.
                ActorKind capitalKind = c.capital().equals(c.name()) ? ActorKind.COUNTRY : ActorKind.CAPITAL;
                if (!c.capital().startsWith("!") && check(c, c.capital(), capitalKind, date, missing, when)
                        && date != null) {
                    capitals++;
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " gaps:\n" + String.join("\n", missing));
        // The figures docs/dictionaries.md reports: all names; adjectives except the three
        // countries without one of their own; capitals except the two left out on purpose.
        assertEquals(List.of(197, 194, 195), List.of(names, adjectives, capitals));
    }

    @Test
    void capitals_that_mostly_name_something_else_are_left_out_on_purpose() throws IOException {
        for (Country c : countries()) {
            if (c.capital().startsWith("!")) {
                String city = c.capital().substring(1);
                Optional<ActorEntry> e = entry(city, TODAY);
                assertTrue(e.isEmpty() || !e.get().code().country().equals(c.code()),
                        city + " must not stand for " + c.code() + ": " + e);
            }
        }
    }

    private static boolean check(Country c, String phrase, ActorKind kind, LocalDate date, List<String> missing,
            String when) {
        Optional<ActorEntry> e = entry(phrase, date);
        int words = org.dyad.core.actor.Phrase.words(phrase).size();
        if (e.isEmpty() || e.get().words().size() != words) {
            missing.add(c.iso3() + ": no " + kind.name().toLowerCase() + " '" + phrase + "' " + when);
            return false;
        }
        if (!e.get().code().code().equals(c.code()) || e.get().kind() != kind) {
            missing.add(c.iso3() + ": '" + phrase + "' " + when + " is " + e.get().code() + " " + e.get().kind()
                    + " from " + e.get().source() + ", expected " + c.code() + " " + kind);
            return false;
        }
        return true;
    }
}
