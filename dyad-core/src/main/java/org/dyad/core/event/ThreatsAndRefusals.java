package org.dyad.core.event;

import java.util.Map;
import java.util.Optional;

/**
 * PLOVER's reading of what is not yet done. As promised cooperation is an agreement (CAMEO 03x,
 * in {@link EventCoder}), announced or planned conflict is a threat, and cooperation refused for
 * the future ("will not accept refugees") is a rejection. The codes follow CAMEO's parallel
 * structure: sanctions (163) are threatened as 1312, a curfew (1723) as 1323, an attack as 138x.
 */
final class ThreatsAndRefusals {
    private static final Map<String, String> THREAT_BY_CODE = Map.ofEntries(Map.entry("160", "1313"),
            Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("1621", "1311"), Map.entry("1622", "1311"),
            Map.entry("1623", "1311"), Map.entry("163", "1312"), Map.entry("164", "134"), Map.entry("165", "135"),
            Map.entry("166", "136"), Map.entry("172", "132"), Map.entry("1721", "1321"), Map.entry("1722", "1322"),
            Map.entry("1723", "1323"), Map.entry("1724", "1324"), Map.entry("175", "137"), Map.entry("191", "1381"),
            Map.entry("192", "1382"));
    private static final Map<String, String> THREAT_BY_ROOT = Map.of("14", "133", "16", "1313", "17", "130",
            "18", "1383", "19", "1384", "20", "1385");
    private static final Map<String, String> REFUSAL_BY_ROOT = Map.of("03", "120", "04", "125", "05", "120",
            "06", "121", "07", "122", "08", "124");

    private ThreatsAndRefusals() {
    }

    /** The threat of an act of protest, sanction, coercion or force with this code. */
    static Optional<String> threat(String code) {
        String exact = THREAT_BY_CODE.get(code);
        return Optional.ofNullable(exact != null ? exact : THREAT_BY_ROOT.get(code.substring(0, 2)));
    }

    /** The rejection of cooperation with this code. */
    static Optional<String> refusal(String code) {
        return Optional.ofNullable(REFUSAL_BY_ROOT.get(code.substring(0, 2)));
    }
}
