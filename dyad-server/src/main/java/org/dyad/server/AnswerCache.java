package org.dyad.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers already sent, by endpoint, normalised query (the parsed filter, sort, page and cursor,
 * so {@code ?source=usa&plover=assault} and {@code ?plover=ASSAULT&source=USA} are one entry) and
 * the generation of the read model they were computed from: an answer is reused only for the
 * same state of the store, so it is exact. The least recently used answers go first once the
 * cache holds {@code maxEntries} answers or {@code maxBytes} bytes.
 */
final class AnswerCache {
    /** What an answer depends on. */
    record Key(long generation, String endpoint, List<Object> query) {
        Key {
            query = List.copyOf(query);
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private long bytes;
    private long hits;
    private long misses;
    private final LinkedHashMap<Key, byte[]> answers = new LinkedHashMap<>(256, 0.75f, true);

    AnswerCache(int maxEntries, long maxBytes) {
        if (maxEntries < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("cache sizes must not be negative");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The answer for {@code key}: the one kept, or a new one from {@code compute} (kept if it fits). */
    byte[] answer(Key key, Supplier<byte[]> compute) {
        synchronized (this) {
            byte[] kept = answers.get(key);
            if (kept != null) {
                hits++;
                return kept;
            }
            misses++;
        }
        byte[] fresh = compute.get(); // outside the lock: two requests may both compute one answer
        if (maxEntries == 0 || fresh.length > maxBytes) {
            return fresh;
        }
        synchronized (this) {
            byte[] old = answers.put(key, fresh);
            bytes += fresh.length - (old == null ? 0 : old.length);
            var it = answers.entrySet().iterator();
            while ((answers.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
                Map.Entry<Key, byte[]> eldest = it.next();
                bytes -= eldest.getValue().length;
                it.remove();
            }
        }
        return fresh;
    }

    /** Answers found and answers computed so far. */
    synchronized long[] counts() {
        return new long[] {hits, misses};
    }
}
