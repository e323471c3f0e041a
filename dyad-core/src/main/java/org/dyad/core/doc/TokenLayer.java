package org.dyad.core.doc;

/** Tokens as character ranges of the repaired text, with their surface words. */
public final class TokenLayer {
    private final int[] starts;
    private final int[] ends;
    private final String[] words;

    public TokenLayer(int[] starts, int[] ends, String[] words) {
        if (starts.length != ends.length || starts.length != words.length) {
            throw new IllegalArgumentException("token arrays differ in length: " + starts.length + ", "
                    + ends.length + ", " + words.length);
        }
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0 || ends[i] < starts[i] || (i > 0 && starts[i] < starts[i - 1])) {
                throw new IllegalArgumentException("token " + i + " has a bad range [" + starts[i] + ", " + ends[i] + ")");
            }
        }
        this.starts = starts.clone();
        this.ends = ends.clone();
        this.words = words.clone();
    }

    public int size() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public String word(int token) {
        return words[token];
    }
}
