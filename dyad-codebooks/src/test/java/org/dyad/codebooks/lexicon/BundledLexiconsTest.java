package org.dyad.codebooks.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.pipeline.TextRepairStage;
import org.dyad.core.text.Lexicon;
import org.dyad.core.text.RepairChains;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledLexiconsTest {
    private static BundledLexicons data;

    @BeforeAll
    static void load() {
        data = BundledLexicons.load();
    }

    @Test
    void loads_the_whole_word_list_and_frequency_table() {
        assertEquals(274_137 + 78_333, data.englishWordCount());
        assertTrue(data.englishWords().contains("Yangon"));
        assertEquals(74_286, data.frequencies().size());
        assertTrue(data.englishWords().contains("Detaining"));
        assertFalse(data.englishWords().contains("aining"));
        assertTrue(data.frequencies().count("attacks") > 10 * data.frequencies().count("tacks"));
    }

    @Test
    void each_load_gives_its_own_data() {
        assertNotSame(data.englishWords(), BundledLexicons.load().englishWords());
    }

    @Test
    void repairs_the_seed_articles_broken_words_with_the_bundled_data_and_a_gazetteer() {
        // The caller supplies place and actor names; the word list and counts do the rest.
        Lexicon gazetteer = Lexicon.of(List.of("Uzbekistan", "Afghanistan", "Kabul", "Taliban"));
        TextRepairStage stage = new TextRepairStage(RepairChains.standard(data.englishWords().or(gazetteer), data.frequencies()));
        assertEquals("The Taliban\u2019s dramatic sweep", stage.repair("The T-aliban\u2019s dramatic sweep").text());
        assertEquals("Refugee flows into Central Asia and beyond are likely to be a major issue moving forward "
                + "and Uzbekistan has shown how it will defend its borders, detaining fleeing Afghan soldiers",
                stage.repair("Refugee flows into Cen-tral Asia and beyond are likely to be a major issue moving "
                        + "forward and Uz-bekistan has shown how it will defend its borders, det-aining fleeing "
                        + "Afghan soldiers").text());
        assertEquals("Russia\u2019s ambassador to Afghanistan has already met with the Taliban since they took Kabul",
                stage.repair("Russia\u2019s ambassador to Afghanistan has already m-et with the Taliban since "
                        + "th-ey took Kabul").text());
    }

    @Test
    void keeps_real_compounds_and_names_with_the_bundled_data() {
        TextRepairStage stage = new TextRepairStage(RepairChains.standard(data.englishWords(), data.frequencies()));
        String text = "Bashar al-Assad, U.S.-backed forces, conflict-ridden regions, a five-year plan, the "
                + "co-founder, his re-election, Kurdish-led fighters, Hayat Tahrir al-Sham, Zapad/ Interaction "
                + "2021, a military build-up, a cease-fire, second-hand cars, hard-core fighters, re-elect";
        assertEquals(text, stage.repair(text).text());
    }

    @Test
    void joins_both_word_splits_by_frequency_with_the_bundled_data() {
        TextRepairStage stage = new TextRepairStage(RepairChains.standard(data.englishWords(), data.frequencies()));
        assertEquals("the dead, new attacks, great powers, to respond, regarding",
                stage.repair("the de-ad, new at-tacks, great pow-ers, to re-spond, re-garding").text());
    }
}
