package org.dyad.core.actor;

/** What a dictionary phrase names; resolution treats each kind a little differently. */
public enum ActorKind {
    /** A country name or short form. */
    COUNTRY,
    /** A nationality adjective or demonym: Afghan, Chinese. */
    ADJECTIVE,
    /** A capital or seat of government standing for the government: Beijing, the Kremlin. */
    CAPITAL,
    /** A place inside a country: a province or city. */
    PLACE,
    /** An organisation, group, institution or party. */
    ORGANIZATION,
    /** A named person. */
    PERSON,
    /** A region or bloc: the West, Europe. */
    REGION;

    public static ActorKind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
