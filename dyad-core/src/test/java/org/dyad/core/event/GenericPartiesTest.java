package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * Events with a party unnamed or generic, and events without a recipient, under PLOVER's
 * conventions (GDELT's and POLECAT's reading), and what CAMEO's conventions keep as PETRARCH has it.
 */
class GenericPartiesTest {
    private final VerbDictionary verbs = TinyCodebooks.verbs(
            "arrest\t-\t-\t-\t173",
            "attack\t-\t-\t-\t190",
            "kill\t-\t-\t-\t190",
            "steal\t-\t-\t-\t171",
            "break\t-\t-\t-\t190",
            "resign\t-\t-\t-\t0831",
            "meet\t-\t-\t-\t040",
            "say\t-\t-\t-\t010",
            "protest\t-\t-\t-\t140");
    private final org.dyad.core.ontology.CameoOntology cameo = TinyCodebooks.cameoWith(
            "08\t2\t08\tYIELD\tYield\t\t2\t5.0\t5.0\tCONCEDE\t\t",
            "0831\t4\t08\tAccede to demands for change in leadership\tAccede to demands for change in leadership\t\t2\t5.0"
                    + "\t5.0\tRETREAT\tresign\tpolitical_institutions",
            "010\t3\t01\tMake statement\tMake statement\t\t1\t0.0\t0.0\t\t\t",
            "14\t2\t14\tPROTEST\tProtest\t\t3\t-6.5\t-6.5\tPROTEST\t\t",
            "140\t3\t14\tProtest\tEngage in political dissent\t\t3\t-6.5\t-6.5\tPROTEST\t\t",
            "171\t3\t17\tSeize or damage property\tSeize or damage property\t\t4\t-9.2\t-9.2\tCOERCE\tseize\t");

    private List<Event> code(Conventions conventions, String table) {
        ActorStages actors = new ActorStages(TinyCodebooks.actors("Gondor\tGON\tcountry", "Navalny\tRUSOPP\tperson"),
                TinyCodebooks.agents("police\tCOP", "protester\tOPP", "man\tPPL", "minister\tGOV",
                        "gunman\tUAF", "woman\tCVL"),
                conventions.unownedRoles());
        EventCoder coder = new EventCoder(verbs, TinyCodebooks.nouns("bomb\t183"), cameo, new FactualityClassifier(),
                conventions);
        Document doc = coder.apply(actors.apply(HandParsed.document(table)));
        return doc.events();
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().code() + " " + e.cameo() + " "
                + e.target().map(t -> t.code().code()).orElse("-")).toList();
    }

    private static final String POLICE_ARRESTED_A_MAN = """
            Police NNS police 2 nsubj
            arrested VBD arrest 0 root
            a DT a 4 det
            man NN man 2 obj
            """;

    @Test
    void a_role_nothing_owns_is_a_generic_party_of_unknown_country_on_either_side() {
        List<Event> events = code(Conventions.PLOVER, POLICE_ARRESTED_A_MAN);
        assertEquals(List.of("---COP 173 ---PPL"), dyads(events));
        Event e = events.get(0);
        assertEquals("Police", e.source().text());
        assertEquals("a man", e.target().orElseThrow().text());
        assertEquals(ActorBasis.UNOWNED_ROLE, e.source().basis());
        assertTrue(e.confidence() < 0.65, "a generic party lowers the confidence of a named dyad");
    }

    @Test
    void a_generic_object_is_the_target_before_an_actor_in_another_phrase() {
        // "Police" belongs to the one country its sentence names (the actor stage's context rule);
        // the man arrested, not Gondor, is whom they arrested, and he too is placed in Gondor
        // (a role nothing owns takes its sentence's one country: actor.CountryContext, issue 15).
        List<Event> events = code(Conventions.PLOVER, """
                Police NNS police 2 nsubj
                arrested VBD arrest 0 root
                a DT a 4 det
                man NN man 2 obj
                in IN in 6 case
                Gondor NNP Gondor 2 obl
                """);
        assertEquals(List.of("GONCOP 173 GONPPL"), dyads(events));
    }

    @Test
    void a_named_party_is_never_displaced_by_a_generic_one() {
        List<Event> events = code(Conventions.PLOVER, """
                Gondor NNP Gondor 2 compound
                police NNS police 3 nsubj
                arrested VBD arrest 0 root
                Navalny NNP Navalny 3 obj PERSON
                """);
        assertEquals(List.of("GONCOP 173 RUSOPP"), dyads(events));
        assertEquals(0.65, events.get(0).confidence());
    }

    @Test
    void a_passive_without_agent_has_its_implicit_agent_as_source_when_its_subject_is_a_party() {
        List<Event> events = code(Conventions.PLOVER, """
                Navalny NNP Navalny 3 nsubj:pass PERSON
                was VBD be 3 aux:pass
                arrested VBN arrest 0 root
                """);
        assertEquals(List.of("--- 173 RUSOPP"), dyads(events));
        Event e = events.get(0);
        assertEquals(ActorBasis.IMPLICIT_AGENT, e.source().basis());
        assertEquals("", e.source().text());
        assertEquals(e.triggerSpan().start(), e.source().rawSpan().start());
        assertEquals(0, e.source().rawSpan().length());
        assertEquals(0.45, e.confidence(), 1e-9);
    }

    @Test
    void a_generic_patient_of_a_passive_is_its_target() {
        assertEquals(List.of("--- 173 ---OPP"), dyads(code(Conventions.PLOVER, """
                Protesters NNS protester 3 nsubj:pass
                were VBD be 3 aux:pass
                arrested VBN arrest 0 root
                """)));
    }

    @Test
    void a_passive_whose_subject_is_no_party_has_no_implicit_agent() {
        // "the Gondor election was stolen": Gondor only modifies what was stolen.
        assertEquals(List.of(), code(Conventions.PLOVER, """
                the DT the 3 det
                Gondor NNP Gondor 3 compound
                election NN election 5 nsubj:pass
                was VBD be 5 aux:pass
                stolen VBN steal 0 root
                """));
    }

    @Test
    void a_person_no_dictionary_lists_is_a_generic_source_with_its_name_kept_when_the_event_has_a_target() {
        List<Event> events = code(Conventions.PLOVER, """
                John NNP John 2 compound PERSON
                Smith NNP Smith 3 nsubj PERSON
                attacked VBD attack 0 root
                Navalny NNP Navalny 3 obj PERSON
                """);
        assertEquals(List.of("--- 190 RUSOPP"), dyads(events));
        assertEquals("John Smith", events.get(0).source().text());
        assertEquals(ActorBasis.UNLISTED_PERSON, events.get(0).source().basis());
    }

    @Test
    void a_person_no_dictionary_lists_is_no_source_of_a_verbs_default_cooperation() {
        // VOA "Ken Gause ... thinks North Korea could", "Chin JouSen recently founded his business"
        assertEquals(List.of(), code(Conventions.PLOVER, """
                John NNP John 2 compound PERSON
                Smith NNP Smith 3 nsubj PERSON
                met VBD meet 0 root
                Navalny NNP Navalny 3 obj PERSON
                """));
    }

    @Test
    void a_person_no_dictionary_lists_codes_no_event_without_a_target() {
        // "John Rhys-Davies broke news": a verb's default with a person of unknown standing and no
        // one acted on is too weak to be an event.
        assertEquals(List.of(), code(Conventions.PLOVER, """
                Smith NNP Smith 2 nsubj PERSON
                broke VBD break 0 root
                news NN news 2 obj
                """));
    }

    @Test
    void a_weapon_as_the_agent_of_a_killing_is_an_unnamed_perpetrator_of_unknown_country() {
        List<Event> events = code(Conventions.PLOVER, """
                a DT a 2 det
                man NN man 4 nsubj:pass
                was VBD be 4 aux:pass
                killed VBN kill 0 root
                by IN by 8 case
                a DT a 8 det
                roadside NN roadside 8 compound
                bomb NN bomb 4 obl:agent
                """);
        assertEquals(List.of("---UAF 190 ---PPL"), dyads(events));
        assertEquals(ActorBasis.UNNAMED_PERPETRATOR, events.get(0).source().basis());
    }

    @Test
    void a_resignation_needs_no_recipient() {
        List<Event> events = code(Conventions.PLOVER, """
                the DT the 2 det
                minister NN minister 3 nsubj
                resigned VBD resign 0 root
                """);
        assertEquals(List.of("---GOV 0831 -"), dyads(events));
        assertEquals(EventAssembler.GENERIC_WITHOUT_TARGET, events.get(0).confidence());
    }

    @Test
    void under_cameo_conventions_a_passive_without_agent_or_named_party_codes_nothing() {
        assertEquals(List.of(), code(Conventions.CAMEO, """
                Navalny NNP Navalny 3 nsubj:pass PERSON
                was VBD be 3 aux:pass
                arrested VBN arrest 0 root
                """));
        assertEquals(List.of(), code(Conventions.CAMEO, """
                John NNP John 2 compound PERSON
                Smith NNP Smith 3 nsubj PERSON
                attacked VBD attack 0 root
                Navalny NNP Navalny 3 obj PERSON
                """).stream().filter(e -> !e.source().code().knowsCountry()).toList());
    }

    @Test
    void under_cameo_conventions_a_role_nothing_owns_is_an_actor_as_petrarch_has_it() {
        assertEquals(List.of("---COP 173 ---PPL"), dyads(code(Conventions.CAMEO, POLICE_ARRESTED_A_MAN)));
    }

    @Test
    void generic_events_in_two_sentences_are_two_events_unless_the_same_words_name_their_parties() {
        List<Event> events = code(Conventions.PLOVER, POLICE_ARRESTED_A_MAN + "\n" + """
                Protesters NNS protester 2 nsubj
                attacked VBD attack 0 root
                a DT a 4 det
                man NN man 2 obj
                """ + "\n" + POLICE_ARRESTED_A_MAN);
        assertEquals(List.of("---COP 173 ---PPL", "---OPP 190 ---PPL"), dyads(events));
        assertEquals(1, events.get(0).mentions().size());
    }

    @Test
    void violence_with_no_victim_named_is_coded_only_for_an_armed_generic_party() {
        assertEquals(List.of("---UAF 190 -"), dyads(code(Conventions.PLOVER, """
                Gunmen NNS gunman 2 nsubj
                attacked VBD attack 0 root
                """)));
        assertEquals(List.of(), code(Conventions.PLOVER, """
                Women NNS woman 2 nsubj
                attacked VBD attack 0 root
                """));
        assertEquals(List.of("---CVL 140 -"), dyads(code(Conventions.PLOVER, """
                Women NNS woman 2 nsubj
                protested VBD protest 0 root
                """)), "a protest needs no recipient, whoever protests");
    }

    @Test
    void a_generic_party_codes_no_statement() {
        assertEquals(List.of(), code(Conventions.PLOVER, """
                Police NNS police 2 nsubj
                said VBD say 0 root
                Gondor NNP Gondor 4 nsubj
                attacked VBD attack 2 ccomp
                """).stream().filter(e -> e.cameo().equals("010")).toList());
    }

    @Test
    void a_clause_describing_a_noun_has_no_generic_party() {
        // "raids in which 20 people were killed or wounded", "guerrillas who overran it"
        assertEquals(List.of(), code(Conventions.PLOVER, """
                the DT the 2 det
                gunmen NNS gunman 0 root
                who WP who 4 nsubj
                attacked VBD attack 2 acl:relcl
                Gondor NNP Gondor 4 obj
                """));
    }
}
