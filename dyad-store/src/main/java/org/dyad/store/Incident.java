package org.dyad.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * An incident as the writer keeps it: its key and anchor, and its counts, which grow as events
 * join. Incidents read back from the store start from the counts of their stored events.
 */
final class Incident {
    final long id;
    final IncidentKey key;
    /** The date of the first event; null for an undated incident, which no other event joins. */
    final LocalDate anchor;
    /** The anchor as a day number, for comparing with event dates; unused when undated. */
    final long anchorDay;
    /** The article that opened the incident, by ingest sequence; -1 for one read from the store. */
    final long openerSeq;
    long firstEventId;
    LocalDate first;
    LocalDate last;
    int events;
    int mentions;
    int articles;
    /** Articles come one after the other, their events together: a new one is a new article. */
    private long lastArticleSeq = -1;
    /** The first outlet, then the set of all once there are two: most incidents have one. */
    private String source;
    private Set<String> sources;

    /** A new incident, opened by the article with ingest sequence {@code openerSeq}, without events yet. */
    Incident(long id, IncidentKey key, LocalDate anchor, long firstEventId, long openerSeq) {
        this.id = id;
        this.key = key;
        this.anchor = anchor;
        this.anchorDay = anchor == null ? Long.MIN_VALUE : anchor.toEpochDay();
        this.firstEventId = firstEventId;
        this.openerSeq = openerSeq;
        this.first = anchor;
        this.last = anchor;
    }

    /** An incident stored before, with the counts of its stored events and their outlets. */
    static Incident stored(long id, IncidentKey key, LocalDate anchor, long firstEventId, int events, int mentions,
            int articles, Collection<String> outlets, LocalDate first, LocalDate last) {
        Incident i = new Incident(id, key, anchor, firstEventId, -1);
        i.events = events;
        i.mentions = mentions;
        i.articles = articles;
        outlets.forEach(i::addSource);
        i.first = first;
        i.last = last;
        return i;
    }

    /**
     * Counts one event of the article with ingest sequence {@code articleSeq}. The articles being
     * written are never among the stored ones (a replaced article's old version is deleted first),
     * so a new sequence number is a new article.
     */
    void add(long articleSeq, String outlet, int eventMentions, LocalDate date) {
        events++;
        mentions += eventMentions;
        if (articleSeq != lastArticleSeq) {
            articles++;
            lastArticleSeq = articleSeq;
        }
        if (outlet != null) {
            addSource(outlet);
        }
        if (date != null) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
    }

    private void addSource(String s) {
        if (source == null) {
            source = s;
        } else if (!source.equals(s)) {
            if (sources == null) {
                sources = new HashSet<>();
                sources.add(source);
            }
            sources.add(s);
        }
    }

    int sourceCount() {
        return sources != null ? sources.size() : source != null ? 1 : 0;
    }
}
