package org.dyad.core.ontology;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * CAMEO codes that are each other's negation: in PETRARCH's coding ontology Disapprove (110) is
 * "not" diplomatic cooperation (050), Coerce (170) "not" a signed agreement (057), the Reject
 * codes (12x) "not" material cooperation or yielding. A CAMEO coder reads "did not clash over"
 * (110 negated) as 050. The relation goes both ways.
 *
 * <p>The {@code dyad-negations/1} format: one pair per line, a code, a tab, the code that is its
 * negation (docs/dictionaries.md).
 */
public final class CameoNegations {
    public static final String FORMAT = "dyad-negations/1";

    private final Map<String, String> partners;
    private final String version;

    private CameoNegations(Map<String, String> partners, String version) {
        this.partners = Map.copyOf(partners);
        this.version = version;
    }

    /** No code has a negation: a negated event stays negated. */
    public static CameoNegations none() {
        return new CameoNegations(Map.of(), "none");
    }

    /**
     * Reads a {@code dyad-negations/1} file.
     *
     * @throws DictionaryFormatException on a line that is not two codes, or a code paired twice
     */
    public static CameoNegations read(DictionaryReader.Parsed parsed, String name) {
        if (!parsed.format().equals(FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + FORMAT + "'");
        }
        Map<String, String> partners = new HashMap<>();
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != 2 || !f[0].trim().matches("\\d{2,4}") || !f[1].trim().matches("\\d{2,4}")) {
                throw new DictionaryFormatException(name, line.number(),
                        "expected two tab-separated CAMEO codes (a code and its negation), e.g. '050<TAB>110'");
            }
            String a = f[0].trim();
            String b = f[1].trim();
            for (String[] pair : new String[][] {{a, b}, {b, a}}) {
                String before = partners.putIfAbsent(pair[0], pair[1]);
                if (before != null && !before.equals(pair[1])) {
                    throw new DictionaryFormatException(name, line.number(), "code " + pair[0]
                            + " is already the negation of " + before + "; a code has one negation");
                }
            }
        }
        return new CameoNegations(partners, name + "@" + parsed.version());
    }

    /** The code that says {@code code} did not happen, if the ontology defines one. */
    public Optional<String> negation(String code) {
        return Optional.ofNullable(partners.get(code));
    }

    public String version() {
        return version;
    }
}
