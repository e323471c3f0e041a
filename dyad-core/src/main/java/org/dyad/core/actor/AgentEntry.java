package org.dyad.core.actor;

import java.util.List;

import org.dyad.core.facts.ActorCode;
/**
 * A common noun that names a role (troops -> MIL, ambassador -> GOV), which combines with a
 * country or organisation: {@code Afghan soldiers} -> AFGMIL. A prefix role is written before its
 * owner's code, as CAMEO writes bodies above countries: {@code Nigerian peacekeeping troops} ->
 * IGONGA, {@code MSF Arnor} -> NGOARN.
 */
public record AgentEntry(List<String> words, String role, boolean prefix, String source) {
    /** A role written after its owner's code, the usual kind. */
    public AgentEntry(List<String> words, String role, String source) {
        this(words, role, false, source);
    }

    /** The code of this role held by {@code owner}. */
    public ActorCode of(ActorCode owner) {
        if (prefix) {
            return owner.code().startsWith(role) ? owner : new ActorCode(role + owner.code());
        }
        return owner.withSector(role);
    }

    /** The code of this role when nothing names its owner: {@code ---GOV}, or a prefix role alone (IGO). */
    public ActorCode ownerless() {
        return prefix ? new ActorCode(role) : ActorCode.ofUnknownCountry(role);
    }

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
