/**
 * The GeoNames-derived gazetteer index built by this module at build time, and its loader
 * {@link org.dyad.gazetteer.GazetteerIndex}. {@code internal} and {@code build} are not API.
 * See {@code docs/geo.md}.
 */
package org.dyad.gazetteer;
