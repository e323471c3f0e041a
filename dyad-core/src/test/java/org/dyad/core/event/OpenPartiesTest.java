package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * Parties no actor resolves, under PLOVER's conventions: phrases naming people, pronouns without
 * a dictionary antecedent, and which events may stand when no side is named.
 */
class OpenPartiesTest {
    private final VerbDictionary verbs = TinyCodebooks.verbs(
            "arrest\t-\t-\t-\t173",
            "attack\t-\t-\t-\t190",
            "meet\t-\t-\t-\t040",
            "criticize\t-\t-\t-\t111",
            "protest\t-\t-\t-\t140",
            "refuse\t-\t-\t-\t120",
            "hand\t-\t-\t-\t070",
            "speak\t-\t-\t-\t010");
    private final org.dyad.core.ontology.CameoOntology cameo = TinyCodebooks.cameoWith(
            "010\t3\t01\tMake statement\tMake statement\t\t1\t0.0\t0.0\t\t\t",
            "11\t2\t11\tDISAPPROVE\tDisapprove\t\t3\t-2.0\t-2.0\tACCUSE\t\t",
            "111\t3\t11\tCriticize or denounce\tCriticize or denounce\t\t3\t-2.0\t-2.0\tACCUSE\t\t",
            "12\t2\t12\tREJECT\tReject\t\t3\t-4.0\t-4.0\tREJECT\t\t",
            "120\t3\t12\tReject\tReject, not specified below\t\t3\t-4.0\t-4.0\tREJECT\t\t",
            "14\t2\t14\tPROTEST\tProtest\t\t3\t-6.5\t-6.5\tPROTEST\t\t",
            "140\t3\t14\tProtest\tEngage in political dissent\t\t3\t-6.5\t-6.5\tPROTEST\t\t");
    private final PersonNouns persons = new PersonNouns(Set.of("visitor", "sibling", "people"), "test");

    private List<Event> code(Conventions conventions, Document parsed) {
        ActorStages actors = new ActorStages(TinyCodebooks.actors("Gondor\tGON\tcountry", "Navalny\tRUSOPP\tperson"),
                TinyCodebooks.agents("police\tCOP", "minister\tGOV"), conventions.unownedRoles());
        EventCoder coder = new EventCoder(verbs, TinyCodebooks.nouns("bomb\t183"), cameo, new FactualityClassifier(),
                conventions, persons);
        return coder.apply(actors.apply(parsed)).events();
    }

    private List<Event> code(String table) {
        return code(Conventions.PLOVER, HandParsed.document(table));
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().code() + " " + e.cameo() + " "
                + e.target().map(t -> t.code().code()).orElse("-")).toList();
    }

    @Test
    void a_phrase_naming_people_that_no_actor_resolves_is_a_party_with_its_words_kept() {
        // Wikinews "around 18,250 to 63,000 visitors attended the rally"; VOA "people protested"
        List<Event> events = code("""
                around RB around 2 advmod
                63,000 CD 63,000 3 nummod
                visitors NNS visitor 4 nsubj
                protested VBD protest 0 root
                """);
        assertEquals(List.of("--- 140 -"), dyads(events));
        assertEquals("around 63,000 visitors", events.get(0).source().text());
        assertEquals(ActorBasis.UNRESOLVED_PHRASE, events.get(0).source().basis());
        assertTrue(events.get(0).source().isGeneric());
    }

    @Test
    void a_phrase_whose_head_names_no_people_is_no_party() {
        assertEquals(List.of(), code("""
                the DT the 2 det
                prices NNS price 3 nsubj
                protested VBD protest 0 root
                """));
    }

    @Test
    void a_pronoun_without_antecedent_is_a_party_of_unknown_country_with_its_word_kept() {
        // Wikinews "He was sentenced to fourteen years in prison"
        List<Event> events = code("""
                He PRP he 3 nsubj:pass
                was VBD be 3 aux:pass
                arrested VBN arrest 0 root
                """);
        assertEquals(List.of("--- 173 ---"), dyads(events));
        Event e = events.get(0);
        assertEquals("He", e.target().orElseThrow().text());
        assertEquals(ActorBasis.UNRESOLVED_PRONOUN, e.target().orElseThrow().basis());
        assertEquals(ActorBasis.IMPLICIT_AGENT, e.source().basis());
        assertTrue(e.target().orElseThrow().antecedent().isEmpty());
    }

    @Test
    void a_pronoun_takes_the_nearest_person_no_dictionary_lists_in_the_sentence_before_as_antecedent() {
        List<Event> events = code("""
                John NNP John 2 compound PERSON
                Smith NNP Smith 3 nsubj PERSON
                protested VBD protest 0 root

                He PRP he 3 nsubj:pass
                was VBD be 3 aux:pass
                arrested VBN arrest 0 root
                """).stream().filter(e -> e.cameo().equals("173")).toList();
        assertEquals(List.of("--- 173 ---"), dyads(events));
        Event e = events.get(0);
        assertEquals("He", e.target().orElseThrow().text());
        assertEquals("John Smith", e.target().orElseThrow().antecedent().orElseThrow().text());
        assertEquals(e.sentenceSpan().start(), e.target().orElseThrow().rawSpan().start(),
                "the party's span is the pronoun's, in the raw text");
    }

    @Test
    void a_pronoun_the_actor_stage_resolved_keeps_its_actor() {
        assertEquals(List.of("--- 173 RUSOPP"), dyads(code("""
                Navalny NNP Navalny 2 nsubj PERSON
                protested VBD protest 0 root

                He PRP he 3 nsubj:pass
                was VBD be 3 aux:pass
                arrested VBN arrest 0 root
                """).stream().filter(e -> e.cameo().equals("173")).toList()));
    }

    @Test
    void with_no_side_named_only_strongly_material_or_clearly_stated_events_stand() {
        assertEquals(List.of("--- 190 ---"), dyads(code("""
                They PRP they 2 nsubj
                attacked VBD attack 0 root
                visitors NNS visitor 2 obj
                """)), "an attack on people nobody names is an event");
        assertEquals(List.of(), code("""
                They PRP they 2 nsubj
                met VBD meet 0 root
                visitors NNS visitor 2 obj
                """), "a meeting between parties nobody names says too little");
        assertEquals(List.of(), code("""
                They PRP they 2 nsubj
                criticized VBD criticize 0 root
                visitors NNS visitor 2 obj
                """), "nor does criticism");
        assertEquals(List.of("--- 111 GON"), dyads(code("""
                They PRP they 2 nsubj
                criticized VBD criticize 0 root
                Gondor NNP Gondor 2 obj
                """)), "criticism of a named party stands");
    }

    @Test
    void an_open_party_with_a_named_side_follows_the_rules_of_unlisted_persons() {
        assertEquals(List.of("--- 173 GON"), dyads(code("""
                visitors NNS visitor 2 nsubj
                arrested VBD arrest 0 root
                Gondor NNP Gondor 2 obj
                """)));
        assertEquals(List.of(), code("""
                visitors NNS visitor 2 nsubj
                met VBD meet 0 root
                Gondor NNP Gondor 2 obj
                """), "a verb's default cooperation is too often another sense");
    }

    @Test
    void coordinated_persons_no_dictionary_lists_refuse_what_they_are_asked_each_an_event() {
        // Wikinews "Barr and Ross, however, refused to hand over the documents."
        List<Event> events = code("""
                Barr NNP Barr 4 nsubj PERSON
                and CC and 3 cc
                Ross NNP Ross 1 conj PERSON
                refused VBD refuse 0 root
                to TO to 6 mark
                hand VB hand 4 xcomp
                the DT the 8 det
                documents NNS document 6 obj
                """).stream().filter(e -> e.cameo().equals("120")).toList();
        assertEquals(List.of("--- 120 -", "--- 120 -"), dyads(events));
        assertEquals(List.of("Barr", "Ross"), events.stream().map(e -> e.source().text()).toList());
    }

    @Test
    void a_refusal_that_says_nothing_refused_has_no_unnamed_party() {
        assertEquals(List.of(), code("""
                Barr NNP Barr 2 nsubj PERSON
                refused VBD refuse 0 root
                """));
    }

    @Test
    void under_cameo_conventions_no_phrase_or_pronoun_is_a_party() {
        assertEquals(List.of(), code(Conventions.CAMEO, HandParsed.document("""
                He PRP he 3 nsubj:pass
                was VBD be 3 aux:pass
                arrested VBN arrest 0 root
                """)));
        assertEquals(List.of(), code(Conventions.CAMEO, HandParsed.document("""
                visitors NNS visitor 2 nsubj
                protested VBD protest 0 root
                """)));
    }

    @Test
    void it_stands_for_an_organisation_no_dictionary_lists_that_came_before() {
        // Wikinews "The Investigative Committee says it has found no trace ..."; VOA "The UNHCR
        // said it was ready to support ..."; Wikinews "the Senate announced it would meet"
        List<Event> events = code("""
                The DT the 3 det
                Investigative NNP Investigative 3 compound ORGANIZATION
                Committee NNP Committee 4 nsubj ORGANIZATION
                said VBD say 0 root
                it PRP it 6 nsubj
                criticized VBD criticize 4 ccomp
                Gondor NNP Gondor 6 obj LOCATION
                """).stream().filter(e -> e.cameo().equals("111")).toList();
        assertEquals(List.of("--- 111 GON"), dyads(events));
        Event e = events.get(0);
        assertEquals("it", e.source().text());
        assertEquals(ActorBasis.UNRESOLVED_PRONOUN, e.source().basis());
        assertEquals("Investigative Committee", e.source().antecedent().orElseThrow().text());
    }

    @Test
    void it_with_no_organisation_before_it_is_no_party() {
        // "it" mostly stands for a thing: "the law ... it condemned many women" codes nothing
        assertEquals(List.of(), code("""
                the DT the 2 det
                law NN law 3 nsubj
                said VBD say 0 root
                it PRP it 5 nsubj
                criticized VBD criticize 3 ccomp
                Gondor NNP Gondor 5 obj LOCATION
                """).stream().filter(e -> e.cameo().equals("111")).toList());
    }

    @Test
    void an_object_pronoun_never_stands_for_the_subject_of_its_own_clause() {
        // "the protesters said police attacked them": them are the protesters, not the police
        List<Event> events = code("""
                the DT the 2 det
                visitors NNS visitor 3 nsubj
                said VBD say 0 root
                police NNS police 5 nsubj
                attacked VBD attack 3 ccomp
                them PRP they 5 obj
                """).stream().filter(e -> e.cameo().equals("190")).toList();
        assertEquals(List.of("---COP 190 ---"), dyads(events));
        assertEquals("the visitors", events.get(0).target().orElseThrow().antecedent().orElseThrow().text());
    }
}
