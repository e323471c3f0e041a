package org.dyad.core.facts;

/** How precisely a place mention locates something. */
public enum Resolution {
    /** A populated place. */
    CITY,
    /** A second-level administrative region (county, district, parish). */
    ADMIN2,
    /** A first-level administrative region (state, province). */
    ADMIN1,
    /** A country, or a part of one named by direction ({@code western China}). */
    COUNTRY,
    /** A continent or a named region spanning several countries ({@code the Sahel}). */
    REGION
}
