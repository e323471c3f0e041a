package org.dyad.core.syntax;

/** Penn Treebank part-of-speech tags, as CoreNLP writes them, and the tests Dyad makes on them. */
public final class Pos {
    public static final String VB = "VB";
    public static final String VBD = "VBD";
    public static final String VBG = "VBG";
    public static final String VBN = "VBN";
    public static final String NNS = "NNS";
    public static final String NNPS = "NNPS";
    public static final String PRP_POSSESSIVE = "PRP$";
    public static final String DT = "DT";
    public static final String WDT = "WDT";
    public static final String WP = "WP";
    public static final String WRB = "WRB";

    private Pos() {
    }

    public static boolean isVerb(String tag) {
        return tag.startsWith("VB");
    }

    public static boolean isNoun(String tag) {
        return tag.startsWith("NN");
    }

    /** {@code NNS} or {@code NNPS}. */
    public static boolean isPluralNoun(String tag) {
        return tag.equals(NNS) || tag.equals(NNPS);
    }

    public static boolean isAdjective(String tag) {
        return tag.startsWith("JJ");
    }

    /** A personal or possessive pronoun: {@code PRP}, {@code PRP$}. */
    public static boolean isPronoun(String tag) {
        return tag.startsWith("PRP");
    }

    /** A participle: {@code VBG} or {@code VBN}. */
    public static boolean isParticiple(String tag) {
        return tag.equals(VBG) || tag.equals(VBN);
    }

    /** A relative or interrogative word: {@code WDT}, {@code WP}, {@code WRB}. */
    public static boolean isWhWord(String tag) {
        return tag.equals(WDT) || tag.equals(WP) || tag.equals(WRB);
    }
}
