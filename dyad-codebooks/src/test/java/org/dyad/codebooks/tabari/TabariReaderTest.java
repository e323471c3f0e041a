package org.dyad.codebooks.tabari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.ActorEntry;
import org.junit.jupiter.api.Test;

/** The TABARI/PETRARCH dictionary formats, one mechanism per test. */
class TabariReaderTest {

    private static List<TabariActor> actors(String text) {
        return TabariReader.actors(new StringReader(text), "test.actors.txt").value();
    }

    @Test
    void an_actor_has_its_primary_phrase_synonyms_and_code() {
        List<TabariActor> read = actors("""
                UNITED_STATES  [USA]
                +USA
                +U.S.  #JW   9/12/91
                """);
        assertEquals(1, read.size());
        assertEquals(List.of("united states", "usa", "u.s."), read.get(0).phrases());
        assertEquals("USA", read.get(0).codes().get(0).code());
    }

    @Test
    void dated_codes_on_following_lines_read_before_between_and_after_with_or_without_spaces() {
        List<TabariActor> read = actors("""
                GOLLUM  # pas 27 Apr 03
                +SMEAGOL
                \t[HOB < 950601]
                \t[HOBGOV 19950601 - 19990815]
                #\t[950601-990815]  incorrect code block check 09.11.18
                \t[HOBREB >990816]
                \t[ORCHOB 20100109-20100112]
                """);
        List<TabariCode> codes = read.get(0).codes();
        assertEquals(List.of("gollum", "smeagol"), read.get(0).phrases());
        assertEquals(Optional.of(LocalDate.of(1995, 6, 1)), codes.get(0).to());
        assertEquals(Optional.of(LocalDate.of(1995, 6, 1)), codes.get(1).from());
        assertEquals(Optional.of(LocalDate.of(1999, 8, 15)), codes.get(1).to());
        assertEquals(Optional.of(LocalDate.of(1999, 8, 16)), codes.get(2).from());
        assertEquals(Optional.of(LocalDate.of(2010, 1, 12)), codes.get(3).to());
    }

    @Test
    void names_listed_without_codes_share_the_codes_below_them() {
        List<TabariActor> read = actors("""
                IVO_JOSIPOVIC_
                PRESIDENT_JOSIPOVIC_
                \t[HRVGOV >20120219]
                ZORAN_MILANOVIC_ [HRVGOV]
                """);
        assertEquals(2, read.size());
        assertEquals(List.of("ivo josipovic", "president josipovic"), read.get(0).phrases());
        assertEquals(List.of("zoran milanovic"), read.get(1).phrases());
    }

    @Test
    void html_comments_and_entries_without_codes_are_not_actors() {
        TabariResult<List<TabariActor>> read = TabariReader.actors(new StringReader("""
                <!-- ``FIRST LIGHT'' TEST SET -->
                <!--
                # a comment block
                # -->
                LONELY_NAME

                HAMAS [PSEREBHMS]
                """), "test.actors.txt");
        assertEquals(List.of("hamas"), read.value().get(0).phrases());
        assertEquals(1, read.value().size());
        assertEquals(1, read.issues().size(), read.issues().toString());
        assertTrue(read.issues().get(0).reason().contains("lonely name"));
    }

    @Test
    void a_bad_date_is_an_issue_naming_the_line_not_an_exception() {
        TabariResult<List<TabariActor>> read = TabariReader.actors(new StringReader("SOMEONE\n\t[USAGOV 1234567890-20100101]\n\t[USAELI]\n"),
                "test.actors.txt");
        assertEquals(1, read.value().get(0).codes().size());
        assertEquals(2, read.issues().get(0).line());
    }

    @Test
    void actor_dictionary_keeps_codes_of_three_letter_groups_and_picks_the_dated_code_for_the_date() {
        List<TabariIssue> issues = new ArrayList<>();
        ActorDictionary dict = TabariDictionaries.actorDictionary(actors("""
                SAM_GAMGEE [HOB]
                \t[HOBMIL 20080120-20121109]
                BOROMIR  [---]
                ITHILEN_TELEVISION  [ITHTV]
                """), "test", issues);
        assertEquals(2, issues.size(), issues.toString());
        Optional<ActorDictionary.Match> m = dict.longestMatch(List.of("sam", "gamgee"), List.of("sam", "gamgee"), 0,
                LocalDate.of(2010, 1, 1));
        assertEquals("HOBMIL", m.orElseThrow().entry().code().code());
        assertTrue(dict.entries().stream().map(ActorEntry::words).noneMatch(w -> w.contains("boromir")));
    }

    @Test
    void agents_expand_substitution_sets_and_plurals_and_accept_the_tilde_on_either_side() {
        TabariResult<List<TabariAgent>> read = TabariReader.agents(new StringReader("""
                !PERSON! = MAN, MEN, WOMAN, WOMEN
                CONGRESS!PERSON! [~LEG] # check for substitution marker
                GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]   # pas 16-Dec-2013
                HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
                POLICE {} [ ~COP]
                """), "test.agents.txt");
        List<TabariAgent> agents = read.value();
        assertEquals(List.of("congressman", "congressmen", "congresswoman", "congresswomen"), agents.get(0).phrases());
        assertEquals(List.of("golden goose", "golden geese"), agents.get(1).phrases());
        assertEquals("NGO", agents.get(2).role());
        assertTrue(agents.get(2).prefix(), "NGO~ is written before its owner's code");
        assertEquals("COP", agents.get(3).role());
        assertFalse(agents.get(3).prefix());
    }

    @Test
    void verbs_give_each_verb_of_a_block_its_default_and_the_block_patterns_on_the_head_word_with_reverse_codes() {
        List<TabariVerbPattern> read = TabariReader.verbs(new StringReader("""
                &NEGOTIATION
                +NEGOTIATION
                +DIALOGUE

                --- AGREE  [050]  ---
                AGREE
                CONCUR [051]
                - * (ON TRADE)   [0311]        # AGREE
                - * &NEGOTIATION [030:030]
                - % *  [050]
                +SIGN_UP  [057]
                """), "test.verbs.txt").value();
        List<String> lines = read.stream().map(TabariVerbPattern::dyadLine).toList();
        assertEquals(List.of(
                "agree\t-\t-\t-\t050",
                "concur\t-\t-\t-\t051",
                "agree\t-\tprep:on\ttrade\t0311",
                "concur\t-\tprep:on\ttrade\t0311",
                "agree\t-\tobj\tnegotiation,dialogue\t030:030",
                "concur\t-\tobj\tnegotiation,dialogue\t030:030",
                "agree\t-\tsubj\t@compound\t050",
                "concur\t-\tsubj\t@compound\t050",
                "sign\tup\t-\t-\t057"), lines);
    }

    @Test
    void longer_patterns_become_phrase_patterns_with_synonym_sets_as_alternatives() {
        TabariResult<List<TabariVerbPattern>> read = TabariReader.verbs(new StringReader("""
                &TIETYPES
                +MILITARY
                +ECONOMIC

                &REVOLT
                +REVOLUTION
                +REVOLUTIONARY MANIFESTO

                &ACCORDSYN
                +&TIETYPES
                +CLOSER

                &TESTSYN
                +(TO THE END)

                --- ABANDON  [345]  ---
                ABANDON
                - * {NEW &TIETYPES RELATIONS} [903]
                - * &REVOLT  [802]
                - * EID (AT ^) (WITH +) [017]
                - + * (FROM $)  [080]
                - * &ACCORDSYN TIES [057]
                - * FIGHT &TESTSYN [190]
                - RECENTLY *  [025]
                """), "test.verbs.txt");
        assertEquals(List.of(
                "abandon\t-\t-\t-\t345",
                "abandon\t-\tphrase\t* {new military|economic relations}\t903",
                "abandon\t-\tphrase\t* revolution|revolutionary_manifesto\t802",
                "abandon\t-\tphrase\t* eid (at ^) (with +)\t017",
                "abandon\t-\tphrase\t+ * (from $)\t080",
                "abandon\t-\tphrase\t* military|economic|closer ties\t057"),
                read.value().stream().map(TabariVerbPattern::dyadLine).toList());
        assertEquals(1, read.issues().size(), "the set holding only a group cannot be expressed");
        for (TabariVerbPattern p : read.value()) {
            p.toVerbPattern("test.verbs.txt"); // every line is a valid Dyad pattern
        }
    }

    @Test
    void a_comment_line_inside_a_synonym_set_does_not_end_it_and_an_empty_set_is_no_any_word_slot() {
        List<String> read = TabariReader.verbs(new StringReader("""
                &CURRENCY
                # some of these are probably already plural
                +DOLLAR
                +RUPEE

                &NOTHING

                --- PROMISE  [030]  ---
                PROMISE
                - * &CURRENCY [0331]
                - * &NOTHING [0332]
                - * AID [033]
                """), "test.verbs.txt").value().stream().map(TabariVerbPattern::dyadLine).toList();
        assertEquals(List.of(
                "promise\t-\t-\t-\t030",
                "promise\t-\tobj\tdollar,rupee\t0331",
                "promise\t-\tobj\taid\t033"), read);
    }

    @Test
    void verbs_stand_for_themselves_as_written_unless_another_verb_lists_them_as_its_form() {
        assertEquals(Set.of("find", "leave", "left", "rise", "risen"), TabariReader.writtenVerbs(new StringReader("""
                --- FIND  [---]  ---
                FIND {FINDS FOUND FINDING}
                --- FOUND  [060]  ---
                FOUND
                --- LEAVE  [012]  ---
                LEAVE
                - (ABLE TO) *  [012]
                --- LEFT  [040:040]  ---
                LEFT [040:040]
                --- RISEN  [---] ---
                RISE
                RISEN
                +SIGN_UP  [057]
                """), "test.verbs.txt"));
    }

    @Test
    void a_noun_group_right_before_the_verb_is_a_subject_slot_with_its_modifiers() {
        List<String> read = TabariReader.verbs(new StringReader("""
                --- RISEN  [---] ---
                RISEN
                - {DEATH TOLL} *  [190]
                - RECENTLY *  [025]
                """), "test.verbs.txt").value().stream().map(TabariVerbPattern::dyadLine).toList();
        assertEquals(List.of("risen\t-\t-\t-\t---", "risen\t-\tsubj\tdeath_toll\t190"), read);
    }

    @Test
    void a_block_coded_three_dashes_says_its_verbs_are_no_event() {
        List<TabariVerbPattern> read = TabariReader.verbs(new StringReader("--- BEGIN  [---]  ---\nBEGIN\n"),
                "test.verbs.txt").value();
        assertEquals(Optional.empty(), read.get(0).code());
        assertEquals("begin\t-\t-\t-\t---", read.get(0).dyadLine());
    }

    @Test
    void a_pattern_with_a_marker_instead_of_a_code_is_an_issue_not_a_no_event_pattern() {
        TabariResult<List<TabariVerbPattern>> read = TabariReader.verbs(new StringReader("""
                --- RESTORE  [050]  ---
                RESTORE
                - * {FXLL DIPLOMATIC}  [+++]
                - * TIES  [050]
                """), "test.verbs.txt");
        assertEquals(List.of("restore\t-\t-\t-\t050", "restore\t-\tobj\tties\t050"),
                read.value().stream().map(TabariVerbPattern::dyadLine).toList());
        assertEquals(3, read.issues().get(0).line());
    }

    @Test
    void discards_tell_story_from_sentence_phrases() {
        TabariDiscards d = TabariReader.discards(new StringReader("""
                # Story-level discards are indicated with a '+'.
                MONTHS LATER
                +World Golf Championships   # pas 26-Feb-2014
                BASEBALL
                """), "test.discards.txt").value();
        assertEquals(List.of("world golf championships"), d.storyPhrases());
        assertEquals(List.of("months later", "baseball"), d.sentencePhrases());
    }
}
