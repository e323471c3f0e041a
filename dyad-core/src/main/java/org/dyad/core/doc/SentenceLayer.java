package org.dyad.core.doc;

/** Sentences as token ranges {@code [first, end)}. */
public final class SentenceLayer {
    private final int[] firstTokens;
    private final int[] endTokens;
    private final int[] sentenceOfToken;

    public SentenceLayer(int[] firstTokens, int[] endTokens, int tokenCount) {
        if (firstTokens.length != endTokens.length) {
            throw new IllegalArgumentException("sentence arrays differ in length");
        }
        this.firstTokens = firstTokens.clone();
        this.endTokens = endTokens.clone();
        this.sentenceOfToken = new int[tokenCount];
        java.util.Arrays.fill(sentenceOfToken, -1);
        for (int s = 0; s < firstTokens.length; s++) {
            if (firstTokens[s] < 0 || endTokens[s] < firstTokens[s] || endTokens[s] > tokenCount
                    || (s > 0 && firstTokens[s] < endTokens[s - 1])) {
                throw new IllegalArgumentException("sentence " + s + " has a bad token range ["
                        + firstTokens[s] + ", " + endTokens[s] + ")");
            }
            for (int t = firstTokens[s]; t < endTokens[s]; t++) {
                sentenceOfToken[t] = s;
            }
        }
    }

    public int size() {
        return firstTokens.length;
    }

    public int firstToken(int sentence) {
        return firstTokens[sentence];
    }

    public int endToken(int sentence) {
        return endTokens[sentence];
    }

    /** The sentence holding {@code token}, or -1. */
    public int sentenceOf(int token) {
        return sentenceOfToken[token];
    }
}
