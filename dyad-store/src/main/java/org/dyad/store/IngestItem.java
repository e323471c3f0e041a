package org.dyad.store;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PlaceMention;

/**
 * One article and the events coded from it, ready to store, with the article's place mentions
 * (toponyms and demonyms, each with its kind) when the caller has them.
 *
 * @param source the outlet; {@link #of} takes the URL's host ({@code voanews.com}) when there is one
 * @param places the article's place mentions, raw-text spans inside the article; may be empty
 */
public record IngestItem(Article article, Optional<String> source, List<EventFacts> events,
        CodingProvenance provenance, List<PlaceMention> places) {
    public IngestItem {
        if (article == null || provenance == null || events == null) {
            throw new IllegalArgumentException("an ingest item needs an article, its events and their provenance");
        }
        source = source == null ? Optional.empty() : source.filter(s -> !s.isBlank());
        events = List.copyOf(events);
        places = places == null ? List.of() : List.copyOf(places);
        for (PlaceMention m : places) {
            if (m.end() > article.text().length()) {
                throw new IllegalArgumentException("place mention '" + m.text() + "' at " + m.start() + "-" + m.end()
                        + " lies outside article " + article.id() + " (" + article.text().length() + " characters)");
            }
        }
        for (EventFacts f : events) {
            if (!f.event().articleId().equals(article.id())) {
                throw new IllegalArgumentException("event " + f.event().eventId() + " belongs to article "
                        + f.event().articleId() + ", not " + article.id());
            }
        }
    }

    /** An item without place mentions. */
    public IngestItem(Article article, Optional<String> source, List<EventFacts> events, CodingProvenance provenance) {
        this(article, source, events, provenance, List.of());
    }

    public static IngestItem of(Article article, List<Event> events, CodingProvenance provenance) {
        return new IngestItem(article, hostOf(article), events.stream().map(EventFacts::of).toList(), provenance);
    }

    public static IngestItem withFacts(Article article, List<EventFacts> events, CodingProvenance provenance) {
        return new IngestItem(article, hostOf(article), events, provenance);
    }

    /** This item with the article's place mentions ({@code doc.places()}), stored with their kind. */
    public IngestItem withPlaces(List<PlaceMention> mentions) {
        return new IngestItem(article, source, events, provenance, mentions);
    }

    static Optional<String> hostOf(Article article) {
        return article.url().flatMap(u -> {
            try {
                String host = URI.create(u.trim()).getHost();
                if (host == null) {
                    return Optional.empty();
                }
                host = host.toLowerCase(Locale.ROOT);
                return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
