package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's incident rule for code that forms incidents outside a store (a Spark job): the
 * writer's own {@link OpenIncidents} and {@link Incident} over events given in ingest order. An
 * event joins the incident of its key (source, target, CAMEO code, place) anchored nearest its
 * date, at most a day away, the oldest of equally near ones; otherwise it opens one anchored on its
 * date; an undated event is an incident of its own. Only events of one key can share an incident,
 * so the events may be given key by key, each key's in ingest order.
 */
public final class IncidentScheme {
    private IncidentScheme() {}

    /**
     * One event as the rule sees it.
     *
     * @param target empty for an event without a target
     * @param geonameId 0 for an event without a place
     * @param date the event's date as the store keeps it (its own, else its article's); null when undated
     * @param article the ingest position of its article: events of one article share it
     * @param outlet its article's outlet (the URL's host), null when unknown
     * @param mentions 1 + its further mentions
     */
    public record Member(String source, String target, String cameo, long geonameId, LocalDate date, long article,
            String outlet, int mentions) {
        public Member {
            if (source == null || cameo == null || mentions < 1) {
                throw new IllegalArgumentException("an incident member needs a source, a CAMEO code and a mention");
            }
            target = target == null ? "" : target;
        }
    }

    /** An incident: its first member (index in the list given) and its counts, as the store's row holds them. */
    public record Formed(int first, int events, int mentions, int articles, int sources, Optional<LocalDate> firstDate,
            Optional<LocalDate> lastDate) {}

    /** The incidents, in the order they were opened, and for each member the index of its incident. */
    public record Result(List<Formed> incidents, int[] incidentOf) {
        public Result {
            incidents = List.copyOf(incidents);
            incidentOf = incidentOf.clone();
        }

        @Override
        public int[] incidentOf() {
            return incidentOf.clone();
        }
    }

    /** Forms the incidents of {@code members}, given in ingest order (see the class comment). */
    public static Result form(List<Member> members) {
        OpenIncidents open = new OpenIncidents(new OpenIncidents.Loader() {
            @Override
            public List<Incident> anchoredBetween(long firstDay, long lastDay) {
                return List.of();
            }

            @Override
            public Optional<Long> latestAnchorDay() {
                return Optional.empty();
            }
        }, Integer.MAX_VALUE);
        List<Incident> created = new ArrayList<>();
        int[] of = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            IncidentKey key = new IncidentKey(m.source(), m.target(), m.cameo(), m.geonameId());
            Incident incident = null;
            if (m.date() != null) {
                try {
                    open.require(List.of(m.date().toEpochDay()));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("an empty loader cannot fail", e);
                }
                incident = open.nearest(key, m.date().toEpochDay());
            }
            if (incident == null) {
                incident = new Incident(created.size(), key, m.date(), i, m.article());
                created.add(incident);
                if (m.date() != null) {
                    open.add(incident);
                }
            }
            incident.add(m.article(), m.outlet(), m.mentions(), m.date());
            of[i] = (int) incident.id;
        }
        List<Formed> formed = new ArrayList<>(created.size());
        for (Incident c : created) {
            formed.add(new Formed((int) c.firstEventId, c.events, c.mentions, c.articles, c.sourceCount(),
                    Optional.ofNullable(c.first), Optional.ofNullable(c.last)));
        }
        return new Result(formed, of);
    }
}
