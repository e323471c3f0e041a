package org.dyad.core.ontology;

import java.util.Optional;
import org.dyad.core.facts.Plover;

/** One CAMEO event code with its name, quad class, Goldstein score and PLOVER mapping. */
public record CameoEntry(String code, String name, int quadClass, double goldstein, Optional<Plover> plover) {
    public CameoEntry {
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("bad CAMEO code '" + code + "'");
        }
        if (quadClass < 0 || quadClass > 4) {
            throw new IllegalArgumentException("CAMEO " + code + ": quad class " + quadClass + " outside 0..4");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("CAMEO " + code + ": Goldstein " + goldstein + " outside -10..10");
        }
        name = name == null ? "" : name;
        plover = plover == null ? Optional.empty() : plover;
    }

    public String root() {
        return code.substring(0, 2);
    }
}
