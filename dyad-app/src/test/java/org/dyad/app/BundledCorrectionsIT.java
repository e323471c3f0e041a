package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dyad's corrections of readings that were false events on real news (dyad.verbs.tsv, dyad.nouns.tsv,
 * docs/evaluation.md "False positives on the demo sample"), checked through the engine as a user
 * runs it: CoreNLP's parse, the bundled codebooks, the coder. Each correction sits beside a
 * reading of the same verb that must still code.
 */
class BundledCorrectionsIT {
    private static Engine engine;

    @BeforeAll
    static void loadTheEngine() {
        engine = Engine.create(List.of());
    }

    /** "SOURCE CAMEO TARGET" of each event, in order. */
    private static List<String> events(String sentence) {
        return engine.process(Article.of("test", sentence)).events().stream()
                .map(BundledCorrectionsIT::triple).toList();
    }

    private static String triple(Event e) {
        return e.source().code() + " " + e.cameo() + " " + e.target().map(t -> t.code().code()).orElse("-");
    }

    @Test
    void the_dead_of_an_attack_are_not_its_perpetrators_while_the_killers_of_the_same_dead_are() {
        assertEquals(List.of(), events("Four Pakistani soldiers died in 2019."));
        assertEquals(List.of("PAKREB 190 PAKMIL"), events("Pakistani rebels killed four Pakistani soldiers."));
    }

    @Test
    void suing_a_party_is_a_lawsuit_not_an_arrest() {
        assertEquals(List.of("IRQ 115 TUR"), events("Iraq sued Turkey in court."));
    }

    @Test
    void taking_office_or_effect_seizes_nothing_while_taking_hostages_and_towns_still_does() {
        assertEquals(List.of(), events("Turkish President Recep Tayyip Erdogan took office in 2014."));
        assertEquals(List.of(), events("The new Iraqi law took effect on Monday."));
        assertEquals(List.of("IRQREB 181 TURCVL"), events("Iraqi militants took 20 Turkish engineers hostage on Monday."));
        assertEquals(List.of("RUSMIL 192 -"), events("Russian troops took the town of Avdiivka."));
    }

    @Test
    void tariffs_are_a_sanction_whichever_verb_brings_them() {
        assertEquals(List.of("CAN 163 USA"), events("Canada retaliated with tariffs on American goods."));
        assertEquals(List.of("CHN 163 USA"), events("China imposed tariffs on American soybeans."));
        assertEquals(List.of("ISR 190 PSEREBHMS"), events("Israel retaliated against Hamas on Sunday."),
                "retaliating with no named means stays an assault");
    }

    @Test
    void being_ripped_off_is_no_assault_but_ripping_apart_defences_is() {
        assertEquals(List.of(), events("Canadian officials said they had been ripped off by the United States."));
        assertEquals(List.of("RUSREB 180 UKR"), events("The Russian raiders ripped apart Ukrainian defences."));
    }

    @Test
    void giving_up_carrying_and_sending_signals_are_no_economic_aid_while_giving_money_is() {
        assertEquals(List.of("IRN 080 -"), events("Iran gave up its nuclear program."));
        assertEquals(List.of(), events("Iraqi militants carried weapons through Baghdad."));
        assertEquals(List.of("IRN 010 USA"), events("Iran sent a signal to the United States."));
        assertEquals(List.of(), events("Germany extended its efforts to help Ukraine."));
        assertEquals(List.of("JPN 071 LKA"), events("Japan gave money to Sri Lanka."));
    }

    @Test
    void disputing_a_fight_is_disapproval_not_a_demonstration() {
        assertEquals(List.of("PHL 110 -", "CHN 110 -"), events("The Philippines and China disputed the fight over the shoal."));
    }

    @Test
    void facing_off_or_facing_challenges_and_heading_somewhere_are_no_events() {
        assertEquals(List.of(), events("Chinese and Philippine ships faced off near the shoal."));
        assertEquals(List.of(), events("China faced challenges from the United States."));
        assertEquals(List.of(), events("The Ukrainian army rebels were heading toward the strait."));
    }

    @Test
    void engaging_in_something_is_that_thing_or_nothing_and_engaging_with_a_party_is_nothing() {
        assertEquals(List.of("SYRREB 190 SYRMIL"), events("Syrian rebels engaged in fighting with the Syrian army."));
        assertEquals(List.of(), events("Serbian nationalists engaged in secessionist activity."));
        assertEquals(List.of(), events("The United States engaged with Iran on Monday."));
    }

    @Test
    void meaning_and_determining_are_no_intention() {
        assertEquals(List.of(), events("Iran determined the cause of the crash."));
        assertEquals(List.of(), events("Russia meant no harm to Ukraine."));
    }

    @Test
    void a_series_of_airstrikes_is_the_airstrikes_and_an_unnamed_partys_need_is_no_demand() {
        assertEquals(List.of("SOMMIL 195 SOMREB"),
                events("Somali troops carried out a series of airstrikes against al-Shabab."));
        assertEquals(List.of(), events("Egypt said the agency needs a billion dollars."));
    }

    /** The CAMEO codes of a sentence's events. */
    private static List<String> codes(String sentence) {
        return engine.process(Article.of("test", sentence)).events().stream().map(Event::cameo).toList();
    }

    @Test
    void claiming_arguing_and_hoping_that_something_is_so_are_statements_while_claiming_responsibility_stays() {
        assertEquals(List.of(), codes("Pakistan's military claimed the attackers were in touch with planners in "
                + "Afghanistan.").stream().filter(c -> c.startsWith("11")).toList(), "no disapproval");
        assertEquals(List.of(), codes("Biden argued that Trump had failed Mexico.").stream()
                .filter(c -> c.startsWith("11")).toList(), "no disapproval");
        assertEquals(List.of(), codes("Rubio hopes Russia and Ukraine can agree to a ceasefire.").stream()
                .filter(c -> c.startsWith("02")).toList(), "no appeal");
        assertEquals(List.of("015"), codes("Al-Shabab claimed responsibility for the attack on the Somali army.")
                .stream().filter(c -> c.startsWith("01")).toList());
    }

    @Test
    void a_time_phrase_fills_no_slot_while_a_counted_time_an_ultimatum_names_still_does() {
        assertEquals(List.of(), codes("On Wednesday, French President Emmanuel Macron called Chinese subsidies "
                + "unbearable.").stream().filter(c -> c.startsWith("02")).toList(), "no appeal to Wednesday");
        assertEquals(List.of("139"), codes("Iraqi militants gave Turkish authorities 48 hours to comply.").stream()
                .filter(c -> c.startsWith("13")).toList());
    }

    @Test
    void taking_part_is_read_by_the_whole_pattern_not_a_cut_part() {
        assertEquals(List.of(), codes("Pakistani commandos took part in the ceremony in Kabul.").stream()
                .filter(c -> c.startsWith("14") || c.startsWith("06")).toList(),
                "a cut 'part' pattern made any taking part a protest or military cooperation");
    }
}
