/**
 * Places: the gazetteer interface, place values, and the recogniser and resolver that turn an
 * article's place names into {@link org.dyad.core.facts.PlaceMention}s with raw-text offsets.
 * JDK only; the GeoNames-derived gazetteer lives in the {@code dyad-gazetteer} module.
 * See {@code docs/geo.md}.
 */
package org.dyad.core.geo;
