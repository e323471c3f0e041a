package org.dyad.store;

import java.util.OptionalLong;

/** Numbers an event report gives: people killed, injured, arrested, taking part (PLOVER's size fields). */
public record EventQuantities(OptionalLong dead, OptionalLong injured, OptionalLong arrested,
        OptionalLong participants) {
    private static final EventQuantities NONE = new EventQuantities(OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty());

    public EventQuantities {
        dead = check("dead", dead);
        injured = check("injured", injured);
        arrested = check("arrested", arrested);
        participants = check("participants", participants);
    }

    private static OptionalLong check(String what, OptionalLong n) {
        if (n == null) {
            return OptionalLong.empty();
        }
        if (n.isPresent() && n.getAsLong() < 0) {
            throw new IllegalArgumentException(what + " cannot be negative: " + n.getAsLong());
        }
        return n;
    }

    public static EventQuantities none() {
        return NONE;
    }

    /** The coder's quantities by what they count: killed, injured, arrested, taking part. */
    public static EventQuantities from(java.util.List<org.dyad.core.facts.Quantity> quantities) {
        OptionalLong dead = OptionalLong.empty();
        OptionalLong injured = OptionalLong.empty();
        OptionalLong arrested = OptionalLong.empty();
        OptionalLong participants = OptionalLong.empty();
        for (org.dyad.core.facts.Quantity q : quantities) {
            switch (q.what()) {
                case "dead", "deaths", "killed", "bodies", "fatalities", "casualties" -> dead = OptionalLong.of(q.value());
                case "injured", "wounded", "injuries" -> injured = OptionalLong.of(q.value());
                case "arrested", "detained", "detainees", "arrests", "prisoners" -> arrested = OptionalLong.of(q.value());
                case "troops", "soldiers", "protesters", "demonstrators", "people", "participants", "fighters",
                        "police", "officers", "marchers" -> participants = OptionalLong.of(q.value());
                default -> {
                }
            }
        }
        return new EventQuantities(dead, injured, arrested, participants);
    }
}
