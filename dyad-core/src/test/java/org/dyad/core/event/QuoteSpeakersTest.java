package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** A first person inside a quotation is its speaker, a second person its addressee. */
class QuoteSpeakersTest {
    private final VerbDictionary verbs = TinyCodebooks.verbs(
            "say\t-\t-\t-\t010",
            "speak\t-\t-\t-\t010",
            "urge\t-\t-\t-\t100",
            "attack\t-\t-\t-\t190");
    private final org.dyad.core.ontology.CameoOntology cameo = TinyCodebooks.cameoWith(
            "010\t3\t01\tMake statement\tMake statement\t\t1\t0.0\t0.0\t\t\t",
            "10\t2\t10\tDEMAND\tDemand\t\t3\t-5.0\t-5.0\tREQUEST\t\t",
            "100\t3\t10\tDemand\tDemand, not specified below\t\t3\t-5.0\t-5.0\tREQUEST\t\t");

    private List<Event> code(Document parsed) {
        ActorStages actors = new ActorStages(TinyCodebooks.actors("Gondor\tGON\tcountry", "Navalny\tRUSOPP\tperson"), TinyCodebooks.agents("police\tCOP"), Conventions.PLOVER.unownedRoles());
        EventCoder coder = new EventCoder(verbs, TinyCodebooks.nouns("bomb\t183"), cameo, new FactualityClassifier(),
                Conventions.PLOVER, PersonNouns.none());
        return coder.apply(actors.apply(parsed)).events().stream().filter(e -> !e.cameo().startsWith("01")).toList();
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().code() + " " + e.cameo() + " "
                + e.target().map(t -> t.code().code()).orElse("-")).toList();
    }

    @Test
    void the_subject_of_the_verb_that_frames_a_quotation_speaks_its_first_person() {
        // Wikinews: Legislator Tanya Chan spoke to the press after the speech: "I really urge [Lam] ... to step down."
        List<Event> events = code(HandParsed.document("""
                Navalny NNP Navalny 2 nsubj PERSON
                spoke VBD speak 0 root
                : : : 2 punct
                " `` " 7 punct
                I PRP I 7 nsubj
                really RB really 7 advmod
                urge VBP urge 2 parataxis
                Gondor NNP Gondor 7 obj
                " '' " 7 punct
                """));
        assertEquals(List.of("RUSOPP 100 GON"), dyads(events));
        Event e = events.get(0);
        assertEquals("I", e.source().text());
        assertEquals(ActorBasis.PRONOUN, e.source().basis());
        assertEquals("Navalny", e.source().antecedent().orElseThrow().text());
        assertEquals(e.sentenceText().indexOf(" I ") + 1, e.source().rawSpan().start() - e.sentenceSpan().start());
    }

    @Test
    void a_quotation_before_its_report_has_the_reports_subject_as_speaker() {
        List<Event> events = code(HandParsed.document("""
                " `` " 3 punct
                We PRP we 3 nsubj
                urge VBP urge 0 root
                Gondor NNP Gondor 3 obj
                , , , 3 punct
                " '' " 3 punct
                Navalny NNP Navalny 8 nsubj PERSON
                said VBD say 3 parataxis
                """));
        assertEquals(List.of("RUSOPP 100 GON"), dyads(events));
    }

    @Test
    void a_sentence_wholly_inside_a_quotation_continues_its_speaker() {
        List<Event> events = code(HandParsed.paragraph("""
                Navalny NNP Navalny 2 nsubj PERSON
                said VBD say 0 root
                : : : 2 punct
                " `` " 5 punct
                Enough NN enough 2 parataxis
                . . . 2 punct

                We PRP we 2 nsubj
                urge VBP urge 0 root
                Gondor NNP Gondor 2 obj
                . . . 2 punct
                " '' " 2 punct
                """));
        assertEquals(List.of("RUSOPP 100 GON"), dyads(events));
    }

    @Test
    void a_second_person_is_the_addressee_the_framing_verb_names() {
        // Wikinews: Zelensky said in a meeting with Honcharuk, "I decided to give you ... a chance"
        List<Event> events = code(HandParsed.document("""
                Gondor NNP Gondor 2 nsubj
                said VBD say 0 root
                in IN in 5 case
                a DT a 5 det
                meeting NN meeting 2 obl
                with IN with 7 case
                Navalny NNP Navalny 5 nmod PERSON
                , , , 2 punct
                " `` " 11 punct
                we PRP we 11 nsubj
                urge VBP urge 2 ccomp
                you PRP you 11 obj
                " '' " 11 punct
                """));
        assertEquals(List.of("GON 100 RUSOPP"), dyads(events));
        assertEquals("you", events.get(0).target().orElseThrow().text());
    }

    @Test
    void a_first_person_outside_any_quotation_is_no_party() {
        assertEquals(List.of(), code(HandParsed.document("""
                I PRP I 2 nsubj
                urge VBP urge 0 root
                Gondor NNP Gondor 2 obj
                """)));
    }

    @Test
    void a_speaker_no_dictionary_lists_is_kept_by_name_as_the_pronouns_antecedent() {
        List<Event> events = code(HandParsed.document("""
                Tanya NNP Tanya 2 compound PERSON
                Chan NNP Chan 3 nsubj PERSON
                said VBD say 0 root
                , , , 3 punct
                " `` " 7 punct
                I PRP I 7 nsubj
                attack VBP attack 3 ccomp
                Gondor NNP Gondor 7 obj
                " '' " 7 punct
                """));
        assertEquals(List.of("--- 190 GON"), dyads(events));
        Event e = events.get(0);
        assertEquals(ActorBasis.UNRESOLVED_PRONOUN, e.source().basis());
        assertEquals("Tanya Chan", e.source().antecedent().orElseThrow().text());
    }
}
