package org.dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;
import org.dyad.core.doc.Document;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

class EventDiscarderTest {
    private final ActorStages actors = new ActorStages(
            TinyCodebooks.actors("Arnor\tARN\tcountry", "Gondor\tGON\tcountry"), TinyCodebooks.agents());
    private final EventCoder coder = new EventCoder(TinyCodebooks.verbs("beat\t-\t-\t-\t190"), TinyCodebooks.nouns(),
            TinyCodebooks.cameo(), new FactualityClassifier());

    private static final String SPORT = """
            Arnor NNP Arnor 2 nsubj
            beat VBD beat 0 root
            Gondor NNP Gondor 2 obj
            in IN in 6 case
            the DT the 6 det
            final NN final 2 obl
            """;

    private int events(DiscardList discards, String table) {
        Document coded = coder.apply(actors.apply(HandParsed.document(table)));
        return new EventDiscarder(discards).apply(coded).events().size();
    }

    @Test
    void a_sentence_phrase_drops_the_events_of_its_sentence_and_a_story_phrase_those_of_the_story() {
        assertEquals(1, events(DiscardList.none(), SPORT));
        assertEquals(0, events(DiscardList.of(List.of(), List.of("the final"), "test"), SPORT));
        assertEquals(0, events(DiscardList.of(List.of("Final"), List.of(), "test"), SPORT));
        assertEquals(1, events(DiscardList.of(List.of(), List.of("final whistle"), "test"), SPORT),
                "a phrase matches whole, not in part");
    }

    @Test
    void the_discard_format_reads_scopes_and_names_a_bad_line() {
        DiscardList read = DiscardList.read(DictionaryReader.parse(new StringReader(
                "#format dyad-discards/1\nstory\tManchester United\nsentence\tyears ago\n"), "my.tsv"), "my.tsv");
        assertTrue(read.discardsStory(List.of("manchester", "united", "won")));
        assertTrue(read.discardsSentence(List.of("two", "years", "ago")));
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> DiscardList.read(
                DictionaryReader.parse(new StringReader("#format dyad-discards/1\nmatch\tcricket\n"), "my.tsv"),
                "my.tsv"));
        assertTrue(e.getMessage().startsWith("my.tsv:2:") && e.getMessage().contains("'story' or 'sentence'"),
                e.getMessage());
    }
}
