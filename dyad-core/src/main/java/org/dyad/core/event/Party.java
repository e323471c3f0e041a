package org.dyad.core.event;

import java.util.Optional;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.EventActor;

/** A source or target of a reading: an actor of the actors layer, or an unnamed perpetrator the coder infers. */
record Party(EventActor actor, int headToken) {
    Party {
        if (actor == null || headToken < 0) {
            throw new IllegalArgumentException("a party needs an actor and a head token");
        }
    }

    static Party of(ActorMention m) {
        return new Party(EventActor.of(m), m.headToken());
    }

    ActorCode code() {
        return actor.code();
    }

    Optional<ActorMention.Antecedent> antecedent() {
        return actor.antecedent();
    }

    boolean isUnnamed() {
        return actor.basis() == ActorBasis.UNNAMED_PERPETRATOR;
    }
}
