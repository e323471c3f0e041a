package org.dyad.core.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import org.dyad.core.pipeline.SentenceTriage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.event.NounEventDictionary;
import org.dyad.core.event.PersonNouns;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * The fast path parses a sentence only when it has both a trigger verb and an actor candidate,
 * and under PLOVER's conventions a plain statement only with a source and a target.
 */
class EventSentenceTriageTest {
    private static final NounEventDictionary NO_NOUNS = new NounEventDictionary(Map.of(), "none");
    private final VerbDictionary verbs = TinyCodebooks.verbs("meet\twith\t-\t-\t040", "detain\t-\t-\t-\t173",
            "leave\t-\t-\t-\t---");
    private final EventSentenceTriage triage = new EventSentenceTriage(verbs,
            TinyCodebooks.actors("Arnor\tARN\tcountry", "Gondor Army\tGONMIL\torganization"),
            TinyCodebooks.agents("soldier\tMIL", "police\tCOP"));

    /** "word/TAG/lemma" tokens separated by spaces. */
    private static SentenceTriage.TaggedSentence sentence(String tagged) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (String token : tagged.split(" ")) {
            String[] f = token.split("/");
            words.add(f[0]);
            tags.add(f[1]);
            lemmas.add(f[2]);
        }
        return new SentenceTriage.TaggedSentence(words, tags, lemmas);
    }

    private static boolean parses(EventSentenceTriage t, String tagged) {
        return t.select(List.of(sentence(tagged)))[0];
    }

    @Test
    void a_known_verb_and_a_named_actor_need_the_parse() {
        assertTrue(parses(triage, "Arnor/NNP/Arnor met/VBD/meet with/IN/with rebels/NNS/rebel"));
    }

    @Test
    void a_verb_with_patterns_only_under_a_particle_is_a_trigger_only_beside_that_word() {
        // the coder reads a particle or a preposition from the verb's dependents, words of the sentence
        assertFalse(parses(triage, "The/DT/the soldiers/NNS/soldier met/VBD/meet ./././"));
        assertTrue(parses(triage, "The/DT/the soldiers/NNS/soldier met/VBD/meet with/IN/with rebels/NNS/rebel"));
    }

    @Test
    void a_verb_whose_only_patterns_need_absent_words_is_no_trigger() {
        EventSentenceTriage t = new EventSentenceTriage(TinyCodebooks.verbs("take\t-\tobj\tcontrol\t190",
                "take\t-\tobj\thostage_@person\t181", "take\t-\t-\t-\t---"), TinyCodebooks.actors("Arnor\tARN\tcountry"),
                TinyCodebooks.agents("police\tCOP"));
        assertFalse(parses(t, "Arnor/NNP/Arnor took/VBD/take a/DT/a walk/NN/walk"), "\"not an event\" is no reading");
        assertTrue(parses(t, "Arnor/NNP/Arnor took/VBD/take control/NN/control"));
        assertTrue(parses(t, "Arnor/NNP/Arnor took/VBD/take two/CD/two hostages/NNS/hostage"), "each word of a group");
    }

    @Test
    void an_active_trigger_needs_a_candidate_before_it_for_its_subject_and_a_participle_does_not() {
        assertFalse(parses(triage, "Crowds/NNS/crowd detained/VBD/detain Arnor/NNP/Arnor soldiers/NNS/soldier"),
                "the source of an active verb is its subject, which stands before it");
        assertTrue(parses(triage, "Crowds/NNS/crowd were/VBD/be detained/VBN/detain by/IN/by Arnor/NNP/Arnor"),
                "a passive's agent follows it");
    }

    @Test
    void an_actor_without_a_known_verb_is_left_unparsed() {
        assertFalse(parses(triage, "Arnor/NNP/Arnor is/VBZ/be a/DT/a kingdom/NN/kingdom"));
    }

    @Test
    void a_known_verb_without_any_actor_candidate_is_left_unparsed() {
        assertFalse(parses(triage, "Crowds/NNS/crowd detained/VBD/detain nobody/NN/nobody"));
    }

    @Test
    void a_proper_noun_no_dictionary_lists_counts_as_an_actor_candidate() {
        // a person no dictionary lists is a generic party under PLOVER's conventions
        assertTrue(parses(triage, "Smith/NNP/Smith detained/VBD/detain three/CD/three"));
    }

    @Test
    void a_trigger_that_is_a_past_participle_needs_the_parse_without_any_actor_candidate() {
        // "three were detained": the passive's implicit agent, or an unnamed perpetrator, is a party
        assertTrue(parses(triage, "Three/CD/three were/VBD/be detained/VBN/detain"));
        assertTrue(triage.canYieldEvent(sentence("Three/CD/three were/VBD/be detained/VBN/detain")));
    }

    @Test
    void the_word_must_be_tagged_as_a_verb() {
        assertFalse(parses(triage, "Arnor/NNP/Arnor 's/POS/'s detain/NN/detain"));
    }

    @Test
    void a_pronoun_the_resolver_resolves_counts_as_an_actor_candidate() {
        assertTrue(parses(triage, "They/PRP/they detained/VBD/detain him/PRP/he"));
        assertFalse(parses(triage, "You/PRP/you detained/VBD/detain me/PRP/I"));
    }

    @Test
    void a_noun_naming_people_counts_as_an_actor_candidate_and_a_first_person_even_in_a_quotation_does_not() {
        // "visitors" is a party no actor resolves; "I" is no party, quoted or not (docs/coding.md, OpenParties)
        EventSentenceTriage open = new EventSentenceTriage(verbs, TinyCodebooks.actors("Arnor\tARN\tcountry"),
                TinyCodebooks.agents("police\tCOP"), new PersonNouns(Set.of("visitor"), "test"), Conventions.CAMEO, NO_NOUNS);
        assertFalse(parses(open, "``/``/`` I/PRP/I detained/VBD/detain nobody/NN/nobody ''/''/''"));
        assertFalse(parses(open, "I/PRP/I detained/VBD/detain nobody/NN/nobody"));
        assertTrue(parses(open, "Visitors/NNS/visitor detained/VBD/detain nobody/NN/nobody"));
        assertFalse(parses(triage, "Visitors/NNS/visitor detained/VBD/detain nobody/NN/nobody"));
    }

    @Test
    void a_noun_that_refers_back_counts_as_an_actor_candidate() {
        assertTrue(parses(triage, "The/DT/the group/NN/group detained/VBD/detain a/DT/a man/NN/man"));
    }

    @Test
    void multi_word_names_and_agents_found_by_lemma_count() {
        assertTrue(parses(triage, "The/DT/the Gondor/NNP/Gondor Army/NNP/Army detained/VBD/detain three/CD/three"));
        assertTrue(parses(triage, "Police/NNS/police detained/VBD/detain three/CD/three"));
    }

    @Test
    void a_dictionary_of_written_forms_is_looked_up_by_the_form() {
        EventSentenceTriage written = new EventSentenceTriage(TinyCodebooks.verbs("left\t-\t-\t-\t040")
                .withWrittenForms(Set.of("left")), TinyCodebooks.actors("Arnor\tARN\tcountry"),
                TinyCodebooks.agents("soldier\tMIL"));
        assertTrue(parses(written, "Arnor/NNP/Arnor left/VBD/leave"));
        assertFalse(parses(written, "Arnor/NNP/Arnor leaves/VBZ/leave"));
    }

    @Test
    void the_full_path_parses_everything() {
        assertArrayEquals(new boolean[] {true, true}, SentenceTriage.everySentence()
                .select(List.of(sentence("Hello/UH/hello"), sentence("Bye/UH/bye"))));
    }

    @Test
    void sentences_with_actors_before_a_parsed_one_that_refers_back_are_parsed_for_its_antecedents() {
        // Regression (VOA 8010694): "the Assad family" unparsed left Assad, a mere modifier, as
        // the antecedent of a later "He".
        List<SentenceTriage.TaggedSentence> story = List.of(
                sentence("Arnor/NNP/Arnor is/VBZ/be far/RB/far"),
                sentence("It/PRP/it rained/VBD/rain"),
                sentence("Nothing/NN/nothing happened/VBD/happen"),
                sentence("The/DT/the Arnor/NNP/Arnor family/NN/family is/VBZ/be old/JJ/old"),
                sentence("Rain/NN/rain fell/VBD/fall"),
                sentence("He/PRP/he detained/VBD/detain two/CD/two"));
        assertArrayEquals(new boolean[] {false, false, false, true, false, true}, triage.select(story),
                "sentence 5 can yield an event and refers back, so 3, with an actor within three sentences "
                        + "before it, is parsed; 3 refers to no one, so 1 and 0 are not parsed for its sake");
    }

    @Test
    void antecedents_are_parsed_back_along_a_chain_of_references() {
        List<SentenceTriage.TaggedSentence> story = List.of(
                sentence("Arnor/NNP/Arnor is/VBZ/be far/RB/far"),
                sentence("Rain/NN/rain fell/VBD/fall"),
                sentence("It/PRP/it is/VBZ/be cold/JJ/cold"),
                sentence("Rain/NN/rain fell/VBD/fall"),
                sentence("Rain/NN/rain fell/VBD/fall"),
                sentence("It/PRP/it detained/VBD/detain two/CD/two"));
        assertArrayEquals(new boolean[] {true, false, true, false, false, true}, triage.select(story),
                "5 refers back to 2, which refers back to 0");
    }

    @Test
    void a_name_before_a_sentence_that_refers_to_no_one_is_not_parsed_for_it() {
        List<SentenceTriage.TaggedSentence> story = List.of(
                sentence("Arnor/NNP/Arnor is/VBZ/be far/RB/far"),
                sentence("Arnor/NNP/Arnor detained/VBD/detain two/CD/two"));
        assertArrayEquals(new boolean[] {false, true}, triage.select(story));
    }

    /** A triage under PLOVER's conventions, where a statement needs a target. */
    private EventSentenceTriage plover(String... verbLines) {
        return new EventSentenceTriage(TinyCodebooks.verbs(verbLines),
                TinyCodebooks.actors("Arnor\tARN\tcountry", "Gondor\tGON\tcountry"), TinyCodebooks.agents("police\tCOP"),
                PersonNouns.none(), Conventions.PLOVER, NO_NOUNS);
    }

    @Test
    void under_plover_a_plain_statement_with_one_actor_candidate_is_left_unparsed() {
        EventSentenceTriage t = plover("say\t-\t-\t-\t010", "say\t-\tobj\tpessimism\t012", "detain\t-\t-\t-\t173");
        assertFalse(parses(t, "Arnor/NNP/Arnor said/VBD/say nothing/NN/nothing"),
                "a statement needs a target besides its source");
        assertTrue(parses(t, "Arnor/NNP/Arnor said/VBD/say nothing/NN/nothing to/TO/to Gondor/NNP/Gondor"),
                "two separate candidates: a source and a target");
        assertTrue(parses(t, "Arnor/NNP/Arnor said/VBD/say deep/JJ/deep pessimism/NN/pessimism"),
                "a specific statement (its slot's word is in the sentence) may stand without a target");
        assertTrue(parses(t, "Arnor/NNP/Arnor said/VBD/say police/NNS/police detained/VBD/detain two/CD/two"),
                "another trigger codes more than a statement");
        assertFalse(parses(t, "Arnor/NNP/Arnor and/CC/and the/DT/the police/NNS/police said/VBD/say so/RB/so"),
                "a statement's target follows its verb");
    }

    @Test
    void under_plover_one_phrase_is_one_candidate_and_a_participle_statement_needs_one() {
        EventSentenceTriage t = plover("say\t-\t-\t-\t010", "tell\t-\t-\t-\t010");
        assertFalse(parses(t, "The/DT/the Arnor/NNP/Arnor police/NNS/police said/VBD/say so/RB/so"));
        assertTrue(parses(t, "Arnor/NNP/Arnor was/VBD/be told/VBN/tell"), "the implicit agent told Arnor");
        assertFalse(parses(t, "Nothing/NN/nothing was/VBD/be told/VBN/tell"));
    }

    @Test
    void under_cameo_a_plain_statement_with_one_actor_candidate_is_parsed() {
        // PETRARCH codes "a senior official said" with no target
        EventSentenceTriage t = new EventSentenceTriage(TinyCodebooks.verbs("say\t-\t-\t-\t010"),
                TinyCodebooks.actors("Arnor\tARN\tcountry"), TinyCodebooks.agents("police\tCOP"), PersonNouns.none(),
                Conventions.CAMEO, NO_NOUNS);
        assertTrue(parses(t, "Arnor/NNP/Arnor said/VBD/say nothing/NN/nothing"));
    }

    @Test
    void an_event_noun_needs_the_parse_without_a_trigger_verb_or_an_actor_candidate() {
        // Regression (VOA, 7 December): "there's been too much killing ... in Ukraine" is a
        // standing noun's event with an unnamed perpetrator, and has no verb with a pattern.
        EventSentenceTriage t = new EventSentenceTriage(verbs, TinyCodebooks.actors("Arnor\tARN\tcountry"),
                TinyCodebooks.agents("police\tCOP"), PersonNouns.none(), Conventions.PLOVER,
                new NounEventDictionary(Map.of("killing", "190", "air strike", "195", "siege of town", "191"), "test"));
        assertTrue(parses(t, "There/EX/there was/VBD/be much/JJ/much killing/NN/killing"));
        assertTrue(parses(t, "An/DT/an air/NN/air strike/NN/strike"), "the last word of a phrase");
        assertTrue(parses(t, "The/DT/the siege/NN/siege ended/VBD/end"), "the word before its \"of\"");
        assertFalse(parses(t, "There/EX/there was/VBD/be much/JJ/much rain/NN/rain"));
    }

    @Test
    void a_standing_noun_of_another_root_needs_a_named_party_and_one_read_only_behind_a_verb_needs_its_verb() {
        // StandingNouns reads demands, protests, assaults ... where they stand, with a source found
        // in the sentence; only violence may have an unnamed perpetrator; aid (07) only behind a verb.
        EventSentenceTriage t = new EventSentenceTriage(TinyCodebooks.verbs("send\t-\t-\t-\t---"),
                TinyCodebooks.actors("Arnor\tARN\tcountry"), TinyCodebooks.agents("police\tCOP"), PersonNouns.none(),
                Conventions.PLOVER, new NounEventDictionary(Map.of("protest", "140", "aid", "070"), "test"));
        assertFalse(parses(t, "There/EX/there was/VBD/be a/DT/a protest/NN/protest"));
        assertTrue(parses(t, "There/EX/there was/VBD/be an/DT/an Arnor/NNP/Arnor protest/NN/protest"));
        assertFalse(parses(t, "Arnor/NNP/Arnor 's/POS/'s aid/NN/aid is/VBZ/be large/JJ/large"));
        assertTrue(parses(t, "Arnor/NNP/Arnor sent/VBD/send aid/NN/aid"), "an event noun behind a verb with patterns");
    }

    @Test
    void a_sentence_alone_is_judged_by_trigger_and_actor() {
        assertTrue(triage.canYieldEvent(sentence("Police/NNS/police detained/VBD/detain three/CD/three")));
        assertFalse(triage.canYieldEvent(sentence("It/PRP/it rained/VBD/rain")));
    }

    @Test
    void a_tagged_sentence_needs_a_tag_and_a_lemma_per_word() {
        assertThrows(IllegalArgumentException.class,
                () -> new SentenceTriage.TaggedSentence(List.of("a", "b"), List.of("DT"), List.of("a", "b")));
    }
}
