package org.dyad.app;

/** An article that could not be read or processed, set aside with the reason. */
public record BadArticle(String name, String reason) {
    public BadArticle {
        if (name == null || reason == null) {
            throw new IllegalArgumentException("a bad article needs a name and a reason");
        }
    }
}
