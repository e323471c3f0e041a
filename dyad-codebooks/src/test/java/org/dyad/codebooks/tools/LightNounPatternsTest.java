package org.dyad.codebooks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LightNounPatternsTest {
    private static final List<String> REGENERATED = List.of(
            "open\t-\tphrase\t* way (for president|king)\t0812",
            "abandon\t-\tobj\trole\t160",
            "take\t-\tphrase\t* part (in conference)\t046:046",
            "take\t-\tphrase\t* part (in summit)\t046");

    @Test
    void a_light_noun_cut_from_a_longer_pattern_is_that_pattern_whole_and_a_genuine_one_word_pattern_stays() {
        CameoVerbImport.Result r = LightNounPatterns.restore(List.of(
                "open\t-\tobj\tway\t0812",
                "abandon\t-\tobj\trole\t160",
                "take\t-\tobj\tpart\t046",
                "take\t-\tobj\tsteps\t---",
                "take\t-\tobj\tdrone\t171",
                "take\t-\t-\t-\t171"), REGENERATED);
        assertEquals(List.of(
                "open\t-\tphrase\t* way (for president|king)\t0812",
                "abandon\t-\tobj\trole\t160",
                "take\t-\tphrase\t* part (in conference)\t046",
                "take\t-\tphrase\t* part (in summit)\t046",
                "take\t-\tobj\tsteps\t---",
                "take\t-\tobj\tdrone\t171",
                "take\t-\t-\t-\t171"), r.lines(),
                "a line saying no event, other words and defaults are left as they are");
    }
}
