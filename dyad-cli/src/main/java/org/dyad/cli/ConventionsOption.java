package org.dyad.cli;

import java.util.Locale;
import org.dyad.core.event.EventCoder;

/**
 * The {@code --conventions plover|cameo} value of {@code dyad code} and {@code dyad eval}:
 * PLOVER's conventions (Dyad's default) or CAMEO's, which give PETRARCH-compatible output
 * (statements without a target, future actions as the action, unowned roles as {@code ---ROLE}).
 */
final class ConventionsOption {
    private ConventionsOption() {
    }

    /** The conventions {@code name} names, or {@code otherwise} when it is null. */
    static EventCoder.Conventions parse(String name, EventCoder.Conventions otherwise) {
        if (name == null) {
            return otherwise;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "plover" -> EventCoder.Conventions.PLOVER;
            case "cameo" -> EventCoder.Conventions.CAMEO;
            default -> throw new IllegalArgumentException("--conventions must be plover or cameo, not '" + name + "'");
        };
    }

    /** {@code plover}, {@code cameo}, or {@code custom} for other conventions. */
    static String label(EventCoder.Conventions conventions) {
        return conventions.equals(EventCoder.Conventions.PLOVER) ? "plover"
                : conventions.equals(EventCoder.Conventions.CAMEO) ? "cameo" : "custom";
    }
}
