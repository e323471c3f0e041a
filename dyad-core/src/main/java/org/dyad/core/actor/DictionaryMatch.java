package org.dyad.core.actor;

/** A dictionary match over tokens {@code [first, end)} with its head: an actor entry or an agent (role) entry. */
record DictionaryMatch(int first, int end, int head, ActorEntry actor, AgentEntry agent) {
    DictionaryMatch {
        if ((actor == null) == (agent == null)) {
            throw new IllegalArgumentException("a dictionary match is an actor or an agent, not both or neither");
        }
    }

    boolean isActor() {
        return actor != null;
    }

    /** The role words, for audit rules: "ambassador", "border police". */
    String agentWords() {
        return String.join(" ", agent.words());
    }

    /** The actor's phrase, for audit rules: "russia". */
    String actorWords() {
        return String.join(" ", actor.words());
    }
}
