package org.dyad.core.actor;

import java.util.List;

/**
 * A common noun that names a role (troops -> MIL, ambassador -> GOV), which combines with a
 * country or organisation: {@code Afghan soldiers} -> AFGMIL.
 */
public record AgentEntry(List<String> words, String role, String source) {
    public AgentEntry {
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("an agent entry needs a phrase");
        }
        words = List.copyOf(words);
        if (role == null || !role.matches("([A-Z0-9]{3})+")) {
            throw new IllegalArgumentException("agent role '" + role + "' must be groups of three capitals, e.g. MIL");
        }
        if (source == null) {
            throw new IllegalArgumentException("an agent entry needs a source");
        }
    }
}
