package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Role nouns (troops, ambassador, militants) and the sector each gives. Immutable. */
public final class AgentDictionary {
    private final List<AgentEntry> entries;
    private final PhraseIndex<AgentEntry> index;
    private final String version;

    public AgentDictionary(List<AgentEntry> entries, String version) {
        this.entries = List.copyOf(entries);
        this.index = new PhraseIndex<>(this.entries, AgentEntry::words);
        this.version = version;
    }

    public record Match(int length, AgentEntry entry) {
    }

    /** The longest agent phrase at {@code start}; the last word may match by lemma (soldiers -> soldier). */
    public Optional<Match> longestMatch(List<String> words, List<String> lemmas, int start) {
        PhraseIndex.Found<AgentEntry> found = index.longest(words, lemmas, start);
        return found == null ? Optional.empty() : Optional.of(new Match(found.length(), found.entries().get(0)));
    }

    public AgentDictionary overriddenBy(AgentDictionary overrides) {
        Set<List<String>> replaced = new HashSet<>();
        for (AgentEntry e : overrides.entries) {
            replaced.add(e.words());
        }
        List<AgentEntry> merged = new ArrayList<>(overrides.entries);
        for (AgentEntry e : entries) {
            if (!replaced.contains(e.words())) {
                merged.add(e);
            }
        }
        return new AgentDictionary(merged, version + "+" + overrides.version);
    }

    public List<AgentEntry> entries() {
        return entries;
    }

    public String version() {
        return version;
    }
}
