package org.dyad.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Named actors: countries, capitals, nationality adjectives, organisations, groups and people,
 * with their codes and validity dates. Immutable; owned by whoever loaded it.
 */
public final class ActorDictionary {
    private final List<ActorEntry> entries;
    private final PhraseIndex<ActorEntry> index;
    private final String version;

    public ActorDictionary(List<ActorEntry> entries, String version) {
        this.entries = List.copyOf(entries);
        this.index = new PhraseIndex<>(this.entries, ActorEntry::words);
        this.version = version;
    }

    /** A match of a phrase over {@code length} tokens. */
    public record Match(int length, ActorEntry entry) {
    }

    /**
     * The longest phrase starting at {@code start} and the entry that holds on {@code date}:
     * a dated entry valid on that date wins over an undated one.
     */
    public Optional<Match> longestMatch(List<String> words, List<String> lemmas, int start, LocalDate date) {
        List<ActorEntry> candidates = index.longest(words, lemmas, start);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        ActorEntry undated = null;
        ActorEntry current = null; // open-ended dated entry: what holds today when no date is known
        for (ActorEntry e : candidates) {
            if (e.dated() && e.to().isEmpty() && (current == null || (e.from().isPresent()
                    && current.from().isPresent() && e.from().get().isAfter(current.from().get())))) {
                current = e;
            }
            if (e.dated()) {
                if (date != null && e.validOn(date)) {
                    return Optional.of(new Match(e.words().size(), e));
                }
            } else if (undated == null) {
                undated = e;
            }
        }
        if (undated == null && date == null && current != null) {
            undated = current;
        }
        if (undated == null) {
            // Only dated entries and none holds: the phrase still names this actor, at country level.
            ActorEntry first = candidates.get(0);
            undated = new ActorEntry(first.words(), new ActorCode(first.code().country()), Optional.empty(),
                    Optional.empty(), first.kind(), first.source());
        }
        return Optional.of(new Match(undated.words().size(), undated));
    }

    /** This dictionary with {@code overrides} replacing every phrase it defines. */
    public ActorDictionary overriddenBy(ActorDictionary overrides) {
        Set<List<String>> replaced = new HashSet<>();
        for (ActorEntry e : overrides.entries) {
            replaced.add(e.words());
        }
        List<ActorEntry> merged = new ArrayList<>(overrides.entries);
        for (ActorEntry e : entries) {
            if (!replaced.contains(e.words())) {
                merged.add(e);
            }
        }
        return new ActorDictionary(merged, version + "+" + overrides.version);
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    public String version() {
        return version;
    }
}
