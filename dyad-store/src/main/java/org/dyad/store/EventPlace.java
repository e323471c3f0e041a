package org.dyad.store;

import java.util.Optional;

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
}
