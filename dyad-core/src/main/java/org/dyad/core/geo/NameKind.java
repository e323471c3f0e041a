package org.dyad.core.geo;

/** How a gazetteer name refers to its place. */
public enum NameKind {
    /** The place's own name or an alternate name ({@code Kabul}, {@code U.S.}). */
    NAME,
    /** An adjective or a people's name standing for a country ({@code Kenyan}, {@code Chinese}). */
    DEMONYM,
    /**
     * A short written form of a first-level region ({@code W.Va.}, {@code Calif.}, {@code TX},
     * {@code B.C.}): a place only in an address pattern such as {@code Charleston, W.Va.}.
     */
    ABBREVIATION
}
