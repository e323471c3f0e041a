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
}
