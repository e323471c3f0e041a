package org.dyad.codebooks;

import static org.dyad.codebooks.BundledActors.code;
import static org.dyad.codebooks.BundledActors.day;
import static org.dyad.codebooks.BundledActors.entryAt;
import static org.dyad.codebooks.BundledActors.wholeCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.dyad.core.actor.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the bundled actor dictionaries say about seats of government, organisations and groups. */
class ActorSpecificationTest {
    private static final LocalDate MID_2025 = day("2025-06-01");

    @Test
    void the_kremlin_stands_for_the_russian_government() {
        var kremlin = entryAt("The Kremlin said", 1, MID_2025).orElseThrow();
        assertEquals("RUSGOV", kremlin.code().code());
        assertEquals(ActorKind.CAPITAL, kremlin.kind());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Beijing          | CHN
            Moscow           | RUS
            Kyiv             | UKR
            White House      | USAGOV
            Downing Street   | GBRGOV
            Elysee           | FRAGOV
            Élysée           | FRAGOV
            Zhongnanhai      | CHNGOV
            Blue House       | KORGOV
            Casa Rosada      | ARGGOV
            Port-au-Prince   | HTI
            Naypyidaw        | MMR
            Ramallah         | PSE
            """)
    void capitals_and_seats_of_government_stand_for_the_government(String phrase, String code) {
        var e = entryAt(phrase, 0, MID_2025).orElseThrow();
        assertEquals(code, e.code().code());
        assertEquals(ActorKind.CAPITAL, e.kind(), "the resolver adds GOV to a capital's country code");
    }

    @Test
    void the_pentagon_is_the_us_military_and_capitol_hill_the_congress() {
        assertEquals("USAMIL", code("Pentagon", MID_2025));
        assertEquals("USALEG", code("Capitol Hill", MID_2025));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            United Nations                      | IGOUNO
            UN Security Council                 | IGOUNO
            NATO                                | IGOWSTNAT
            Nato                                | IGOWSTNAT
            European Union                      | IGOEUREEC
            EU                                  | IGOEUREEC
            European Commission                 | IGOEUREEC
            African Union                       | IGOAFRAFU
            AU                                  | IGOAFRAFU
            ASEAN                               | IGOSEAASN
            OPEC                                | IGOOPC
            Shanghai Cooperation Organisation   | IGOCAS
            SCO                                 | IGOCAS
            CSTO                                | IGOCASCST
            Collective Security Treaty Organization | IGOCASCST
            G7                                  | IGOGOS
            G-7                                 | IGOGOS
            G20                                 | IGOGTW
            BRICS                               | IGOBRC
            ECOWAS                              | IGOWAFWAS
            IGAD                                | IGODEVIAD
            UNHCR                               | IGOUNOREFHCR
            UNRWA                               | IGOUNOREFRWA
            WFP                                 | IGOUNOWFP
            World Health Organization           | IGOUNOHLHWHO
            IAEA                                | IGOUNOIAE
            International Criminal Court        | IGOJUDICC
            OSCE                                | IGOEURSCE
            Gulf Cooperation Council            | IGOMEAGCC
            WTO                                 | IGOBUSWTO
            """)
    void international_organisations_resolve_to_their_codes(String phrase, String code) {
        assertEquals(code, wholeCode(phrase, MID_2025));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Taliban                             | AFGREB
            Islamic State                       | IMGMUSISI
            ISIS                                | IMGMUSISI
            ISIL                                | IMGMUSISI
            Daesh                               | IMGMUSISI
            al-Shabab                           | SOMREB
            al-Shabaab                          | SOMREB
            Hamas                               | PSEREBHMS
            Hezbollah                           | LBNREB
            Syrian Democratic Forces            | SYRREB
            SDF                                 | SYRREB
            Houthis                             | YEMREB
            Ansar Allah                         | YEMREB
            Wagner Group                        | RUSUAF
            M23                                 | CODREB
            JNIM                                | MLIREBALQ
            ISWAP                               | NGAREBISI
            TTP                                 | PAKREB
            Tehrik-i-Taliban Pakistan           | PAKREB
            ISIS-K                              | AFGREBISI
            Islamic State Khorasan Province     | AFGREBISI
            Boko Haram                          | NGAREB
            IRGC                                | IRNMIL
            """)
    void armed_groups_resolve_to_their_codes(String phrase, String code) {
        assertEquals(code, wholeCode(phrase, MID_2025));
    }

    @Test
    void the_taliban_stay_afgreb_after_taking_kabul_as_the_seed_article_codes_them() {
        assertEquals("AFGREB", code("Taliban", day("2021-08-20")));
        assertEquals("AFGREB", code("Taliban", null));
    }

    @Test
    void hts_is_a_rebel_group_until_it_takes_damascus_then_the_government() {
        assertEquals("SYRREB", code("HTS", day("2020-03-01")));
        assertEquals("SYRGOV", code("Hayat Tahrir al-Sham", day("2025-01-10")));
        assertEquals("SYRREB", code("HTS", null), "undated text gets the group's standing code");
    }

    @Test
    void the_rapid_support_forces_turned_on_the_army_in_april_2023() {
        assertEquals("SDNMIL", code("Rapid Support Forces", day("2021-10-25")));
        assertEquals("SDNREB", code("Rapid Support Forces", day("2023-04-15")));
    }

    @Test
    void ansar_allah_is_yemens_houthi_movement_not_a_lebanese_group() {
        assertEquals("YEM", code("Ansar Allah", MID_2025).substring(0, 3));
    }

    @Test
    void sdf_in_japanese_news_is_spelled_out_first_and_the_longer_name_wins() {
        assertEquals("JPNMIL", code("Japan Self-Defense Forces", MID_2025));
    }

    @Test
    void is_alone_is_no_actor_because_is_starts_questions() {
        assertEquals("", code("Is", MID_2025));
        assertEquals("", code("IS", MID_2025));
    }

    @Test
    void who_alone_is_no_actor_because_who_starts_questions() {
        assertNotEquals("IGOUNOHLHWHO", code("WHO", MID_2025));
    }
}
