package org.dyad.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins a word that a stray hyphen broke in two ({@code Kaz-akhstan}, {@code gov-ernment}) and
 * keeps real hyphenated words ({@code long-term}, {@code co-chair}, {@code al-Qaida}).
 *
 * <p>Only a single hyphen between two runs of letters is a candidate; chains such as
 * {@code state-of-the-art}, forms with digits ({@code COVID-19}) or dots ({@code U.N.-led}),
 * and parts of paths and addresses are left alone. The decision weighs the text's own spelling,
 * the lexicon, a productive-prefix rule and word frequencies; see {@link #StrayHyphenRepair}.
 */
public final class StrayHyphenRepair implements TextRepair {
    private final HyphenJudge judge;

    /**
     * @param lexicon known words and names, in any case: a general word list joined with the
     *     caller's actor and place names (see {@link Lexicon#or}); a hyphenated entry such as
     *     {@code al-Shabab} is never joined
     * @param frequencies word counts of a reference corpus other than the text being repaired
     * @param prefixes productive English prefixes, lower case ({@link RepairChains#PREFIXES})
     * @param minWordCount the count in {@code frequencies} from which a fragment counts as a
     *     word rather than a piece of one
     */
    public StrayHyphenRepair(Lexicon lexicon, WordFrequencies frequencies, Set<String> prefixes,
            long minWordCount) {
        this(lexicon, Lexicon.empty(), frequencies, prefixes, minWordCount);
    }

    /**
     * With the caller's names apart from the word list: a hyphenated name keeps its hyphen only
     * where its closed form is no known word or name ({@code Li-ke} is a village, {@code like} a
     * word), while a hyphenated form of {@code words} always does.
     */
    public StrayHyphenRepair(Lexicon words, Lexicon names, WordFrequencies frequencies, Set<String> prefixes,
            long minWordCount) {
        this.judge = new HyphenJudge(words, names, frequencies, prefixes == null ? null : Set.copyOf(prefixes),
                minWordCount);
    }

    @Override
    public RepairKind kind() {
        return RepairKind.STRAY_HYPHEN;
    }

    @Override
    public List<Edit> edits(String text) {
        List<int[]> candidates = new ArrayList<>(); // {aStart, hyphen, bEnd}
        int from = 0;
        int hyphen;
        while ((hyphen = text.indexOf('-', from)) >= 0) {
            from = hyphen + 1;
            int aStart = hyphen;
            while (aStart > 0 && Character.isLetter(text.charAt(aStart - 1))) {
                aStart--;
            }
            int bEnd = hyphen + 1;
            while (bEnd < text.length() && Character.isLetter(text.charAt(bEnd))) {
                bEnd++;
            }
            if (aStart < hyphen && bEnd > hyphen + 1 && freeBefore(text, aStart) && freeAfter(text, bEnd)) {
                candidates.add(new int[] {aStart, hyphen, bEnd});
                from = bEnd;
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> closedWords = new HashSet<>();
        Set<String> forms = new HashSet<>();
        for (int[] c : candidates) {
            HyphenJudge.addQuestions(text.substring(c[0], c[1]), text.substring(c[1] + 1, c[2]), closedWords, forms);
        }
        DocumentVocabulary doc = new DocumentVocabulary(text, closedWords, forms);
        List<Edit> edits = new ArrayList<>();
        for (int[] c : candidates) {
            if (judge.join(text.substring(c[0], c[1]), text.substring(c[1] + 1, c[2]), doc, 1)) {
                edits.add(new Edit(c[1], c[1] + 1, ""));
            }
        }
        return edits;
    }

    // The word must stand alone: not part of a hyphen chain, a number, an abbreviation or a path.
    static boolean freeBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return !(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '/' || c == '@'
                || c == '_' || c == '\\');
    }

    static boolean freeAfter(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.') { // a sentence end, but not a domain name or abbreviation
            return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        }
        return !(Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '@' || c == '_'
                || c == '\\');
    }
}
