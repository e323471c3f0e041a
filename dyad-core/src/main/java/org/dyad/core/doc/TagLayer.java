package org.dyad.core.doc;

/** One string per token: part-of-speech tags or lemmas. */
public final class TagLayer {
    private final String[] tags;

    public TagLayer(String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == null) {
                throw new IllegalArgumentException("token " + i + " has no tag");
            }
        }
        this.tags = tags.clone();
    }

    public int size() {
        return tags.length;
    }

    public String get(int token) {
        return tags[token];
    }
}
