package org.dyad.core.facts;

import java.util.Set;

/** What kind of party an actor is: a state, a non-state group, an intergovernmental body, a person, a region. */
public enum PartyKind {
    /** A country, its government or one of its state institutions. */
    STATE,
    /** A non-state organisation: an armed or opposition group, a party, an NGO, a company, a people. */
    GROUP,
    /** An intergovernmental organisation: the UN, NATO, the African Union. */
    IGO,
    /** A named person. */
    PERSON,
    /** A region or bloc: the West, Europe. */
    REGION,
    /** A party whose country the text does not give ({@code ---GOV}). */
    UNKNOWN;

    /** CAMEO's country-position codes of non-state organisations. */
    private static final Set<String> GROUP_PREFIXES = Set.of("NGO", "IMG", "MNC", "UIS", "INT");
    /** CAMEO's sectors of non-state parties: rebels, insurgents, opposition, unidentified forces, separatists, radicals. */
    private static final Set<String> GROUP_SECTORS = Set.of("REB", "INS", "OPP", "UAF", "SEP", "RAD");

    /** The kind a code alone tells: {@code IGOUNO} an IGO, {@code AFGREB} a group, {@code RUSGOV} a state. */
    public static PartyKind of(ActorCode code) {
        if (!code.knowsCountry()) {
            return UNKNOWN;
        }
        String country = code.country();
        if (country.equals("IGO")) {
            return IGO;
        }
        if (country.equals("WST")) {
            return REGION;
        }
        if (GROUP_PREFIXES.contains(country) || GROUP_SECTORS.contains(code.sector())) {
            return GROUP;
        }
        return STATE;
    }

    /** True for CAMEO's sectors of non-state parties: {@code REB INS OPP UAF SEP RAD}. */
    public static boolean isNonStateSector(String sector) {
        return GROUP_SECTORS.contains(sector);
    }

    /** True for organisations that "the group" or "the organisation" can refer back to. */
    public boolean isOrganisation() {
        return this == GROUP || this == IGO;
    }
}
