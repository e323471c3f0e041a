package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** News media and platforms named as the channel of a report are no parties; acted on, or acting, they are. */
class MediaChannelsTest {
    private final ActorStages stages = new ActorStages(
            TinyCodebooks.actors("Palantir\tGONMED\torganization", "Ravenbook\tGONBUS\torganization",
                    "Aragorn\tARNGOV\tperson", "Saruman\tISEGOV\tperson"),
            TinyCodebooks.agents("official\tGOV"));

    @Test
    void a_medium_told_something_is_the_one_spoken_to_not_a_party() {
        // "he told VOA", "Rubio told VOA during a press gaggle" (VOA)
        assertEquals(List.of("ARNGOV:Aragorn"), stages.codes("""
                Aragorn NNP Aragorn 2 nsubj
                told VBD tell 0 root
                Palantir NNP Palantir 2 obj
                """));
    }

    @Test
    void a_medium_that_reports_or_is_cited_is_no_party() {
        // "According to AFP, other buildings ... are similarly close to collapse" (Wikinews)
        assertEquals(List.of("ARNGOV:Aragorn"), stages.codes("""
                According VBG according 3 case
                to IN to 1 fixed
                Palantir NNP Palantir 6 obl
                , , , 6 punct
                Aragorn NNP Aragorn 6 nsubj
                left VBD leave 0 root
                """));
        // "Reuters reported", "The Financial Times cited security officials" (VOA)
        assertEquals(List.of("ARNGOV:Aragorn"), stages.codes("""
                Palantir NNP Palantir 2 nsubj
                reported VBD report 0 root
                that IN that 5 mark
                Aragorn NNP Aragorn 5 nsubj
                left VBD leave 2 ccomp
                """));
    }

    @Test
    void a_report_noun_a_medium_modifies_is_the_media_s_not_a_party() {
        // "did not respond to a VOA inquiry", "ignored VOA requests for comment" (VOA)
        assertEquals(List.of("ARNGOV:Aragorn"), stages.codes("""
                Aragorn NNP Aragorn 2 nsubj
                ignored VBD ignore 0 root
                a DT a 5 det
                Palantir NNP Palantir 5 compound
                inquiry NN inquiry 2 obj
                """));
    }

    @Test
    void a_platform_something_was_said_on_is_where_not_who() {
        // "Congressman Andy Levin slammed Moise for the jailbreak on Twitter" (VOA)
        assertEquals(List.of("ARNGOV:Aragorn", "ISEGOV:Saruman"), stages.codes("""
                Aragorn NNP Aragorn 2 nsubj
                slammed VBD slam 0 root
                Saruman NNP Saruman 2 obj
                on IN on 5 case
                Ravenbook NNP Ravenbook 2 obl
                """));
    }

    @Test
    void a_medium_attacked_and_a_platform_that_acts_are_parties() {
        // "Trump also attacked The Wall Street Journal newspaper" (VOA)
        assertEquals(List.of("ARNGOV:Aragorn", "GONMED:Palantir"), stages.codes("""
                Aragorn NNP Aragorn 2 nsubj
                attacked VBD attack 0 root
                Palantir NNP Palantir 2 obj
                """));
        assertEquals(List.of("GONBUS:Ravenbook", "ARNGOV:Aragorn"), stages.codes("""
                Ravenbook NNP Ravenbook 2 nsubj
                suspended VBD suspend 0 root
                Aragorn NNP Aragorn 2 obj
                """));
    }
}
