package org.dyad.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Undoes hyphenation at line ends in hard-wrapped text: {@code Sou-\nthern} becomes
 * {@code Southern}, while a real compound broken after its hyphen, {@code ship-\ntracking},
 * becomes {@code ship-tracking}. In both cases the line break and the indentation around it
 * go, since they sat inside one word; every other line break stays.
 *
 * <p>The join decision is the one {@link StrayHyphenRepair} makes, without counting the broken
 * occurrence itself as evidence of a hyphenated form.
 */
public final class LineEndHyphenRepair implements TextRepair {
    private final HyphenJudge judge;

    /** Same parameters as {@link StrayHyphenRepair#StrayHyphenRepair}. */
    public LineEndHyphenRepair(Lexicon lexicon, WordFrequencies frequencies, Set<String> prefixes,
            long minWordCount) {
        this(lexicon, Lexicon.empty(), frequencies, prefixes, minWordCount);
    }

    /**
     * With the caller's names apart from the word list: a hyphenated name keeps its hyphen only
     * where its closed form is no known word or name ({@code Li-ke} is a village, {@code like} a
     * word), while a hyphenated form of {@code words} always does.
     */
    public LineEndHyphenRepair(Lexicon words, Lexicon names, WordFrequencies frequencies, Set<String> prefixes,
            long minWordCount) {
        this.judge = new HyphenJudge(words, names, frequencies, prefixes == null ? null : Set.copyOf(prefixes),
                minWordCount);
    }

    @Override
    public RepairKind kind() {
        return RepairKind.LINE_END_HYPHEN;
    }

    @Override
    public List<Edit> edits(String text) {
        List<int[]> breaks = new ArrayList<>(); // {aStart, hyphen, bStart, bEnd, candidate?1:0}
        int n = text.length();
        int from = 0;
        int hyphen;
        while ((hyphen = text.indexOf('-', from)) >= 0) {
            from = hyphen + 1;
            if (hyphen == 0 || !breakable(text.charAt(hyphen - 1))) {
                continue;
            }
            int k = skipBlanks(text, hyphen + 1);
            if (k < n && text.charAt(k) == '\r') {
                k++;
            }
            if (k >= n || text.charAt(k) != '\n') {
                continue;
            }
            int bStart = skipBlanks(text, k + 1);
            int bEnd = bStart;
            while (bEnd < n && Character.isLetter(text.charAt(bEnd))) {
                bEnd++;
            }
            if (bEnd == bStart) {
                continue;
            }
            int aStart = hyphen;
            while (aStart > 0 && Character.isLetter(text.charAt(aStart - 1))) {
                aStart--;
            }
            // Only a lone word broken before a lower-case letter may be one word; anything else
            // (a chain, a capital, a number) is a compound that merely lost its line break.
            boolean candidate = aStart < hyphen && Character.isLowerCase(text.charAt(bStart))
                    && StrayHyphenRepair.freeBefore(text, aStart) && StrayHyphenRepair.freeAfter(text, bEnd);
            breaks.add(new int[] {aStart, hyphen, bStart, bEnd, candidate ? 1 : 0});
            from = bStart;
        }
        if (breaks.isEmpty()) {
            return List.of();
        }
        Set<String> closedWords = new HashSet<>();
        Set<String> forms = new HashSet<>();
        for (int[] b : breaks) {
            if (b[4] == 1) {
                HyphenJudge.addQuestions(text.substring(b[0], b[1]), text.substring(b[2], b[3]), closedWords, forms);
            }
        }
        DocumentVocabulary doc = new DocumentVocabulary(text, closedWords, forms);
        List<Edit> edits = new ArrayList<>();
        for (int[] b : breaks) {
            boolean join = b[4] == 1
                    && judge.join(text.substring(b[0], b[1]), text.substring(b[2], b[3]), doc, 0);
            edits.add(new Edit(join ? b[1] : b[1] + 1, b[2], ""));
        }
        return edits;
    }

    // A hyphen after a letter, digit or dot ends a word part ("U.S.-", "G7-"); after a space it
    // is a dash, which a line may well end with.
    private static boolean breakable(char c) {
        return Character.isLetterOrDigit(c) || c == '.';
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
