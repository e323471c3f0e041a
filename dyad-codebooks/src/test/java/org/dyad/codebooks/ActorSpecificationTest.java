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

/** What the bundled actor dictionaries say about seats of government, groups and leaders. */
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
            European Community                  | IGOEUREEC
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
            IGAD                                | IGOEAFDEVIAD
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
            Baloch Liberation Army              | PAKREB
            BLA                                 | PAKREB
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
    void unita_is_angolas_rebel_movement_until_the_2002_ceasefire_then_its_opposition() {
        assertEquals("AGOREB", code("UNITA", day("1996-05-01")));
        assertEquals("AGOOPP", code("UNITA", day("2022-08-24")));
        assertEquals("AGOREB", code("National Union for the Total Independence of Angola", null));
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
    void zelensky_is_ukraines_government_from_2019() {
        assertEquals("UKRELI", code("Zelensky", day("2018-12-31")));
        assertEquals("UKRGOV", code("Zelensky", day("2019-05-20")));
        assertEquals("UKRGOV", code("Volodymyr Zelenskyy", MID_2025));
        assertEquals("UKRGOV", code("Zelenskiy", null), "with no date, the office he holds now");
    }

    @Test
    void trump_is_government_in_both_terms_and_elite_between_them() {
        assertEquals("USAELI", code("Donald Trump", day("2016-11-08")));
        assertEquals("USAGOV", code("Donald Trump", day("2017-01-20")));
        assertEquals("USAELI", code("Trump", day("2023-06-01")));
        assertEquals("USAGOV", code("Trump", day("2025-01-20")));
        assertEquals("USAGOV", code("Trump", null));
    }

    @Test
    void biden_is_government_as_vice_president_and_president_and_elite_after() {
        assertEquals("USAGOV", code("Joe Biden", day("2012-01-01")));
        assertEquals("USAELI", code("Biden", day("2018-01-01")));
        assertEquals("USAGOV", code("Biden", day("2022-01-01")));
        assertEquals("USAELI", code("Biden", day("2025-02-01")));
        assertEquals("USAELI", code("Biden", null));
    }

    @Test
    void prime_minister_mohammed_shia_al_sudani_is_iraqs_government() {
        String text = "Prime Minister Mohammed Shia al-Sudani";
        assertEquals("GOV", BundledActors.role(text, "minister"), "the title is a government role");
        assertEquals("IRQGOV", entryAt(text, 2, day("2023-03-01")).orElseThrow().code().code());
        assertEquals("IRQGOV", code("al-Sudani", day("2024-01-01")));
        assertEquals("IRQELI", code("Mohammed Shia al-Sudani", day("2021-01-01")));
    }

    @Test
    void starmer_led_the_opposition_before_becoming_prime_minister() {
        assertEquals("GBROPP", code("Keir Starmer", day("2022-01-01")));
        assertEquals("GBRGOV", code("Starmer", day("2024-07-05")));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Olaf Scholz          | 2023-01-01 | DEUGOV
            Friedrich Merz       | 2023-01-01 | DEUOPP
            Merz                 | 2025-05-06 | DEUGOV
            Emmanuel Macron      | 2024-01-01 | FRAGOV
            Narendra Modi        | 2013-01-01 | INDELI
            Modi                 | 2020-01-01 | INDGOV
            Abdel Fattah al-Sisi | 2013-07-03 | EGYGOVMIL
            el-Sisi              | 2020-01-01 | EGYGOV
            Vladimir Putin       | 2010-01-01 | RUSGOV
            Xi Jinping           | 2020-01-01 | CHNGOV
            Bashar al-Assad      | 2020-01-01 | SYRGOV
            Assad                | 2025-03-01 | SYRELI
            Ahmed al-Sharaa      | 2024-06-01 | SYRREB
            Abu Mohammed al-Jolani | 2025-02-01 | SYRGOV
            Hemedti              | 2024-01-01 | SDNREB
            Antonio Guterres     | 2020-01-01 | IGOUNO
            Mark Rutte           | 2020-01-01 | NLDGOV
            Mark Rutte           | 2025-01-01 | IGOWSTNAT
            Ursula von der Leyen | 2022-01-01 | IGOEUREEC
            Benjamin Netanyahu   | 2022-01-01 | ISROPP
            Netanyahu            | 2024-01-01 | ISRGOV
            King Abdullah        | 2020-01-01 | JORGOV
            Mario Draghi         | 2015-01-01 | IGOEURBUSECB
            Mark Carney          | 2015-01-01 | GBRGOVBUS
            Mark Carney          | 2025-06-01 | CANGOV
            Antonio Guterres     | 2000-01-01 | PRTGOV
            """)
    void leaders_hold_the_code_of_the_office_they_held_on_the_articles_date(String name, String date, String code) {
        assertEquals(code, code(name, day(date)));
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
