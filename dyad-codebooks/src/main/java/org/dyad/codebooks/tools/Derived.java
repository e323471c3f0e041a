package org.dyad.codebooks.tools;

import java.util.List;

/**
 * What a WordNet derivation gives: the words kept, in alphabetical order, and those left out
 * (automatically or by the hand review), each with its reason.
 */
public record Derived<T>(List<T> kept, List<LeftOut> leftOut) {
    public Derived {
        kept = List.copyOf(kept);
        leftOut = List.copyOf(leftOut);
    }

    /** The words left out as "word TAB reason" lines, as the derivation commands list them. */
    public List<String> leftOutLines() {
        return leftOut.stream().map(l -> l.word() + "\t" + l.reason()).toList();
    }
}
