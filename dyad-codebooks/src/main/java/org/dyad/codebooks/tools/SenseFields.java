package org.dyad.codebooks.tools;

import java.util.Map;
import java.util.Set;

/**
 * Which of WordNet's semantic fields of verbs (its lexicographer files) can hold an event of a
 * CAMEO root. A coded verb lends its code only through a sense of such a field: arrests, seizures
 * and blows are acts of contact or of society ("arrest", "seize", "punch"), not of thought
 * ("apprehend" first means "comprehend"), feeling, perception or state ("match" 190 first means
 * "be equal"). Read from the definitions of the CAMEO roots and the fields' descriptions in
 * WordNet's lexnames (docs/dictionaries.md, "Verbs derived from WordNet 3.1").
 */
final class SenseFields {
    private static final String SOCIAL = "verb.social";
    private static final String TALK = "verb.communication";
    private static final String FIGHT = "verb.competition";
    private static final String CONTACT = "verb.contact";
    private static final String HAVE = "verb.possession";
    private static final String MOVE = "verb.motion";

    private static final Map<String, Set<String>> BY_ROOT = Map.ofEntries(
            Map.entry("02", Set.of(SOCIAL, TALK)),              // appeal
            Map.entry("03", Set.of(SOCIAL, TALK)),              // express intent to cooperate
            Map.entry("04", Set.of(SOCIAL, TALK)),              // consult (a journey alone is no visit)
            Map.entry("05", Set.of(SOCIAL, TALK)),              // diplomatic cooperation
            Map.entry("06", Set.of(SOCIAL, HAVE)),              // material cooperation
            Map.entry("07", Set.of(SOCIAL, HAVE)),              // provide aid
            Map.entry("08", Set.of(SOCIAL, TALK, HAVE, MOVE)),  // yield: concede, return, withdraw
            Map.entry("09", Set.of(SOCIAL)),                    // investigate
            Map.entry("10", Set.of(SOCIAL, TALK)),              // demand
            Map.entry("11", Set.of(SOCIAL, TALK)),              // disapprove
            Map.entry("12", Set.of(SOCIAL, TALK)),              // reject
            Map.entry("13", Set.of(SOCIAL, TALK)),              // threaten
            Map.entry("14", Set.of(SOCIAL, TALK)),              // protest
            Map.entry("15", Set.of(SOCIAL, FIGHT, MOVE)),       // exhibit force posture
            Map.entry("16", Set.of(SOCIAL, TALK)),              // reduce relations
            Map.entry("17", Set.of(SOCIAL, FIGHT, CONTACT, HAVE)), // coerce: arrest, seize, confiscate
            Map.entry("18", Set.of(SOCIAL, FIGHT, CONTACT)),    // assault
            Map.entry("19", Set.of(SOCIAL, FIGHT, CONTACT)),    // fight
            Map.entry("20", Set.of(SOCIAL, FIGHT, CONTACT)));   // mass violence

    private SenseFields() {
    }

    /** Whether a verb sense of this lexicographer file can be an event of this CAMEO code's root. */
    static boolean holds(String lexFile, String code) {
        return code.length() >= 2 && BY_ROOT.getOrDefault(code.substring(0, 2), Set.of()).contains(lexFile);
    }
}
