package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Resolution;
import org.dyad.core.geo.PlaceRecognizer.Recognized;

/**
 * A county's name with and without its word. Once an article names a county with its word
 * ({@code Westchester County}, {@code Jefferson Parish}), the bare name is that county too
 * ({@code Westchester lies north of New York City}; {@code the Westchester Sheriff's Office}), not a
 * same-named town elsewhere: a reader takes the short form as the county just named. The other way
 * round, GeoNames names English and Irish counties without the word ({@code Hampshire}, {@code
 * Kent}), so {@code Hampshire County Council} may be that county as well as the American counties
 * named {@code Hampshire County}; the article's other places choose.
 */
final class CountyStems {
    private CountyStems() {
    }

    static List<Recognized> apply(Document doc, List<Recognized> out, Gazetteer gazetteer) {
        Map<String, List<Candidate>> counties = new HashMap<>();
        List<Recognized> widened = new ArrayList<>(out.size());
        for (Recognized r : out) {
            String key = key(doc, r);
            if (!PlacePrior.namesAdmin2(key) || r.address()) {
                widened.add(r);
                continue;
            }
            String stem = key.substring(0, key.lastIndexOf(' '));
            List<Candidate> bare = regions(gazetteer.candidates(stem), stem, Resolution.ADMIN2);
            List<Candidate> named = r.candidates().stream().filter(c -> c.place().resolution() == Resolution.ADMIN2
                    && PlaceNames.normalize(c.place().name()).equals(key)).toList();
            if (!named.isEmpty() || !bare.isEmpty()) {
                counties.computeIfAbsent(stem, k -> new ArrayList<>()).addAll(Stream.concat(named.stream(), bare.stream()).toList());
            }
            widened.add(bare.isEmpty() ? r : with(r, Stream.concat(r.candidates().stream(), bare.stream()).distinct().toList(), r.weak()));
        }
        if (counties.isEmpty()) {
            return out;
        }
        List<Recognized> result = new ArrayList<>(widened.size());
        for (Recognized r : widened) {
            String key = key(doc, r);
            List<Candidate> county = r.address() ? null : counties.get(key);
            // the county named before settles a weak word; the bare name's own regions stay candidates
            result.add(county == null ? r : with(r, Stream.concat(county.stream(), Stream.concat(
                    regions(r.candidates(), key, Resolution.ADMIN2).stream(), regions(r.candidates(), key, Resolution.ADMIN1).stream()))
                    .distinct().toList(), false));
        }
        return result;
    }

    /** The candidates of {@code level} whose own name is the key. */
    private static List<Candidate> regions(List<Candidate> cands, String key, Resolution level) {
        return cands.stream().filter(c -> c.kind() == NameKind.NAME && c.place().resolution() == level
                && PlaceNames.normalize(c.place().name()).equals(key)).toList();
    }

    private static Recognized with(Recognized r, List<Candidate> cands, boolean weak) {
        return new Recognized(r.firstToken(), r.endToken(), cands, r.directional(), r.fromNer(), weak, r.glued(), r.address());
    }

    private static String key(Document doc, Recognized r) {
        return PlaceNames.normalize(doc.text().text().substring(doc.tokens().start(r.firstToken()),
                doc.tokens().end(r.endToken() - 1)));
    }
}
