package org.dyad.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The dated incidents that new events may join, held in memory by the store's only writer so that
 * a batch finds them without a query. Memory holds whole days: a day is either absent or holds
 * every incident anchored on it, stored or opened since. A day an event needs (its own, the day
 * before and after) is read from the store when absent, unless it is later than every stored
 * anchor. After each batch, the days an event dated up to {@link #RETAINED_DAYS} before the
 * batch's latest event would not need are dropped, then, least recently needed first, as many more
 * as it takes to hold at most a given number of incidents: memory stays bounded whatever order the
 * articles come in.
 *
 * <p>The index mirrors the committed store: after a rolled-back batch, or when articles are
 * replaced and their incidents recounted, the writer clears it and it is read again as needed.
 */
final class OpenIncidents {
    /** Where absent days are read from: the incidents table, with the counts of their stored events. */
    interface Loader {
        /** The incidents anchored from {@code firstDay} to {@code lastDay} (day numbers, inclusive). */
        List<Incident> anchoredBetween(long firstDay, long lastDay) throws SQLException;

        /** The latest anchor day of any stored incident; empty when none is dated. */
        Optional<Long> latestAnchorDay() throws SQLException;
    }

    /**
     * How many days before the latest event of the last batch the index keeps: news arrives roughly
     * in date order, and the late reports of the past week still find their incidents without a query.
     */
    static final int RETAINED_DAYS = 7;

    private final Loader loader;
    private final int capacity;
    /**
     * The days held, each with its incidents by key, least recently needed first. A day holds one
     * incident per key: an event finds any incident of its key anchored on its own day, so it never
     * opens a second one there. Dropping a day is then one removal.
     */
    private final LinkedHashMap<Long, Map<IncidentKey, Incident>> byDay = new LinkedHashMap<>();
    private int held;
    /** No stored incident is anchored later than this day; null until first asked. */
    private Long storedUpTo;
    /** The latest event day of the last batch that had dated events; none before. */
    private long latestEventDay = Long.MIN_VALUE;

    /** An index that reads absent days with {@code loader} and holds about {@code capacity} incidents. */
    OpenIncidents(Loader loader, int capacity) {
        this.loader = loader;
        this.capacity = capacity;
    }

    /** Makes sure every incident that an event dated on one of {@code eventDays} may join is held. */
    void require(Iterable<Long> eventDays) throws SQLException {
        TreeSet<Long> absent = new TreeSet<>();
        long latest = Long.MIN_VALUE;
        for (long d : eventDays) {
            latest = Math.max(latest, d);
            for (long day = d - 1; day <= d + 1; day++) {
                Map<IncidentKey, Incident> incidents = byDay.remove(day);
                if (incidents == null) {
                    absent.add(day);
                } else {
                    byDay.put(day, incidents); // last in the order: needed now
                }
            }
        }
        if (latest != Long.MIN_VALUE) {
            latestEventDay = latest;
        }
        if (absent.isEmpty()) {
            return;
        }
        if (storedUpTo == null) {
            storedUpTo = loader.latestAnchorDay().orElse(Long.MIN_VALUE);
        }
        long runStart = Long.MIN_VALUE;
        long runEnd = Long.MIN_VALUE;
        for (long day : absent) {
            if (day > storedUpTo) {
                byDay.put(day, new HashMap<>()); // nothing stored there yet
                continue;
            }
            if (runStart != Long.MIN_VALUE && day != runEnd + 1) {
                load(runStart, runEnd);
                runStart = Long.MIN_VALUE;
            }
            if (runStart == Long.MIN_VALUE) {
                runStart = day;
            }
            runEnd = day;
        }
        if (runStart != Long.MIN_VALUE) {
            load(runStart, runEnd);
        }
    }

    /** Reads the consecutive absent days {@code first} to {@code last}, one query for the run. */
    private void load(long first, long last) throws SQLException {
        for (long day = first; day <= last; day++) {
            byDay.put(day, new HashMap<>());
        }
        for (Incident i : loader.anchoredBetween(first, last)) {
            add(i);
        }
    }

    /**
     * The incident with this key anchored nearest to {@code day}, at most a day away; the oldest of
     * equally near ones; null if none. The day must have been required.
     */
    Incident nearest(IncidentKey key, long day) {
        Incident same = byDay.get(day).get(key);
        if (same != null) {
            return same;
        }
        Incident before = byDay.get(day - 1).get(key);
        Incident after = byDay.get(day + 1).get(key);
        if (before == null || after == null) {
            return before != null ? before : after;
        }
        return before.id < after.id ? before : after;
    }

    /**
     * Holds a dated incident, new or read from the store; its anchor day must have been required.
     * Of two with the same key and anchor day (which this writer never makes), the older is kept.
     */
    void add(Incident i) {
        Map<IncidentKey, Incident> day = byDay.get(i.anchorDay);
        if (day == null) {
            throw new IllegalStateException("incident " + i.id + " is anchored on a day that was not required");
        }
        Incident before = day.putIfAbsent(i.key, i);
        if (before == null) {
            held++;
        } else if (i.id < before.id) {
            day.put(i.key, i);
        }
        storedUpTo = storedUpTo == null ? null : Math.max(storedUpTo, i.anchorDay);
    }

    /**
     * Drops the days that an event dated up to {@link #RETAINED_DAYS} before the latest event of the
     * last batch would not need, then the least recently needed days until at most the capacity is
     * held (or one day is left). Besides memory, fewer days keep the look-ups in cache.
     */
    void trim() {
        Iterator<Map.Entry<Long, Map<IncidentKey, Incident>>> days = byDay.entrySet().iterator();
        long oldestKept = latestEventDay - RETAINED_DAYS - 1;
        while (latestEventDay != Long.MIN_VALUE && days.hasNext()) {
            Map.Entry<Long, Map<IncidentKey, Incident>> day = days.next();
            if (day.getKey() < oldestKept) {
                days.remove();
                held -= day.getValue().size();
            }
        }
        days = byDay.entrySet().iterator();
        while (held > capacity && byDay.size() > 1 && days.hasNext()) {
            held -= days.next().getValue().size();
            days.remove();
        }
    }

    /** Forgets everything; absent days are read again from the store as they are needed. */
    void clear() {
        byDay.clear();
        held = 0;
    }

    /** The number of incidents held. */
    int size() {
        return held;
    }

    /** The number of days held. */
    int days() {
        return byDay.size();
    }
}
