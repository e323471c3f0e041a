package org.dyad.core.facts;

import java.util.regex.Pattern;

/**
 * A CAMEO-style actor code: a three-letter country or international code followed by zero or
 * more three-letter role codes, e.g. {@code CHNGOV}, {@code AFGREB}, {@code IGOUNO}. A role whose
 * country the text does not say ("a senior official said") has PETRARCH's unknown country
 * {@code ---} in front: {@code ---GOV}; GDELT writes such an actor as the bare role.
 */
public record ActorCode(String code) {
    /** The country part of an actor whose country is not known. */
    public static final String UNKNOWN_COUNTRY = "---";
    private static final Pattern SHAPE = Pattern.compile("---|(---)?([A-Z0-9]{3})+");
    /**
     * A party the text gives no country and no role for: a person no dictionary lists
     * ("Fernández said"), the implicit agent of a passive ("was arrested"). GDELT writes it as an
     * empty actor code.
     */
    public static final ActorCode UNKNOWN = new ActorCode(UNKNOWN_COUNTRY);

    public ActorCode {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("actor code '" + code
                    + "' must be one or more groups of three upper-case letters or digits, e.g. CHNGOV,"
                    + " or '---' and a role, e.g. ---GOV, or '---' alone for a party of no known country or role");
        }
    }

    /** A role of no known country: {@code ---GOV}. */
    public static ActorCode ofUnknownCountry(String role) {
        return new ActorCode(UNKNOWN_COUNTRY + role);
    }

    /**
     * The leading three letters: ISO 3166-1 alpha-3 for countries, IGO, NGO, WST and the like, or
     * {@link #UNKNOWN_COUNTRY}.
     */
    public String country() {
        return code.substring(0, 3);
    }

    /** Whether the code names a country or body; {@code ---GOV} does not. */
    public boolean knowsCountry() {
        return !code.startsWith(UNKNOWN_COUNTRY);
    }

    /** The first role after the country (GOV, MIL, REB, ...), or empty. */
    public String sector() {
        return code.length() >= 6 ? code.substring(3, 6) : "";
    }

    /** This code with {@code role} appended unless it already carries a role. */
    public ActorCode withSector(String role) {
        if (!sector().isEmpty() || role.isEmpty()) {
            return this;
        }
        return new ActorCode(code + role);
    }

    @Override
    public String toString() {
        return code;
    }
}
