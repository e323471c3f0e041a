package org.dyad.core.syntax;

import java.util.Set;

/**
 * Which prepositional phrases a query takes, by their case marker: a fixed set ("with",
 * "against" ...), or any marked phrase but a passive's "by" agent.
 */
public final class Prepositions {
    /** Every marked phrase but the "by" of a passive agent. */
    public static final Prepositions ANY_BUT_BY = new Prepositions(Set.of(), true);

    private final Set<String> words;
    private final boolean any;

    private Prepositions(Set<String> words, boolean any) {
        this.words = Set.copyOf(words);
        this.any = any;
    }

    public static Prepositions of(String... words) {
        return new Prepositions(Set.of(words), false);
    }

    /** True when a phrase with this case marker ("" for none) is taken. */
    public boolean accepts(String caseMarker) {
        return any ? !caseMarker.isEmpty() && !caseMarker.equals("by") : words.contains(caseMarker);
    }

    /** True when a passive's {@code obl:agent} phrase is taken too. */
    boolean takesAgents() {
        return words.contains("by");
    }

    @Override
    public String toString() {
        return any ? "any preposition but by" : words.toString();
    }
}
