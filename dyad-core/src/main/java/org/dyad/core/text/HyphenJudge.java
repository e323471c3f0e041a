package org.dyad.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether {@code a-b} is one word broken by a hyphen ({@code Kaz-akhstan}) or a real
 * hyphenated form ({@code long-term}, {@code al-Qaida}). Shared by the stray-hyphen and line-end
 * steps; the evidence, strongest first:
 * <ol>
 *   <li>the word list has the hyphenated form, or the names have it ({@code al-Shabab}) and its
 *       closed form is no known word or name (the village {@code Li-ke} does not keep {@code li-ke}):
 *       keep;</li>
 *   <li>the text writes the hyphenated form three times or more and at least half as often as the
 *       closed one ({@code X-ray}): keep;</li>
 *   <li>a productive prefix before a capital or the same vowel ({@code anti-American},
 *       {@code co-operative}), the closed word not common: keep, even where the text also spells
 *       it closed;</li>
 *   <li>the text spells the closed form (or its singular or plural) elsewhere: join, unless the text
 *       spells the hyphenated form at least as often and both fragments may be words
 *       ({@code Scotla-nd} twice still joins);</li>
 *   <li>a script that writes no hyphen inside words (Arabic, Hangul, Han, kana, Thai) joins;
 *       Cyrillic keeps its particles, linked compounds and names ({@link NonLatinHyphens});</li>
 *   <li>a single letter after a lower-case fragment ({@code Aparn-a}), or before a lower-case
 *       fragment that is no word ({@code C-aufield}): join;</li>
 *   <li>the closed form is neither in the lexicon nor seen in the frequency corpus: keep;</li>
 *   <li>the second fragment is a capitalised word ({@code K-Mart}): keep;</li>
 *   <li>the text has the hyphenated form elsewhere and both fragments are words: keep;</li>
 *   <li>the second fragment is an inflectional ending ({@code Alawite-s}), or both fragments
 *       are capitals ({@code IS-IS}): join;</li>
 *   <li>the closed word is common (20 per million words or more: {@code with-out}): join;</li>
 *   <li>{@code un} before a listed, fairly common closed word ({@code un-able}): join;</li>
 *   <li>another prefix before a word ({@code co-chair}, {@code non-existent},
 *       {@code re-port}): join only if the closed word is fairly common and more common than
 *       the stem;</li>
 *   <li>a fragment is no word ({@code Sou-thern}): join;</li>
 *   <li>both fragments are words: join unless the closed word is over three times rarer than
 *       the rarer fragment ({@code at-tacks} joins; {@code build-up}, {@code cease-fire} stay).</li>
 * </ol>
 */
final class HyphenJudge {
    private static final long RATIO = 3;
    // Prefixes English writes closed before a lower-case word (un-American is kept by rule 3).
    private static final Set<String> CLOSED_PREFIXES = Set.of("un");
    private static final long PREFIX_FACTOR = 2;
    private static final int LONG_WORD = 5;
    // Seen this often in the frequency corpus, a closed form is a word even if no list has it.
    private static final long KNOWN_COUNT = 5;
    // About 20 per million words in the frequency corpus: a common word in its own right.
    private static final long COMMON_COUNT = 1000;
    // A hyphenated form the text writes this often (and at least half as often as the closed one)
    // is attested by the text itself.
    private static final int ATTESTED_COUNT = 3;

    private final Lexicon lexicon;
    private final Lexicon words;
    private final Lexicon names;
    private final WordFrequencies frequencies;
    private final Set<String> prefixes;
    private final long minWordCount;

    /**
     * @param words a general word list: a hyphenated form it lists is never joined
     * @param names the caller's actor and place names: a hyphenated name is kept unless its closed
     *     form is itself a known word or name ({@code Li-ke}, a village, does not keep {@code li-ke})
     */
    HyphenJudge(Lexicon words, Lexicon names, WordFrequencies frequencies, Set<String> prefixes, long minWordCount) {
        if (words == null || names == null || frequencies == null || prefixes == null) {
            throw new IllegalArgumentException("a hyphen repair needs a lexicon, frequencies and prefixes; "
                    + "pass Lexicon.empty(), WordFrequencies.empty() or Set.of() to run without one");
        }
        if (minWordCount < 0) {
            throw new IllegalArgumentException("minWordCount must be zero or more, got " + minWordCount);
        }
        this.words = words;
        this.names = names;
        this.lexicon = words.or(names);
        this.frequencies = frequencies;
        this.prefixes = prefixes;
        this.minWordCount = minWordCount;
    }

    /**
     * True when {@code a} and {@code b} should be joined.
     *
     * @param ownHyphenatedCount how many of the text's hyphenated {@code a-b} are this very
     *     occurrence (1 for a stray hyphen, 0 for a line-end break the counts do not see)
     */
    boolean join(String a, String b, DocumentVocabulary doc, int ownHyphenatedCount) {
        // Lower-case once: every look-up below then reuses these strings and their cached hashes.
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        String closed = la + lb;
        String form = la + "-" + lb;
        return decide(a, b, la, lb, closed, form, doc, ownHyphenatedCount) && !attested(form, closed);
    }

    /**
     * The word list has the hyphenated form, or the names have it and its closed form is no known
     * word or name: the gazetteer's thousands of hyphenated villages (Li-ke, Ho-le, Ba-se) would
     * otherwise keep every {@code li-ke} damage makes of a common word.
     */
    private boolean attested(String form, String closed) {
        return words.contains(form) || (names.contains(form) && !known(closed));
    }

    private boolean decide(String a, String b, String la, String lb, String closed, String form,
            DocumentVocabulary doc, int ownHyphenatedCount) {
        int hyphenatedElsewhere = doc.hyphenated(form) - ownHyphenatedCount;
        int closedInText = inDocument(closed, doc);
        int hyphenatedInText = hyphenatedElsewhere + 1; // this occurrence too, also at a line end
        if (hyphenatedInText >= ATTESTED_COUNT && hyphenatedInText * 2 >= closedInText) {
            // The text's own spelling (X-ray, e-mail three times): random damage repeats itself
            // only on a word the text spells closed many times more often (ha-ve, th-ey).
            return false;
        }
        boolean prefixed = b.length() >= 3 && isPrefix(la, b) && lexicon.contains(lb);
        long fc = frequencies.count(closed);
        if (prefixed && fc < COMMON_COUNT && hyphenatedLikeAPrefix(a, b)) {
            // co-operative stays even where the text also writes cooperative: both are English.
            return false;
        }
        if (closedInText > 0) {
            // The text's majority spelling wins: the same damage can strike a word twice. But a
            // piece of two letters or more that is no word (Scotla-nd, po-licy) makes no compound,
            // however often damage repeats it.
            return closedInText > hyphenatedElsewhere || isNoWordPiece(la) || isNoWordPiece(lb);
        }
        Boolean script = NonLatinHyphens.join(a, b);
        if (script != null) {
            return script;
        }
        if (isLetterPiece(a, b)) {
            return true;
        }
        if (!known(closed)) {
            return false;
        }
        if (b.length() >= 2 && Character.isUpperCase(b.charAt(0)) && Character.isLowerCase(b.charAt(1))) {
            // K-Mart, X-Men, T-Mobile: damage splits a word before a capital only in camel case
            // (Mc-Donald), and such a name the text spells closed elsewhere, caught above.
            return false;
        }
        if (hyphenatedElsewhere > 0 && lexicon.contains(la) && lexicon.contains(lb)) {
            return false; // written so twice, of two words: a compound; gov-ernment twice is not
        }
        if (isInflection(b) || (isUpperCase(a) && isUpperCase(b))) {
            // Acronym halves (IS-IS) are letters, not the words "is" and "is".
            return true;
        }
        if (fc >= COMMON_COUNT) {
            return true; // with-out, in-to, an-other: a common word, never a compound in news
        }
        if (prefixed && CLOSED_PREFIXES.contains(la) && words.contains(closed) && fc >= minWordCount) {
            return true; // un-able: English writes un- closed before a lower-case word the list knows
        }
        if (prefixed) {
            // A prefix before a word reads as a compound unless the closed word is common and
            // more common than the stem: report, not re-port; but non-existent, co-chair.
            return closedBeatsStem(fc, lb);
        }
        if (!isWord(la) || !isWord(lb)) {
            return true;
        }
        // Both fragments are words: at-tacks, pow-ers versus build-up, cease-fire. A compound
        // of two words is likelier than a closed word three times rarer than its rarer part.
        long rarer = Math.min(frequencies.count(la), frequencies.count(lb));
        return fc > 0 && fc * RATIO >= rarer;
    }

    /**
     * A single letter beside a lower-case fragment that is no word: {@code Aparn-a}, {@code papp-a},
     * {@code C-aufield}, {@code c-hance}. A letter before a word is a compound ({@code X-ray},
     * {@code e-mail}, {@code T-shirt}, {@code U-turn}); after a lower-case word it is damage.
     */
    private boolean isLetterPiece(String a, String b) {
        if (b.length() == 1) {
            return Character.isLowerCase(b.charAt(0)) && a.length() >= 2;
        }
        return a.length() == 1 && Character.isLowerCase(b.charAt(0)) && !lexicon.contains(b);
    }

    /** The closed word is fairly common and more common than the stem after the prefix (report, not port). */
    private boolean closedBeatsStem(long closedCount, String stem) {
        return closedCount >= minWordCount * PREFIX_FACTOR && closedCount >= frequencies.count(stem);
    }

    private boolean isPrefix(String lower, String b) {
        if (!prefixes.contains(lower)) {
            return false;
        }
        // The Arabic article is hyphenated before names only (al-Qaida); al-lies is damage.
        return !(lower.equals("al") || lower.equals("el")) || Character.isUpperCase(b.charAt(0));
    }

    /** A fragment of two letters or more that is no word. */
    private boolean isNoWordPiece(String fragment) {
        return fragment.length() >= 2 && !isWord(fragment);
    }

    /** A fragment is a word if the lexicon has it and it is either common or long. */
    private boolean isWord(String fragment) {
        return lexicon.contains(fragment)
                && (fragment.length() >= LONG_WORD || frequencies.count(fragment) >= minWordCount);
    }

    /**
     * Adds, in lower case, the closed words and hyphenated forms whose counts in the text
     * {@link #join} will ask the {@link DocumentVocabulary} for.
     */
    static void addQuestions(String a, String b, Set<String> closedWords, Set<String> forms) {
        String closed = (a + b).toLowerCase(Locale.ROOT);
        closedWords.add(closed);
        String stem = stem(closed);
        if (stem != null) {
            closedWords.add(stem);
        }
        closedWords.add(closed + "s");
        forms.add((a + "-" + b).toLowerCase(Locale.ROOT));
    }

    /** How often the text spells the closed form, or failing that its singular or plural. */
    private static int inDocument(String closed, DocumentVocabulary doc) {
        int n = doc.closed(closed);
        if (n > 0) {
            return n;
        }
        String stem = stem(closed);
        n = stem == null ? 0 : doc.closed(stem);
        return n > 0 ? n : doc.closed(closed + "s");
    }

    /** Known to the lexicon, or seen in the frequency corpus (which has names: Wednesday, Kong). */
    private boolean known(String closed) {
        if (lexicon.contains(closed) || frequencies.count(closed) >= KNOWN_COUNT) {
            return true;
        }
        String stem = stem(closed);
        return stem != null && (lexicon.contains(stem) || frequencies.count(stem) >= KNOWN_COUNT);
    }

    private static boolean isUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case inflectional ending standing alone: Alawite-s, host-ed never form compounds. */
    private static boolean isInflection(String b) {
        return switch (b) {
            case "s", "es", "d", "ed", "ing", "ings", "er", "ers", "est", "ly" -> true;
            default -> false;
        };
    }

    /** The word without a plural {@code -s}, or null: {@code Alawite-s} is a plural. */
    private static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }

    /**
     * English hyphenates a prefix before a capital ({@code anti-American}) and where the prefix's
     * last vowel meets the same vowel ({@code re-elect}, {@code co-operate}).
     */
    private static boolean hyphenatedLikeAPrefix(String a, String b) {
        char last = Character.toLowerCase(a.charAt(a.length() - 1));
        char first = b.charAt(0);
        return Character.isUpperCase(first)
                || (Character.toLowerCase(first) == last && "aeiou".indexOf(last) >= 0);
    }
}
