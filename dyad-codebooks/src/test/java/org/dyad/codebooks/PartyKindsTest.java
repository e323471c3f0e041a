package org.dyad.codebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.dyad.core.actor.ActorEntry;
import org.dyad.core.facts.PartyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled dictionary file gives its organisations the kind of party they are, whatever the
 * file is called: a group from Dyad's own groups file is as much a group as one from Phoenix's
 * non-state file (the actor stages once told groups by the file name, and missed Dyad's own).
 */
class PartyKindsTest {
    private static final LocalDate DATE = LocalDate.of(2021, 9, 1);

    static Stream<Arguments> organisations() {
        return Stream.of(
                Arguments.of("Hezbollah", "dyad.groups", PartyKind.GROUP),
                Arguments.of("Wagner Group", "dyad.groups", PartyKind.GROUP),
                Arguments.of("al qaeda", "nonstate", PartyKind.GROUP),
                Arguments.of("amnesty international", "international", PartyKind.GROUP),
                Arguments.of("the united nations", "international", PartyKind.IGO),
                Arguments.of("UNSC", "dyad.organizations", PartyKind.IGO),
                Arguments.of("Russia", "countries", PartyKind.STATE));
    }

    @ParameterizedTest(name = "{0} ({1}) is a {2}")
    @MethodSource("organisations")
    void an_organisation_is_the_kind_of_party_its_code_says(String phrase, String file, PartyKind kind) {
        ActorEntry entry = BundledActors.entry(phrase, DATE).orElseThrow(() -> new AssertionError("no entry: " + phrase));
        assertEquals(file, entry.source(), "the entry comes from " + file);
        assertEquals(kind, entry.partyKind(), phrase);
    }
}
