package org.dyad.core.text;

import java.util.List;
import java.util.Set;

/**
 * The standard text repair chain, in the order the steps must run.
 *
 * <pre>{@code
 * BundledLexicons data = BundledLexicons.load();            // dyad-codebooks
 * List<TextRepair> chain = RepairChains.standard(
 *         data.englishWords().or(actorAndPlaceNames), data.frequencies());
 * RepairedText clean = new TextRepairStage(chain).repair(rawArticle);   // org.dyad.core.pipeline
 * }</pre>
 *
 * <p>Order: byte-level damage first: HTML entities, then mojibake (feeds escape mis-decoded bytes
 * as entities, {@code &#226;&#8364;&#8482;}, while mojibake never spells an entity), both of
 * which can yield no-break spaces and soft hyphens; then invisible characters and odd spaces, then punctuation (which
 * turns Unicode hyphens into {@code -}), then homoglyphs (so lexicon look-ups see Latin
 * letters), and the hyphen steps last, line ends before stray hyphens.
 */
public final class RepairChains {

    /**
     * Productive English prefixes that are written hyphenated before a capital or a doubled
     * vowel ({@code anti-American}, {@code re-elect}), plus the Arabic article {@code al}/{@code el}.
     * A linguistic rule, not a vocabulary.
     */
    public static final Set<String> PREFIXES = Set.of("al", "el", "anti", "co", "counter", "de",
            "ex", "extra", "inter", "intra", "mid", "multi", "neo", "non", "over", "post", "pre",
            "pro", "re", "self", "semi", "sub", "super", "trans", "ultra", "un", "under", "vice",
            // combining forms: socio-economic, geo-political (not e- or eco-: e-merging, ECO-WAS are damage)
            "socio", "geo", "bio", "euro", "macro", "micro", "cyber");

    /** A fragment seen this often in the frequency list is a word, not a piece of one. */
    public static final long MIN_WORD_COUNT = 50;

    private RepairChains() {
    }

    /**
     * The standard chain.
     *
     * @param lexicon known words and names, any case: a general word list or'ed with the
     *     caller's actor and place names
     * @param frequencies word counts from a reference corpus (never the text under repair);
     *     {@link WordFrequencies#empty()} disables the frequency rule
     */
    public static List<TextRepair> standard(Lexicon lexicon, WordFrequencies frequencies) {
        return standard(lexicon, Lexicon.empty(), frequencies);
    }

    /**
     * The standard chain, the caller's names apart from the word list: a hyphenated name
     * ({@code Li-ke}, a village in the gazetteer) then keeps its hyphen only where its closed form
     * is no known word or name, so damage to {@code like} is repaired.
     *
     * @param words a general word list (hyphenated forms it lists always stay)
     * @param names the caller's actor and place names
     * @param frequencies as for {@link #standard(Lexicon, WordFrequencies)}
     */
    public static List<TextRepair> standard(Lexicon words, Lexicon names, WordFrequencies frequencies) {
        if (words == null || names == null || frequencies == null) {
            throw new IllegalArgumentException("the repair chain needs a lexicon, names and frequencies; pass "
                    + "Lexicon.empty() or WordFrequencies.empty() to run without them");
        }
        Lexicon lexicon = words.or(names);
        return List.of(
                new HtmlEntityRepair(),
                new MojibakeRepair(),
                new InvisibleCharacterRepair(),
                new SpaceRepair(),
                new PunctuationRepair(),
                new HomoglyphRepair(),
                new LineEndHyphenRepair(words, names, frequencies, PREFIXES, MIN_WORD_COUNT),
                new StrayHyphenRepair(words, names, frequencies, PREFIXES, MIN_WORD_COUNT));
    }

}
