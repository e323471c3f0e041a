package org.dyad.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dyad.core.facts.ActorCode;
/**
 * Named actors: countries, capitals, nationality adjectives, organisations, groups and people,
 * with their codes and validity dates. Immutable; owned by whoever loaded it.
 */
public final class ActorDictionary {
    private final List<ActorEntry> entries;
    private final Set<List<String>> removed;
    private final PhraseIndex<ActorEntry> index;
    private final String version;

    public ActorDictionary(List<ActorEntry> entries, String version) {
        this(entries, Set.of(), version);
    }

    /**
     * @param removed phrases this dictionary takes away from the ones it is laid over (a
     *     {@code ---} code in the file): "Male" the capital of the Maldives is rarely meant
     */
    public ActorDictionary(List<ActorEntry> entries, Set<List<String>> removed, String version) {
        this.entries = List.copyOf(entries);
        this.removed = Set.copyOf(removed);
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
        PhraseIndex.Found<ActorEntry> found = index.longest(words, lemmas, start);
        if (found == null) {
            return Optional.empty();
        }
        List<ActorEntry> candidates = found.entries();
        int length = found.length();
        ActorEntry undated = null;
        ActorEntry current = null; // open-ended dated entry: what holds today when no date is known
        for (ActorEntry e : candidates) {
            if (e.dated() && e.to().isEmpty() && (current == null || (e.from().isPresent()
                    && current.from().isPresent() && e.from().get().isAfter(current.from().get())))) {
                current = e;
            }
            if (e.dated()) {
                if (date != null && e.validOn(date)) {
                    return Optional.of(new Match(length, e));
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
            ActorCode countryLevel = first.code().knowsCountry() ? new ActorCode(first.code().country()) : first.code();
            undated = new ActorEntry(first.words(), countryLevel, Optional.empty(),
                    Optional.empty(), first.kind(), first.source());
        }
        return Optional.of(new Match(length, undated));
    }

    /** This dictionary with {@code overrides} replacing every phrase it defines. */
    public ActorDictionary overriddenBy(ActorDictionary overrides) {
        Set<List<String>> replaced = new HashSet<>(overrides.removed);
        for (ActorEntry e : overrides.entries) {
            replaced.add(e.words());
        }
        List<ActorEntry> merged = new ArrayList<>(overrides.entries);
        for (ActorEntry e : entries) {
            if (!replaced.contains(e.words())) {
                merged.add(e);
            }
        }
        Set<List<String>> stillRemoved = new HashSet<>(removed);
        stillRemoved.addAll(overrides.removed);
        return new ActorDictionary(merged, stillRemoved, version + "+" + overrides.version);
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    public String version() {
        return version;
    }
}
