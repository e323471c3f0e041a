package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.facts.Factuality;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** Dyads (who acts on whom) and ReadingRules (factuality and conventions), on readings built by the steps before them. */
class DyadsAndRulesTest {
    private final CameoOntology cameo = TinyCodebooks.cameo();

    private Optional<Reading> read(Conventions conventions, String table, int verb, String code) {
        CodingContext ctx = CodingFixtures.context(table);
        CodeResolver codes = new CodeResolver(CodingFixtures.NOUNS, cameo, conventions);
        Dyads dyads = new Dyads(conventions);
        PartyFinder finder = new PartyFinder(CodingFixtures.NOUNS, conventions, dyads);
        Coding coding = new Coding(code, -1, false, "test", -1, -1, false, Optional.empty());
        return codes.resolve(ctx, ctx.doc.token(verb), coding, t -> false)
                .map(r -> r.withParties(finder.find(ctx, r)))
                .flatMap(dyads::form)
                .map(r -> new ReadingRules(new FactualityClassifier(), cameo, conventions).apply(ctx.doc, r));
    }

    private static List<String> dyads(Reading r) {
        return r.dyads().stream().map(d -> d.source().code() + ">" + d.target().map(t -> t.code().code()).orElse("-"))
                .toList();
    }

    @Test
    void coordinated_parties_of_a_joint_event_act_on_each_other_both_ways() {
        Reading r = read(Conventions.PLOVER, """
                Gondor NNP Gondor 4 nsubj
                and CC and 3 cc
                Rohan NNP Rohan 1 conj
                met VBD meet 0 root
                """, 3, "040").orElseThrow();
        assertEquals(List.of("GON>ROH", "ROH>GON"), dyads(r));
        assertTrue(r.joint());
        assertTrue(r.rule().endsWith("[joint]"));
    }

    @Test
    void cooperation_by_a_bare_default_needs_a_partner_but_violence_does_not() {
        assertEquals(Optional.empty(), read(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                cooperated VBD cooperate 0 root
                """, 1, "06"));
        Reading attack = read(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                attacked VBD attack 0 root
                """, 1, "190").orElseThrow();
        assertEquals(List.of("GON>-"), dyads(attack));
    }

    @Test
    void under_plover_promised_cooperation_is_the_asserted_agreement() {
        Reading r = read(Conventions.PLOVER, """
                Gondor NNP Gondor 3 nsubj
                will MD will 3 aux
                meet VB meet 0 root
                Rohan NNP Rohan 3 obj
                """, 2, "040").orElseThrow();
        assertEquals("036", r.entry().code());
        assertEquals(Factuality.ASSERTED, r.factuality());
        assertTrue(r.rule().contains("[future 040 -> 036]"), r.rule());
    }

    @Test
    void under_cameo_a_promised_meeting_stays_a_future_meeting() {
        Reading r = read(Conventions.CAMEO, """
                Gondor NNP Gondor 3 nsubj
                will MD will 3 aux
                meet VB meet 0 root
                Rohan NNP Rohan 3 obj
                """, 2, "040").orElseThrow();
        assertEquals("040", r.entry().code());
        assertEquals(Factuality.FUTURE, r.factuality());
    }
}
