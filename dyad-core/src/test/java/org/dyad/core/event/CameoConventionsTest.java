package org.dyad.core.event;

import org.dyad.core.conventions.Conventions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.actor.DictionaryReader;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Factuality;
import org.dyad.core.ontology.CameoNegations;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** What PETRARCH's CAMEO conventions code differently from Dyad's PLOVER default. */
class CameoConventionsTest {
    private static ActorStages actors(Conventions conventions) {
        return new ActorStages(
                TinyCodebooks.actors("Bree\tBRE\tcountry", "Gondor\tGON\tcountry", "Eriador\tERI\tcountry"),
                TinyCodebooks.agents("official\tGOV", "soldier\tMIL"), conventions.unownedRoles());
    }

    private final CameoOntology cameo = TinyCodebooks.cameoWith(
            "010\t3\t01\tMake statement\tMake statement\t\t1\t0.0\t0.0\t\t\t",
            "050\t3\t05\tDiplomatic cooperation\tEngage in diplomatic cooperation\t\t1\t3.5\t3.5\tSUPPORT\t\t",
            "11\t2\t11\tDISAPPROVE\tDisapprove\t\t3\t-2.0\t-2.0\tACCUSE\t\t",
            "110\t3\t11\tDisapprove\tDisapprove\t\t3\t-2.0\t-2.0\tACCUSE\t\t",
            "111\t3\t11\tCriticize or denounce\tCriticize or denounce\t\t3\t-2.0\t-2.0\tACCUSE\t\t")
            .withNegations(CameoNegations.read(DictionaryReader.parse(new StringReader("""
                    #format dyad-negations/1
                    050\t110
                    057\t170
                    """), "test.negations"), "test.negations"));
    private final VerbDictionary verbs = TinyCodebooks.verbs(
            "clash\t-\t-\t-\t110",
            "criticize\t-\t-\t-\t111",
            "say\t-\t-\t-\t010",
            "detain\t-\t-\t-\t173",
            "try\t-\t-\t-\t---");

    private List<String> code(Conventions conventions, String table) {
        EventCoder coder = new EventCoder(verbs, TinyCodebooks.nouns(), cameo, new FactualityClassifier(), conventions);
        Document doc = coder.apply(actors(conventions).apply(HandParsed.document(table)));
        return doc.events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-")
                        + (e.factuality() == Factuality.ASSERTED ? "" : " " + e.factuality().label()))
                .toList();
    }

    private static final String DID_NOT_CLASH = """
            Bree NNP Bree 4 nsubj
            did VBD do 4 aux
            not RB not 4 advmod
            clash VB clash 0 root
            with IN with 6 case
            Gondor NNP Gondor 4 obl
            """;

    @Test
    void a_verb_negated_by_its_own_not_is_the_code_the_ontology_pairs_with_its_own() {
        assertEquals(List.of("BRE 050 GON"), code(Conventions.CAMEO, DID_NOT_CLASH));
    }

    @Test
    void under_plover_conventions_a_negated_verb_stays_negated() {
        assertEquals(List.of("BRE 110 GON negated"), code(Conventions.PLOVER, DID_NOT_CLASH));
    }

    @Test
    void a_negated_verb_whose_code_has_no_negation_stays_negated() {
        assertEquals(List.of("BRE 173 GONMIL negated"), code(Conventions.CAMEO, """
                Bree NNP Bree 4 nsubj
                did VBD do 4 aux
                not RB not 4 advmod
                detain VB detain 0 root
                Gondor NNP Gondor 6 compound
                soldiers NNS soldier 4 obj
                """));
    }

    @Test
    void a_negation_on_the_verb_above_does_not_turn_the_code() {
        assertEquals(List.of("BRE 110 GON negated"), code(Conventions.CAMEO, """
                Bree NNP Bree 4 nsubj
                will MD will 4 aux
                not RB not 4 advmod
                try VB try 0 root
                to TO to 6 mark
                clash VB clash 4 xcomp
                with IN with 8 case
                Gondor NNP Gondor 6 obl
                """));
    }

    private static final String WAS_CRITICIZED = """
            Bree NNP Bree 3 nsubj:pass
            was VBD be 3 aux:pass
            criticized VBN criticize 0 root
            over IN over 6 case
            its PRP$ its 6 nmod:poss
            dispute NN dispute 3 obl
            with IN with 8 case
            Eriador NNP Eriador 6 nmod
            """;

    @Test
    void a_passive_without_agent_takes_its_source_from_its_phrases() {
        assertEquals(List.of("ERI 111 BRE"), code(Conventions.CAMEO, WAS_CRITICIZED));
    }

    @Test
    void under_plover_conventions_a_passive_without_agent_has_its_implicit_agent_as_source() {
        assertEquals(List.of("--- 111 BRE"), code(Conventions.PLOVER, WAS_CRITICIZED));
    }

    private static final String OFFICIAL_SAID = """
            a DT a 3 det
            senior JJ senior 3 amod
            official NN official 4 nsubj
            said VBD say 0 root
            on IN on 6 case
            Saturday NNP Saturday 4 obl
            """;

    @Test
    void a_statement_addressed_to_nobody_is_coded_and_a_role_no_one_owns_is_of_unknown_country() {
        assertEquals(List.of("---GOV 010 -"), code(Conventions.CAMEO, OFFICIAL_SAID));
    }

    @Test
    void under_plover_conventions_a_statement_needs_a_target_and_a_role_needs_an_owner() {
        assertEquals(List.of(), code(Conventions.PLOVER, OFFICIAL_SAID));
    }

    @Test
    void a_plain_statement_is_not_addressed_to_the_party_its_reported_clause_names() {
        assertEquals(List.of("BREGOV 010 -", "GON 111 ERI"), code(Conventions.CAMEO, """
                Bree NNP Bree 2 compound
                officials NNS official 3 nsubj
                said VBD say 0 root
                Gondor NNP Gondor 5 nsubj
                criticized VBD criticize 3 ccomp
                Eriador NNP Eriador 5 obj
                """));
    }

    @Test
    void a_reported_clauses_subject_parsed_as_the_statements_object_is_not_addressed() {
        assertEquals(List.of("BRE 010 -"), code(Conventions.CAMEO, """
                Bree NNP Bree 2 nsubj
                said VBD say 0 root
                Gondor NNP Gondor 2 obj
                proposed VBN propose 3 acl
                talks NNS talk 4 obj
                """));
    }
}
