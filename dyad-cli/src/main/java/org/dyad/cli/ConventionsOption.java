package org.dyad.cli;

import org.dyad.core.conventions.Conventions;

/**
 * The {@code --conventions plover|cameo} value of {@code dyad code} and {@code dyad eval}:
 * PLOVER's conventions (Dyad's default) or CAMEO's, which give PETRARCH-compatible output
 * (statements without a target, future actions as the action, unowned roles as {@code ---ROLE}).
 */
final class ConventionsOption {
    private ConventionsOption() {
    }

    /** The conventions {@code name} names, or {@code otherwise} when it is null. */
    static Conventions parse(String name, Conventions otherwise) {
        if (name == null) {
            return otherwise;
        }
        try {
            return Conventions.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--conventions must be plover or cameo, not '" + name + "'", e);
        }
    }

    /** {@code plover} or {@code cameo}. */
    static String label(Conventions conventions) {
        return conventions.name();
    }
}
