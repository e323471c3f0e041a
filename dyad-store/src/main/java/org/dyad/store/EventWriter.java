package org.dyad.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.Plover;
import org.dyad.core.text.Span;

/**
 * The batch writer's event step: assigns each event of a batch to an incident (the open one of its
 * key nearest its date, else a new one), appends the events with their actors, word-index keys and
 * mentions, stores the new incidents and updates the counts of the stored ones that events joined.
 * It numbers events and incidents from the counters the writer gives it ({@link #resume}), which
 * the writer reloads after a rolled-back batch.
 */
final class EventWriter {
    private final DuckDBConnection duck;
    private final IncidentTable incidents;
    private final OpenIncidents open;
    private long nextEventId;
    private long nextIncidentId;

    EventWriter(DuckDBConnection duck, IncidentTable incidents, OpenIncidents open) {
        this.duck = duck;
        this.incidents = incidents;
        this.open = open;
    }

    /** Numbers the next events and incidents from these ids, the first free ones of the store. */
    void resume(long nextEventId, long nextIncidentId) {
        this.nextEventId = nextEventId;
        this.nextIncidentId = nextIncidentId;
    }

    /** An event's date: its own, else its article's publication date. */
    static Optional<LocalDate> eventDate(IngestItem item, EventFacts f) {
        return f.date().isPresent() ? f.date() : item.article().published();
    }

    /** An event of the batch with its incident key and date, each computed once. */
    private record BatchEvent(PendingArticle article, EventFacts facts, IncidentKey key, LocalDate date) {}

    /**
     * Assigns incidents, then appends events, actors, mentions and new incidents, and writes the
     * counts of the stored incidents that events joined.
     */
    void write(List<PendingArticle> pending) throws SQLException {
        List<BatchEvent> events = new ArrayList<>();
        Set<Long> days = new HashSet<>();
        LocalDate lastDate = null;
        for (PendingArticle p : pending) {
            for (EventFacts f : p.item.events()) {
                LocalDate date = eventDate(p.item, f).orElse(null);
                events.add(new BatchEvent(p, f, IncidentKey.of(f), date));
                if (date != null && !date.equals(lastDate)) { // most events share their neighbour's date
                    days.add(date.toEpochDay());
                    lastDate = date;
                }
            }
        }
        open.require(days);
        Set<Incident> joinedStored = new LinkedHashSet<>();
        List<Incident> created = new ArrayList<>();
        long firstCreated = nextIncidentId; // incidents numbered below have a row already
        try (DuckDBAppender ev = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
                LazyAppender me = new LazyAppender(duck, null, "mentions")) {
            PendingArticle current = null;
            // Events of one sentence follow each other: its word-index keys are computed once.
            String sentence = null;
            int[] sentenceKeys = null;
            for (BatchEvent b : events) {
                PendingArticle p = b.article();
                Event e = b.facts().event();
                if (p != current) {
                    requireDistinctEventIds(p);
                    current = p;
                }
                long id = nextEventId++;
                Incident incident = b.date() == null ? null : open.nearest(b.key(), b.date().toEpochDay());
                if (incident == null) {
                    incident = new Incident(nextIncidentId++, b.key(), b.date(), id, p.seq);
                    created.add(incident);
                    if (b.date() != null) {
                        open.add(incident);
                    }
                    p.newIncidents++;
                } else {
                    if (incident.id < firstCreated) {
                        joinedStored.add(incident);
                    }
                    if (incident.openerSeq != p.seq) {
                        p.joinedIncidents.add(incident.id);
                    }
                }
                incident.add(p.seq, p.item.source().orElse(null), 1 + e.mentions().size(), b.date());
                if (!e.sentenceText().equals(sentence)) {
                    sentence = e.sentenceText();
                    sentenceKeys = Words.indexKeys(sentenceWords(p, e));
                }
                appendEvent(ev, e, b.facts(), p, id, b.date(), incident.id, sentenceKeys);
                for (Span m : e.mentions()) {
                    me.beginRow().append(id).append(m.start()).append(m.end()).endRow();
                }
            }
        }
        incidents.add(created);
        incidents.updateCounts(joinedStored);
    }

    /**
     * The words of an event's sentence: cut out of its article's words when the sentence is the
     * article's text at its span, as it is when no text repair touched it; else hashed anew.
     */
    private static long[] sentenceWords(PendingArticle p, Event e) {
        String text = p.item.article().text();
        String sentence = e.sentenceText();
        Span span = e.sentenceSpan();
        if (p.words != null && span.end() <= text.length() && span.length() == sentence.length()
                && text.startsWith(sentence, span.start())) {
            return Words.hashesOfSlice(p.words, text, span.start(), span.end());
        }
        return Words.hashes(sentence);
    }

    /**
     * Refuses an article with two events of one id. Articles have a few events: comparing them
     * pairwise is cheaper than hashing every id into a set, which showed in the writer's profile.
     */
    private static void requireDistinctEventIds(PendingArticle p) {
        List<EventFacts> events = p.item.events();
        Set<String> seen = events.size() > 32 ? new HashSet<>() : null;
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i).event().eventId();
            boolean repeated = false;
            if (seen != null) {
                repeated = !seen.add(id);
            } else {
                for (int j = 0; j < i && !repeated; j++) {
                    repeated = id.equals(events.get(j).event().eventId());
                }
            }
            if (repeated) {
                throw new IllegalArgumentException("article " + p.id() + " has two events with id " + id
                        + "; event ids must be unique within an article");
            }
        }
    }

    private void appendEvent(DuckDBAppender ap, Event e, EventFacts f, PendingArticle p, long id, LocalDate date,
            long incident, int[] wordKeys) throws SQLException {
        ap.beginRow().append(id).append(e.articleId()).append(e.eventId()).append(e.sentenceIndex())
                .append(e.sentenceSpan().start()).append(e.sentenceSpan().end()).append(e.sentenceText());
        appendActor(ap, Optional.of(e.source()));
        appendActor(ap, e.target());
        ap.append(e.cameo()).append((byte) e.quadClass()).append(e.goldstein());
        BatchWriter.str(ap, e.plover().map(plover -> plover.type().name()));
        BatchWriter.str(ap, e.plover().flatMap(Plover::mode));
        BatchWriter.str(ap, e.plover().flatMap(Plover::context));
        ap.append(e.factuality().name()).append(e.confidence()).append(e.triggerSpan().start())
                .append(e.triggerSpan().end()).append(e.triggerText()).append(e.rule())
                .append(1 + e.mentions().size());
        if (date != null) {
            ap.append(date);
        } else {
            ap.appendNull();
        }
        if (f.place().isPresent()) {
            ap.append(f.place().get().geonameId());
        } else {
            ap.appendNull();
        }
        EventQuantities q = f.quantities();
        num(ap, q.dead());
        num(ap, q.injured());
        num(ap, q.arrested());
        num(ap, q.participants());
        ap.append(incident).append(p.provenanceId).append(wordKeys).endRow();
    }

    /** Code, text, span and antecedent of an actor: seven columns. */
    private static void appendActor(DuckDBAppender ap, Optional<EventActor> actor) throws SQLException {
        if (actor.isEmpty()) {
            for (int i = 0; i < 7; i++) {
                ap.appendNull();
            }
            return;
        }
        EventActor a = actor.get();
        ap.append(a.code().code()).append(a.text()).append(a.rawSpan().start()).append(a.rawSpan().end());
        if (a.antecedent().isPresent()) {
            ap.append(a.antecedent().get().text()).append(a.antecedent().get().rawSpan().start())
                    .append(a.antecedent().get().rawSpan().end());
        } else {
            ap.appendNull().appendNull().appendNull();
        }
    }

    private static void num(DuckDBAppender ap, OptionalLong v) throws SQLException {
        if (v.isPresent()) {
            ap.append(v.getAsLong());
        } else {
            ap.appendNull();
        }
    }
}
