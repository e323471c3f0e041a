package org.dyad.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.EventAttributes;
import org.dyad.core.facts.Quantity;
import org.dyad.core.text.Span;

/**
 * Mentions of one occurrence become one event: the same countries in the same roles, the same code
 * and the same factuality ("Beijing and Moscow held exercises" and "troops from the Chinese and
 * Russian militaries participated in the exercises"). The first mention stays, later sentences
 * become its mentions, quantities are pooled and the first known date kept. Events are numbered.
 */
final class MentionMerger {
    private final Map<String, Event> merged = new LinkedHashMap<>();

    /** Adds the events one predicate coded. */
    void add(List<Event> ofOneVerb) {
        Set<String> ofThisVerb = new HashSet<>();
        for (Event e : ofOneVerb) {
            String key = key(e);
            if (!ofThisVerb.add(key)) {
                // One verb's dyads are distinct parties, even of one country: "lawmakers and
                // officials in Arnor welcomed" is ARNLEG's and ARNGOV's.
                key += "|" + e.source().code() + "|" + e.target().map(t -> t.code().code()).orElse("");
            }
            Event first = merged.get(key);
            merged.put(key, first == null ? e : mergedInto(first, e));
        }
    }

    /** The merged events, numbered {@code <article>-e1, -e2 ...} in order of first mention. */
    List<Event> events(String articleId) {
        List<Event> numbered = new ArrayList<>(merged.size());
        for (Event e : merged.values()) {
            numbered.add(e.withEventId(articleId + "-e" + (numbered.size() + 1)));
        }
        return numbered;
    }

    private static Event mergedInto(Event first, Event e) {
        Event out = first;
        if (!first.sentenceSpan().equals(e.sentenceSpan()) && !first.mentions().contains(e.sentenceSpan())) {
            List<Span> more = new ArrayList<>(first.mentions());
            more.add(e.sentenceSpan());
            out = first.withMentions(more);
        }
        List<Quantity> qs = new ArrayList<>(out.attributes().quantities());
        for (Quantity q : e.attributes().quantities()) {
            if (!qs.contains(q)) {
                qs.add(q);
            }
        }
        return out.withAttributes(new EventAttributes(qs, out.attributes().date().or(() -> e.attributes().date())));
    }

    private static String key(Event e) {
        String s = party(e.source());
        String t = e.target().map(MentionMerger::party).orElse("");
        return s + "|" + t + "|" + e.cameo() + "|" + e.factuality();
    }

    /**
     * A party's country; a party of no known country by its code and words, since "police" in one
     * sentence and a passive's unnamed agent in another share no country that makes them one.
     */
    private static String party(EventActor a) {
        return a.code().knowsCountry() ? a.code().country()
                : a.code().code() + "/" + a.text().toLowerCase(Locale.ROOT);
    }
}
