package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * PLOVER's AGREE is to "agree to, offer, promise, or otherwise indicate willingness or commitment
 * to cooperate": a generic intent (CAMEO 030) of a verb of commitment stands without a partner
 * named; one of a verb of planning or wanting needs the partner the party finder finds, and is
 * decided where the dyads are formed, with the partner, not dropped afterwards.
 */
class GenericIntentsTest {
    private final CameoOntology cameo = TinyCodebooks.cameo();

    private Optional<Reading> read(Conventions conventions, String table, int verb) {
        CodingContext ctx = CodingFixtures.context(table);
        Dyads dyads = new Dyads(conventions);
        PartyFinder finder = new PartyFinder(CodingFixtures.NOUNS, conventions, dyads);
        Coding coding = new Coding("030", -1, false, "test", -1, -1, false, Optional.empty());
        return new CodeResolver(CodingFixtures.NOUNS, cameo, conventions)
                .resolve(ctx, ctx.doc.token(verb), coding, t -> false)
                .map(r -> r.withParties(finder.find(ctx, r)))
                .flatMap(dyads::form);
    }

    private static String alone(String verb, String lemma) {
        return """
                Gondor NNP Gondor 2 nsubj
                %s VBD %s 0 root
                to TO to 4 mark
                isolate VB isolate 2 xcomp
                for IN for 7 case
                ten CD ten 7 nummod
                days NNS day 4 obl
                """.formatted(verb, lemma);
    }

    @Test
    void a_planning_verbs_intent_with_no_partner_is_no_event_under_plover() {
        assertTrue(read(Conventions.PLOVER, alone("intended", "intend"), 1).isEmpty(),
                "he intended to isolate for ten days: a plan, promised to no one");
    }

    @Test
    void a_commitment_stands_without_a_partner_named() {
        Reading agreed = read(Conventions.PLOVER, alone("agreed", "agree"), 1).orElseThrow();
        assertEquals(1, agreed.dyads().size(), "agreed to ...: AGREE, the partner unnamed");
        assertTrue(agreed.dyads().get(0).target().isEmpty());
    }

    @Test
    void a_planning_verbs_intent_toward_a_partner_the_finder_finds_stands() {
        Reading toward = read(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                intended VBD intend 0 root
                to TO to 4 mark
                work VB work 2 xcomp
                with IN with 6 case
                Rohan NNP Rohan 4 obl
                """, 1).orElseThrow();
        assertTrue(toward.hasPartner(), "intended to work with Rohan: the partner in the complement");
    }

    @Test
    void cameo_conventions_keep_the_intent_as_petrarch_codes_it() {
        Reading alone = read(Conventions.CAMEO, alone("intended", "intend"), 1).orElseThrow();
        assertEquals("030", alone.code());
    }
}
