package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * PLOVER's AGREE is a promise to another party: a generic intent (root 03) with no other party
 * is no event under PLOVER's conventions, and stays one under CAMEO's.
 */
class PartnerlessIntentsTest {
    private final CameoOntology cameo = TinyCodebooks.cameo();

    private Reading read(Conventions conventions, String table, int verb) {
        CodingContext ctx = CodingFixtures.context(table);
        Dyads dyads = new Dyads(conventions);
        PartyFinder finder = new PartyFinder(CodingFixtures.NOUNS, conventions, dyads);
        Coding coding = new Coding("03", -1, false, "test", -1, -1, false, Optional.empty());
        return new CodeResolver(CodingFixtures.NOUNS, cameo, conventions)
                .resolve(ctx, ctx.doc.token(verb), coding, t -> false)
                .map(r -> r.withParties(finder.find(ctx, r)))
                .flatMap(dyads::form)
                .orElseThrow();
    }

    private static final String ALONE = """
            Gondor NNP Gondor 2 nsubj
            intended VBD intend 0 root
            to TO to 4 mark
            isolate VB isolate 2 xcomp
            for IN for 7 case
            ten CD ten 7 nummod
            days NNS day 4 obl
            """;

    @Test
    void an_intent_with_no_other_party_is_no_event_under_plover() {
        Reading alone = read(Conventions.PLOVER, ALONE, 1);
        assertFalse(alone.hasPartner());
        assertFalse(new PartnerlessIntents(Conventions.PLOVER).stands(alone),
                "he intended to isolate for ten days: a promise to no one");
    }

    @Test
    void an_intent_toward_another_party_stands() {
        Reading toward = read(Conventions.PLOVER, """
                Gondor NNP Gondor 2 nsubj
                promised VBD promise 0 root
                Rohan NNP Rohan 2 iobj
                to TO to 5 mark
                help VB help 2 xcomp
                """, 1);
        assertTrue(toward.hasPartner());
        assertTrue(new PartnerlessIntents(Conventions.PLOVER).stands(toward), "promised Rohan to help: AGREE");
    }

    @Test
    void cameo_conventions_keep_the_intent_as_petrarch_codes_it() {
        Reading alone = read(Conventions.CAMEO, ALONE, 1);
        assertTrue(new PartnerlessIntents(Conventions.CAMEO).stands(alone));
        assertEquals("03", alone.code());
    }

    @Test
    void a_specific_intent_names_cooperative_content_and_stands_alone() {
        Reading r = read(Conventions.PLOVER, ALONE, 1);
        Reading meet = Reading.coded(r.verb(), r.coding(), "036", cameo.get("036").orElseThrow(), -1, false, false);
        assertTrue(new PartnerlessIntents(Conventions.PLOVER).stands(meet), "agreed to meet: AGREE without a partner");
    }

    @Test
    void other_codes_need_no_partner() {
        Reading r = read(Conventions.PLOVER, ALONE, 1);
        Reading statement = Reading.coded(r.verb(), r.coding(), "190", cameo.nearest("190").orElseThrow(), -1, false,
                false);
        assertTrue(new PartnerlessIntents(Conventions.PLOVER).stands(statement));
    }
}
