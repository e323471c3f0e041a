package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writer's in-memory index of the incidents that new events may join. */
class OpenIncidentsTest {
    private static final IncidentKey CLASH = new IncidentKey("RUSMIL", "UKRGOV", "190", 703448);
    private static final IncidentKey TALKS = new IncidentKey("USAGOV", "CHNGOV", "042", 0);
    private static final long D = LocalDate.of(2024, 6, 10).toEpochDay();

    /** Incidents "stored" before the index was made, and the spans of days it asked for. */
    private static final class StoredIncidents implements OpenIncidents.Loader {
        final List<Incident> stored = new ArrayList<>();
        final List<String> reads = new ArrayList<>();

        Incident store(long id, IncidentKey key, long day) {
            LocalDate anchor = LocalDate.ofEpochDay(day);
            Incident i = Incident.stored(id, key, anchor, id * 10, 1, 1, 1, List.of("one.example"), anchor, anchor);
            stored.add(i);
            return i;
        }

        @Override
        public List<Incident> anchoredBetween(long firstDay, long lastDay) {
            reads.add((firstDay - D) + ".." + (lastDay - D));
            return stored.stream().filter(i -> i.anchorDay >= firstDay && i.anchorDay <= lastDay).toList();
        }

        @Override
        public Optional<Long> latestAnchorDay() {
            return stored.stream().map(i -> i.anchorDay).max(Long::compare);
        }
    }

    private static Incident opened(long id, IncidentKey key, long day) {
        return new Incident(id, key, LocalDate.ofEpochDay(day), id * 10, id);
    }

    @Test
    void an_event_joins_an_incident_of_its_key_anchored_on_its_day_or_one_day_apart() throws SQLException {
        StoredIncidents store = new StoredIncidents();
        Incident clash = store.store(1, CLASH, D);
        OpenIncidents open = new OpenIncidents(store, 1000);
        open.require(List.of(D - 1, D, D + 1, D + 2, D - 2));
        assertSame(clash, open.nearest(CLASH, D));
        assertSame(clash, open.nearest(CLASH, D - 1));
        assertSame(clash, open.nearest(CLASH, D + 1));
        assertNull(open.nearest(CLASH, D + 2), "two days after the anchor is too far");
        assertNull(open.nearest(CLASH, D - 2));
        assertNull(open.nearest(TALKS, D), "another key");
    }

    @Test
    void of_incidents_a_day_before_and_after_the_older_is_joined_and_one_on_the_day_wins_over_both() throws SQLException {
        StoredIncidents store = new StoredIncidents();
        store.store(7, CLASH, D + 1);
        Incident before = store.store(5, CLASH, D - 1);
        OpenIncidents open = new OpenIncidents(store, 1000);
        open.require(List.of(D));
        assertSame(before, open.nearest(CLASH, D));
        Incident same = opened(9, CLASH, D);
        open.add(same);
        assertSame(same, open.nearest(CLASH, D));
    }

    @Test
    void stored_days_are_read_once_in_one_query_per_run_of_days_and_later_days_not_at_all() throws SQLException {
        StoredIncidents store = new StoredIncidents();
        store.store(1, CLASH, D);
        OpenIncidents open = new OpenIncidents(store, 1000);
        open.require(List.of(D, D + 1, D - 10));
        assertEquals(List.of("-11..-9", "-1..0"), store.reads, "days after D, the latest stored anchor, are not read");
        open.require(List.of(D, D + 1));
        assertEquals(2, store.reads.size(), "days held are not read again");
        assertEquals(7, open.days());
    }

    @Test
    void an_incident_the_writer_opens_is_found_without_a_read() throws SQLException {
        StoredIncidents store = new StoredIncidents();
        OpenIncidents open = new OpenIncidents(store, 1000);
        open.require(List.of(D));
        Incident clash = opened(1, CLASH, D);
        open.add(clash);
        open.require(List.of(D + 1));
        assertSame(clash, open.nearest(CLASH, D + 1));
        assertEquals(List.of(), store.reads, "nothing is stored");
    }

    @Test
    void an_incident_on_a_day_not_required_is_refused() throws SQLException {
        OpenIncidents open = new OpenIncidents(new StoredIncidents(), 1000);
        open.require(List.of(D));
        assertThrows(IllegalStateException.class, () -> open.add(opened(1, CLASH, D + 5)));
    }

    @Test
    void days_a_week_older_than_the_latest_event_are_dropped_and_read_again_when_needed() throws SQLException {
        StoredIncidents store = new StoredIncidents();
        Incident old = store.store(1, CLASH, D);
        OpenIncidents open = new OpenIncidents(store, 1000);
        open.require(List.of(D));
        open.require(List.of(D + OpenIncidents.RETAINED_DAYS));
        open.trim();
        assertEquals(1, open.size(), "the day before an event a week older than the latest is still needed");
        open.require(List.of(D + OpenIncidents.RETAINED_DAYS + 2));
        open.trim();
        assertEquals(0, open.size());
        store.reads.clear();
        open.require(List.of(D + 1));
        assertEquals(List.of("0..0"), store.reads, "D was dropped, D + 1 kept, and D + 2 is later than any stored anchor");
        assertSame(old, open.nearest(CLASH, D + 1));
    }

    @Test
    void beyond_its_capacity_the_least_recently_needed_days_are_dropped() throws SQLException {
        StoredIncidents store = new StoredIncidents();
        for (int k = 0; k < 3; k++) {
            store.store(1 + 2L * k, CLASH, D - 3 * k);
            store.store(2 + 2L * k, TALKS, D - 3 * k);
        }
        OpenIncidents open = new OpenIncidents(store, 3);
        open.require(List.of(D - 6)); // needed first, so dropped first
        open.require(List.of(D, D - 3));
        assertEquals(6, open.size());
        open.trim();
        assertEquals(2, open.size(), "dropping the day of D - 6 leaves 4, then D - 3 (its neighbours first)");
        store.reads.clear();
        open.require(List.of(D));
        assertEquals(List.of(), store.reads, "D and its neighbours were needed last and are held");
    }

    @Test
    void clearing_forgets_everything_and_the_store_is_read_again() throws SQLException {
        StoredIncidents store = new StoredIncidents();
        store.store(1, CLASH, D);
        OpenIncidents open = new OpenIncidents(store, 1000);
        open.require(List.of(D));
        open.add(opened(2, TALKS, D));
        open.clear();
        assertEquals(0, open.size());
        open.require(List.of(D));
        assertNull(open.nearest(TALKS, D), "the incident opened by a rolled-back batch is gone");
        assertEquals(1, open.size());
        assertEquals(2, store.reads.size());
    }
}
