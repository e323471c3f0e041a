package org.dyad.app;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.geo.Gazetteer;
import org.dyad.core.geo.PlaceNames;
import org.dyad.core.text.Lexicon;

/**
 * The names text repair should know besides English words: every actor name of the codebooks and
 * every place name of the gazetteer ("Uzbekistan" is in no word list).
 */
public final class RepairVocabulary {
    /** Past this many remembered answers the cache starts afresh, so a long run stays bounded. */
    private static final int CACHE_LIMIT = 200_000;

    private RepairVocabulary() {
    }

    public static Lexicon names(Codebooks books, Gazetteer gazetteer) {
        Lexicon actors = books.nameLexicon();
        ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();
        // A gazetteer lookup costs microseconds; the same words are asked about again and again.
        Lexicon places = word -> {
            String key = word.toLowerCase(Locale.ROOT);
            Boolean cached = known.get(key);
            if (cached == null) {
                if (known.size() > CACHE_LIMIT) {
                    known.clear();
                }
                cached = !gazetteer.candidates(PlaceNames.normalize(word)).isEmpty();
                known.put(key, cached);
            }
            return cached;
        };
        return actors.or(places);
    }
}
