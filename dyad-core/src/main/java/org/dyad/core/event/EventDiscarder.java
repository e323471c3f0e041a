package org.dyad.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Sentence;
import org.dyad.core.facts.Event;
import org.dyad.core.pipeline.Stage;

/**
 * Drops the events of stories and sentences a {@link DiscardList} rules out: "Manchester United
 * beat Chelsea" is sport, not a conflict.
 */
public final class EventDiscarder implements Stage {
    private final DiscardList discards;

    public EventDiscarder(DiscardList discards) {
        this.discards = discards;
    }

    @Override
    public String name() {
        return "discards";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.EVENTS);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.EVENTS);
    }

    @Override
    public Document apply(Document doc) {
        if (discards.isEmpty() || doc.events().isEmpty()) {
            return doc;
        }
        List<String> all = new ArrayList<>();
        for (int t = 0; t < doc.tokens().size(); t++) {
            all.add(doc.token(t).word().toLowerCase(Locale.ROOT));
        }
        if (discards.discardsStory(all)) {
            return doc.withEvents(List.of());
        }
        Map<Integer, Boolean> discarded = new HashMap<>();
        List<Event> kept = new ArrayList<>();
        for (Event e : doc.events()) {
            boolean out = discarded.computeIfAbsent(e.sentenceIndex(), s -> {
                Sentence sentence = doc.sentence(s);
                return discards.discardsSentence(all.subList(sentence.firstToken(), sentence.endToken()));
            });
            if (!out) {
                kept.add(e);
            }
        }
        return kept.size() == doc.events().size() ? doc : doc.withEvents(kept);
    }
}
