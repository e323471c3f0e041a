package org.dyad.store;

import java.util.Optional;
import org.dyad.core.facts.Place;

/**
 * Where an event happened, as a gazetteer resolved it.
 *
 * @param geonameId the GeoNames id; negative for Dyad's own country and region entries
 * @param countryCode the country, ISO 3166-1 alpha-3 as Dyad's gazetteer gives it
 * @param admin1 the first-order administrative division, code or name as the gazetteer gives it
 */
public record EventPlace(long geonameId, String name, Optional<String> countryCode, Optional<String> admin1,
        double lat, double lon) {
    public EventPlace {
        if (geonameId == 0) {
            throw new IllegalArgumentException("a place needs a gazetteer id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place " + geonameId + " needs a name");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("place " + name + " has coordinates outside the globe: " + lat + ", " + lon);
        }
        countryCode = countryCode == null ? Optional.empty() : countryCode.filter(c -> !c.isBlank());
        admin1 = admin1 == null ? Optional.empty() : admin1.filter(c -> !c.isBlank());
    }

    /** The gazetteer entry a resolver gave (an event's location, a place mention). */
    public static EventPlace of(Place p) {
        return new EventPlace(p.geonameid(), p.name(), Optional.of(p.country()), Optional.of(p.admin1()), p.lat(), p.lon());
    }
}
