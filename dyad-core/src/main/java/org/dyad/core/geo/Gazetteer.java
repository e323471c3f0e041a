package org.dyad.core.geo;

import java.util.List;
import java.util.Optional;

import org.dyad.core.facts.Place;
/**
 * Places by name. Implementations are immutable and thread-safe; the GeoNames-backed one lives in
 * the {@code dyad-gazetteer} module, {@link MemoryGazetteer} serves tests and small lists.
 *
 * <p>Example: {@code gazetteer.candidates(PlaceNames.normalize("Kabul"))} lists every Kabul.
 */
public interface Gazetteer {

    /** Every place whose name, normalised with {@link PlaceNames#normalize}, is {@code key}. */
    List<Candidate> candidates(String key);

    /** The country with this ISO 3166-1 alpha-3 code. */
    Optional<Place> country(String iso3);

    /** The longest name in the gazetteer, in tokens; bounds the recogniser's window. */
    int maxNameTokens();
}
