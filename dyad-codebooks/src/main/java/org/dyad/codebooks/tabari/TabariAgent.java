package org.dyad.codebooks.tabari;

import java.util.List;

/**
 * One entry of a TABARI agent dictionary: a role noun, its explicit plurals and the substitution
 * sets expanded ({@code CONGRESS!PERSON!} gives congressman, congresswoman, ...), and its role.
 *
 * @param role the code after (or, for {@code [NGO~]}, before) the tilde
 * @param prefix whether the role is written before its owner's code ({@code [NGO~]})
 */
public record TabariAgent(List<String> phrases, String role, boolean prefix, int line) {
    public TabariAgent {
        phrases = List.copyOf(phrases);
        if (phrases.isEmpty() || role == null || role.isEmpty()) {
            throw new IllegalArgumentException("an agent entry needs a phrase and a role");
        }
    }
}
