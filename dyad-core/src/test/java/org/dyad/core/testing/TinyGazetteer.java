package org.dyad.core.testing;

import org.dyad.core.facts.Place;
import org.dyad.core.geo.MemoryGazetteer;
import org.dyad.core.geo.PlaceResolver;

/** A place resolver over a few real places, so that coder tests have a places layer as the engine gives them. */
public final class TinyGazetteer {
    public static final Place AFGHANISTAN = new Place(-1, "Afghanistan", "AFG", "", 33.9, 67.7, "A", "PCLI", 38_000_000);
    public static final Place KABUL = new Place(1138958, "Kabul", "AFG", "Kabul", 34.53, 69.17, "P", "PPLC", 3_043_532);
    public static final Place IRAQ = new Place(-2, "Iraq", "IRQ", "", 33.0, 43.7, "A", "PCLI", 40_000_000);
    public static final Place SAMARRA = new Place(91597, "Samarra", "IRQ", "Salah ad Din", 34.19, 43.87, "P", "PPLA2",
            158_508);

    private TinyGazetteer() {
    }

    /** Resolves Afghanistan, Kabul, Iraq and Samarra. */
    public static PlaceResolver places() {
        return new PlaceResolver(MemoryGazetteer.builder().add(AFGHANISTAN).add(KABUL).add(IRAQ).add(SAMARRA).build(),
                PlaceResolver.Options.DEFAULT);
    }
}
