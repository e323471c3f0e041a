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
    /** People by the {@link NameKey}s of their words, for spellings the dictionary does not list. */
    private final PhraseIndex<ActorEntry> personKeys;
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
        this.personKeys = new PhraseIndex<>(this.entries.stream().filter(e -> e.kind() == ActorKind.PERSON).toList(),
                e -> NameKey.of(Phrase.splitHyphens(e.words())));
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
        return chosen(index.longest(words, lemmas, start), date);
    }

    /**
     * The longest person's name starting at {@code start} when both are compared by their
     * {@link NameKey}s ("al-Sissi" finds "el-Sisi"), and the entry that holds on {@code date}.
     */
    public Optional<Match> longestPersonByKey(List<String> keys, int start, LocalDate date) {
        return chosen(personKeys.longest(keys, null, start), date);
    }

    private static Optional<Match> chosen(PhraseIndex.Found<ActorEntry> found, LocalDate date) {
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

    /**
     * This dictionary with {@code newer}'s dated offices laid over it: for a phrase both define,
     * newer's entries come first, and this dictionary's dated entries that end before newer's
     * first office stay for those earlier dates ("the entries bundled today stay for earlier
     * dates"); its undated entries for the phrase give way. Phrases only one defines are kept.
     */
    public ActorDictionary extendedBy(ActorDictionary newer) {
        java.util.Map<List<String>, LocalDate> firstOffice = new java.util.HashMap<>();
        Set<List<String>> replaced = new HashSet<>(newer.removed);
        for (ActorEntry e : newer.entries) {
            replaced.add(e.words());
            e.from().ifPresent(from -> firstOffice.merge(e.words(), from, (a, b) -> a.isBefore(b) ? a : b));
        }
        List<ActorEntry> merged = new ArrayList<>(newer.entries);
        for (ActorEntry e : entries) {
            LocalDate first = firstOffice.get(e.words());
            boolean earlier = first != null && e.to().isPresent() && e.to().get().isBefore(first);
            if (!replaced.contains(e.words()) || earlier) {
                merged.add(e);
            }
        }
        Set<List<String>> stillRemoved = new HashSet<>(removed);
        stillRemoved.addAll(newer.removed);
        return new ActorDictionary(merged, stillRemoved, version + "+" + newer.version);
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    public String version() {
        return version;
    }
}
