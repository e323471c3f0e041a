package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

class PartyFinderTest {
    private final CodeResolver codes = new CodeResolver(CodingFixtures.NOUNS, TinyCodebooks.cameo(), Conventions.PLOVER);
    private final PartyFinder finder = new PartyFinder(CodingFixtures.NOUNS, Conventions.PLOVER,
            new Dyads(Conventions.PLOVER));

    private Parties parties(String table, int verb, String code) {
        CodingContext ctx = CodingFixtures.context(table);
        Coding coding = new Coding(code, -1, false, "test", -1, -1, false, Optional.empty());
        Reading r = codes.resolve(ctx, ctx.doc.token(verb), coding, t -> false).orElseThrow();
        return finder.find(ctx, r);
    }

    private static List<String> codes(List<Party> parties) {
        return parties.stream().map(p -> p.code().code()).toList();
    }

    @Test
    void a_passive_takes_its_agent_as_source_and_its_subject_as_target() {
        Parties p = parties("""
                Rohan NNP Rohan 3 nsubj:pass
                was VBD be 3 aux:pass
                attacked VBN attack 0 root
                by IN by 5 case
                Mordor NNP Mordor 3 obl:agent
                """, 2, "190");
        assertEquals(List.of("MOR"), codes(p.sources()));
        assertEquals(List.of("ROH"), codes(p.targets()));
        assertTrue(p.passive());
    }

    @Test
    void a_target_from_an_unrelated_phrase_is_weak() {
        Parties p = parties("""
                Gondor NNP Gondor 2 nsubj
                attacked VBD attack 0 root
                in IN in 4 case
                Rohan NNP Rohan 2 obl
                """, 1, "190");
        assertEquals(List.of("ROH"), codes(p.targets()));
        assertTrue(p.weakTarget());
    }

    @Test
    void a_killing_with_no_one_named_is_by_an_unnamed_force_of_the_targets_country() {
        Parties p = parties("""
                Gondor NNP Gondor 2 compound
                troops NNS troops 4 nsubj:pass
                were VBD be 4 aux:pass
                killed VBN kill 0 root
                """, 3, "190");
        assertEquals(List.of("GONUAF"), codes(p.sources()));
        assertEquals(ActorBasis.UNNAMED_PERPETRATOR, p.sources().get(0).actor().basis());
        assertTrue(p.unnamedSource());
        assertEquals(List.of("GONMIL"), codes(p.targets()));
    }

    @Test
    void the_subject_named_again_in_the_object_is_no_target() {
        Parties p = parties("""
                Gondor NNP Gondor 2 nsubj
                met VBD meet 0 root
                Gondor NNP Gondor 2 obj
                """, 1, "040");
        assertEquals(List.of("GON"), codes(p.sources()));
        assertFalse(p.targets().stream().anyMatch(t -> t.code().code().equals("GON") && !p.weakTarget()));
    }
}
