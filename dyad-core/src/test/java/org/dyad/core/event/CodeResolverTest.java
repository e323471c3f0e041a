package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

class CodeResolverTest {
    private final CodeResolver resolver = new CodeResolver(CodingFixtures.NOUNS,
            TinyCodebooks.cameoWith("010\t3\t01\tMake statement\tMake statement\t\t0\t0.0\t0.0\t\t\t",
                    "100\t3\t10\tDemand\tDemand\t\t1\t-5.0\t-5.0\tREQUEST\t\t"),
            Conventions.PLOVER);

    @Test
    void an_event_noun_gives_the_reading_its_code_and_its_noun() {
        CodingContext ctx = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                held VBD hold 0 root
                exercises NNS exercise 2 obj
                """);
        Coding noun = new Coding(VerbPattern.NOUN_CODE, 2, true, "hold +obj exercise", -1, -1, false, Optional.empty());
        Reading r = resolver.resolve(ctx, ctx.doc.token(1), noun, t -> false).orElseThrow();
        assertEquals("062", r.code());
        assertEquals(2, r.noun());
    }

    @Test
    void a_statement_that_a_named_party_must_act_is_a_demand() {
        CodingContext ctx = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                said VBD say 0 root
                Rohan NNP Rohan 5 nsubj
                must MD must 5 aux
                withdraw VB withdraw 2 ccomp
                """);
        Coding say = new Coding("010", -1, false, "say", -1, -1, false, Optional.empty());
        Reading r = resolver.resolve(ctx, ctx.doc.token(1), say, t -> false).orElseThrow();
        assertEquals("100", r.code());
        assertTrue(r.obligation());
    }

    @Test
    void a_bare_intent_whose_complement_codes_an_event_leaves_the_event_to_the_complement() {
        CodingContext ctx = CodingFixtures.context("""
                Gondor NNP Gondor 2 nsubj
                plans VBZ plan 0 root
                to TO to 4 mark
                attack VB attack 2 xcomp
                Rohan NNP Rohan 4 obj
                """);
        Coding plan = new Coding("03", -1, false, "plan", -1, -1, false, Optional.empty());
        assertEquals(Optional.empty(), resolver.resolve(ctx, ctx.doc.token(1), plan, t -> t.index() == 3));
        assertTrue(resolver.resolve(ctx, ctx.doc.token(1), plan, t -> false).isPresent());
    }
}
