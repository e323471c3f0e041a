package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * Once an article names a county with its word ({@code Westchester County}, {@code Jefferson
 * Parish}), the bare name is that county too ({@code Westchester lies north of New York City};
 * {@code the Westchester Sheriff's Office}), not a same-named town elsewhere: a reader takes the
 * short form as the county just named.
 */
final class CountyStems {
    private CountyStems() {
    }

    static List<Recognized> apply(Document doc, List<Recognized> out) {
        Map<String, List<Candidate>> counties = new HashMap<>();
        for (Recognized r : out) {
            String key = key(doc, r);
            if (!PlacePrior.namesAdmin2(key)) {
                continue;
            }
            List<Candidate> named = r.candidates().stream().filter(c -> c.place().resolution() == Resolution.ADMIN2
                    && PlaceNames.normalize(c.place().name()).equals(key)).toList();
            if (!named.isEmpty()) {
                counties.computeIfAbsent(key.substring(0, key.lastIndexOf(' ')), k -> new ArrayList<>()).addAll(named);
            }
        }
        if (counties.isEmpty()) {
            return out;
        }
        List<Recognized> result = new ArrayList<>(out.size());
        for (Recognized r : out) {
            List<Candidate> county = r.address() ? null : counties.get(key(doc, r));
            result.add(county == null ? r : new Recognized(r.firstToken(), r.endToken(), county.stream().distinct().toList(),
                    false, r.fromNer(), false, r.glued(), false)); // the county named before settles a weak word
        }
        return result;
    }

    private static String key(Document doc, Recognized r) {
        return PlaceNames.normalize(doc.text().text().substring(doc.tokens().start(r.firstToken()),
                doc.tokens().end(r.endToken() - 1)));
    }
}
