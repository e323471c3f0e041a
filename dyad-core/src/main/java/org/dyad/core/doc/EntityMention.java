package org.dyad.core.doc;

/** A named-entity mention over tokens {@code [firstToken, endToken)} with its NER type. */
public record EntityMention(int firstToken, int endToken, String type) {
    public EntityMention {
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad entity token range [" + firstToken + ", " + endToken + ")");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("an entity mention needs a type");
        }
    }
}
