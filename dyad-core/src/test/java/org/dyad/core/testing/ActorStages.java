package org.dyad.core.testing;

import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.actor.AgentDictionary;
import org.dyad.core.actor.ReferenceResolver;
import org.dyad.core.conventions.UnownedRoles;
import org.dyad.core.doc.Document;

/** The two actor stages as the engine runs them: named actors, then references. */
public final class ActorStages {
    private final ActorResolver names;
    private final ReferenceResolver references;

    public ActorStages(ActorDictionary actors, AgentDictionary agents) {
        this(actors, agents, UnownedRoles.LEFT_OUT);
    }

    public ActorStages(ActorDictionary actors, AgentDictionary agents, UnownedRoles unownedRoles) {
        this.names = new ActorResolver(actors, agents);
        this.references = new ReferenceResolver(actors, agents, unownedRoles);
    }

    public Document apply(Document doc) {
        return references.apply(names.apply(doc));
    }

    /** "CODE:text" of each actor of a hand-parsed table ({@link HandParsed}), modifiers left out, in text order. */
    public java.util.List<String> codes(String table) {
        return apply(HandParsed.document(table)).actors().stream().filter(m -> !m.isModifierOnly())
                .map(m -> m.code() + ":" + m.text()).toList();
    }
}
