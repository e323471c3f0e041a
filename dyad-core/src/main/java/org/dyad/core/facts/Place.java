package org.dyad.core.facts;

/**
 * One gazetteer entry: a populated place, a first-level region, a country or a named region.
 *
 * <p>{@code geonameid} is the GeoNames id for populated places; entries that GeoNames' cities500
 * does not hold (countries, first- and second-level regions, named regions) carry a negative id that is stable
 * for one gazetteer version. {@code country} is the ISO 3166-1 alpha-3 code, or {@code ""} for a
 * region that spans several countries ({@code the Sahel}). {@code admin1} is the name of the
 * first-level region, or {@code ""} when unknown.
 *
 * @param featureClass GeoNames feature class: {@code P} populated place, {@code A} country or
 *     administrative region, {@code L} continent or named region
 * @param featureCode GeoNames feature code: {@code PPL}, {@code PPLA}, {@code PPLC}, {@code ADM1},
 *     {@code ADM2}, {@code PCLI}, {@code CONT}, {@code RGN}, ...
 */
public record Place(long geonameid, String name, String country, String admin1, double lat, double lon,
        String featureClass, String featureCode, long population) {

    public Place {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place " + geonameid + " needs a name");
        }
        if (country == null || !(country.isEmpty() || isAlpha3(country))) {
            throw new IllegalArgumentException("place " + name + " has country '" + country
                    + "'; use an ISO 3166-1 alpha-3 code or \"\" for a multi-country region");
        }
        if (admin1 == null) {
            throw new IllegalArgumentException("place " + name + " has a null admin1; use \"\" when unknown");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("place " + name + " has bad coordinates " + lat + ", " + lon);
        }
        if (featureClass == null || featureClass.length() != 1 || featureCode == null || featureCode.isBlank()) {
            throw new IllegalArgumentException("place " + name + " needs a one-letter feature class and a feature code");
        }
        if (population < 0) {
            throw new IllegalArgumentException("place " + name + " has a negative population");
        }
    }

    private static boolean isAlpha3(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The level this place stands for when it locates an event. */
    public Resolution resolution() {
        if (featureClass.equals("P") || featureClass.equals("S")) {
            return Resolution.CITY; // a town, or a facility such as an airport: a point, no centroid
        }
        if (featureCode.startsWith("PCL")) {
            return Resolution.COUNTRY;
        }
        if (featureCode.equals("ADM1")) {
            return Resolution.ADMIN1;
        }
        if (featureCode.equals("ADM2")) {
            return Resolution.ADMIN2;
        }
        return Resolution.REGION;
    }

    /** Great-circle distance to another place in kilometres. */
    public double distanceKm(Place other) {
        return Geo.distanceKm(lat, lon, other.lat, other.lon);
    }
}
