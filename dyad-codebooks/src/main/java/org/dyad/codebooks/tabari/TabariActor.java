package org.dyad.codebooks.tabari;

import java.util.List;

/**
 * One entry of a TABARI actor dictionary: its primary phrase and {@code +synonyms} (in Dyad's
 * spelling: lower case, underscores as spaces) and its codes, in file order.
 *
 * @param line the line of the primary phrase
 */
public record TabariActor(List<String> phrases, List<TabariCode> codes, int line) {
    public TabariActor {
        phrases = List.copyOf(phrases);
        codes = List.copyOf(codes);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("an actor entry needs a phrase");
        }
    }
}
