package org.dyad.codebooks.tabari;

import java.util.List;

/**
 * A TABARI discard list: phrases whose presence makes a whole story ({@code +PHRASE}) or a
 * sentence irrelevant (sports, weather). Dyad's coder does not apply discards yet; the list is
 * read so that evaluations can report on it.
 */
public record TabariDiscards(List<String> storyPhrases, List<String> sentencePhrases) {
    public TabariDiscards {
        storyPhrases = List.copyOf(storyPhrases);
        sentencePhrases = List.copyOf(sentencePhrases);
    }
}
