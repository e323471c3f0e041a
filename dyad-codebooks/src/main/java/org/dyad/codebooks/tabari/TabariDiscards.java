package org.dyad.codebooks.tabari;

import java.util.List;

/**
 * A TABARI discard list: phrases whose presence makes a whole story ({@code +PHRASE}) or a
 * sentence irrelevant (sports, weather); {@link TabariDictionaries#codebooks} hands it to Dyad as a
 * {@link org.dyad.core.event.DiscardList}.
 */
public record TabariDiscards(List<String> storyPhrases, List<String> sentencePhrases) {
    public TabariDiscards {
        storyPhrases = List.copyOf(storyPhrases);
        sentencePhrases = List.copyOf(sentencePhrases);
    }
}
