package org.dyad.core.event;

import java.util.Optional;
import java.util.Set;

/**
 * A slot pattern whose only words are light nouns ("way", "part", "step", "role", "place") names
 * no act of its own, so it does not pull a verb onto a far code: it may refine the verb's reading
 * within the CAMEO root of the verb's default, or say the reading is no event, but a code of
 * another root (or a code for a verb whose default is no event) is not read from it. The earlier
 * importer cut multi-word patterns to such heads ({@code - * PART (IN ...) [030]} became
 * {@code seize obj part 030}, {@code - * WAYS (TO ...) [014]} became {@code attack prep:with ways
 * 014}), and a user's file may hold the same. "Seized part of the city" is then read through the
 * measure's "of" noun or the verb's default; "denied any role" keeps {@code deny obj role 016},
 * of the verb's own root. Time words are {@link TimePhrases}' (a time phrase fills no coded slot).
 */
final class LightPatterns {
    /** Nouns that carry no act of their own (docs/dictionaries.md, "Light nouns, time phrases and reporting verbs"). */
    static final Set<String> LIGHT_NOUNS = Set.of("way", "ways", "step", "steps", "part", "parts", "role", "roles",
            "place", "places", "hand", "hands", "stand", "turn", "lead", "thing", "things", "stage", "kind", "sort");

    private LightPatterns() {
    }

    /** Whether {@code p} may code its slot: always, unless it is a light pattern with a far code. */
    static boolean mayCode(VerbDictionary verbs, VerbPattern p) {
        if (!isLight(p) || p.code().isEmpty() || p.code().get().equals(VerbPattern.NOUN_CODE)
                || p.code().get().equals(VerbPattern.ENDED_CODE)) {
            return true;
        }
        return defaultCode(verbs, p).map(d -> root(d).equals(root(p.code().get()))).orElse(false);
    }

    /** A slot pattern naming words, each of them a light noun. */
    static boolean isLight(VerbPattern p) {
        return p.slot() != VerbPattern.Slot.DEFAULT && p.slot() != VerbPattern.Slot.PHRASE && !p.words().isEmpty()
                && LIGHT_NOUNS.containsAll(p.words());
    }

    /** The code of the verb's default reading (its particle's, else the bare verb's); empty when it is no event. */
    private static Optional<String> defaultCode(VerbDictionary verbs, VerbPattern p) {
        for (String particle : p.particle().isEmpty() ? new String[] {""} : new String[] {p.particle(), ""}) {
            for (VerbPattern d : verbs.patterns(p.verb(), particle)) {
                if (d.slot() == VerbPattern.Slot.DEFAULT) {
                    return d.code();
                }
            }
        }
        return Optional.empty();
    }

    private static String root(String code) {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }
}
