package org.dyad.core.event;

import java.util.Set;
import org.dyad.core.conventions.Conventions;

/**
 * PLOVER's AGREE is an agreement with, or a promise to, another party: "agree to, offer, promise,
 * or otherwise indicate willingness or commitment to cooperate" (PLOVER manual, AGREE). A generic
 * intent (CAMEO root 03: the default of plan, intend, decide) with no other party in its dyads
 * ("he intended to isolate for ten days", "a rally Trump planned", "he planned to announce his
 * choice") promises nothing to anyone, so under PLOVER's conventions it is no event; a specific
 * intent (to meet, to a ceasefire) is cooperative content and stands. CAMEO's
 * conventions code it as PETRARCH does.
 */
final class PartnerlessIntents {
    /**
     * CAMEO's generic intents: "express intent to cooperate", not specified. A specific intent
     * (036 to meet, 0356 to a ceasefire) names cooperative content and stands without a named
     * partner ("Ukraine had agreed to a 30-day ceasefire", "to meet with other African leaders").
     */
    private static final Set<String> GENERIC_INTENTS = Set.of("03", "030");

    private final boolean needsPartner;

    PartnerlessIntents(Conventions conventions) {
        this.needsPartner = conventions.unrealizedAsIntent();
    }

    /** False for a generic intent that names no other party, under PLOVER's conventions. */
    boolean stands(Reading r) {
        return !(needsPartner && GENERIC_INTENTS.contains(r.entry().code()) && !r.hasPartner() && !r.joint());
    }
}
