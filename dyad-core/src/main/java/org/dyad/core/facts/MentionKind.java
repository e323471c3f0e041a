package org.dyad.core.facts;

/** What kind of word a place mention is, so that users and the event locator can weigh or drop it. */
public enum MentionKind {
    /** A place name ({@code Kabul}, {@code Scott County}, {@code W.Va.} in {@code Charleston, W.Va.}). */
    TOPONYM,
    /**
     * A nationality adjective or a people's name that stands for its country or region
     * ({@code Russian}, {@code Israelis}, {@code European}); never where something happens.
     */
    DEMONYM
}
