package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.doc.Document;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

class PhrasePatternTest {
    private final ActorStages actors = new ActorStages(
            TinyCodebooks.actors("Arnor\tARN\tcountry", "Gondor\tGON\tcountry", "Osgiliath\tOSG\tcountry"),
            TinyCodebooks.agents());
    private final EventCoder coder = new EventCoder(
            TinyCodebooks.verbs(
                    "abandon\t-\t-\t-\t163",
                    "abandon\t-\tphrase\t* {new military|economic relations}\t173",
                    "celebrate\t-\t-\t-\t040",
                    "celebrate\t-\tphrase\t* eid (at ^) (with +)\t057",
                    "sign\t-\t-\t-\t040",
                    "sign\t-\tphrase\t* {peace_accord|trade_protocol}\t---",
                    "contribute\t-\t-\t-\t062",
                    "contribute\t-\tphrase\t* money|florin\t031",
                    "contribute\t-\tphrase\t* gold|austrian_gold_florin\t036"),
            TinyCodebooks.nouns(), TinyCodebooks.cameo(), new FactualityClassifier());

    private List<String> code(String table) {
        Document doc = coder.apply(actors.apply(HandParsed.document(table)));
        return doc.events().stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-"))
                .toList();
    }

    @Test
    void a_noun_group_matches_its_head_the_modifier_next_to_it_and_earlier_modifiers_in_order() {
        assertEquals(List.of("ARN 173 GON"), code("""
                Arnor NNP Arnor 2 nsubj
                abandoned VBD abandon 0 root
                new JJ new 6 amod
                global JJ global 6 amod
                economic JJ economic 6 amod
                relations NNS relation 2 obj
                with IN with 8 case
                Gondor NNP Gondor 6 nmod
                """));
    }

    @Test
    void a_noun_group_does_not_match_when_another_word_stands_between_the_head_and_its_modifier() {
        assertEquals(List.of("ARN 163 GON"), code("""
                Arnor NNP Arnor 2 nsubj
                abandoned VBD abandon 0 root
                new JJ new 6 amod
                economic JJ economic 6 amod
                trade NN trade 6 compound
                relations NNS relation 2 obj
                with IN with 8 case
                Gondor NNP Gondor 6 nmod
                """));
    }

    @Test
    void a_target_mark_takes_the_actor_in_its_phrase_not_the_first_prepositional_actor() {
        assertEquals(List.of("ARN 057 GON"), code("""
                Arnor NNP Arnor 2 nsubj
                celebrated VBD celebrate 0 root
                Eid NNP Eid 2 obj
                at IN at 5 case
                Osgiliath NNP Osgiliath 2 obl
                with IN with 7 case
                Gondor NNP Gondor 2 obl
                """));
    }

    @Test
    void of_two_equally_specific_patterns_the_one_matching_more_words_wins() {
        assertEquals(List.of("ARN 036 GON"), code("""
                Arnor NNP Arnor 2 nsubj
                contributed VBD contribute 0 root
                austrian JJ austrian 5 amod
                gold NN gold 5 compound
                florin NN florin 2 obj
                to IN to 7 case
                Gondor NNP Gondor 2 obl
                """));
    }

    @Test
    void a_phrase_coded_three_dashes_is_no_event_and_consecutive_words_must_touch() {
        assertEquals(List.of(), code("""
                Arnor NNP Arnor 2 nsubj
                signed VBD sign 0 root
                a DT a 5 det
                trade NN trade 5 compound
                protocol NN protocol 2 obj
                with IN with 7 case
                Gondor NNP Gondor 2 obl
                """));
        assertEquals(List.of("ARN 040 GON"), code("""
                Arnor NNP Arnor 2 nsubj
                signed VBD sign 0 root
                a DT a 6 det
                trade NN trade 6 compound
                new JJ new 6 amod
                protocol NN protocol 2 obj
                with IN with 8 case
                Gondor NNP Gondor 2 obl
                """));
    }

    @Test
    void the_notation_reads_back_as_written() {
        for (String text : List.of("* {new military|economic relations}", "* memos (on military) (from $)",
                "* eid (at ^) (with +)", "+ * (from $)", "* may_day")) {
            assertEquals(text, PhrasePattern.parse(text).toString());
        }
        assertTrue(PhrasePattern.parse("+ * (from $)").subjectIsTarget());
        assertEquals(3, PhrasePattern.parse("* {new military|economic relations}").specificity());
    }

    @Test
    void malformed_phrases_are_rejected_with_the_reason() {
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.parse("recently * talks"));
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.parse("* {new relations"));
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.parse("* ()"));
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.parse("* {new $}"));
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.parse("*"));
    }
}
