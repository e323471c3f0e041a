package org.dyad.core.event;

/**
 * How the event coder reads an event noun of a given code, told to those outside the coder that
 * must agree with it (the fast path's triage), so that they read the coder's own rules instead of
 * copying its lists of roots.
 */
public final class NominalReadings {

    private NominalReadings() {
    }

    /**
     * Whether an event noun of this code is read as an event where it stands, with no predicate
     * ({@code StandingNouns}).
     */
    public static boolean standsAlone(String code) {
        return code.length() >= 2 && StandingNouns.STANDING_ROOTS.contains(code.substring(0, 2));
    }

    /**
     * Whether a standing event noun of this code is an event even when no one is named, its source
     * an unnamed perpetrator ({@code NominalParties}).
     */
    public static boolean mayHaveUnnamedSource(String code) {
        return code.length() >= 2 && NominalParties.VIOLENT_ROOTS.contains(code.substring(0, 2));
    }
}
