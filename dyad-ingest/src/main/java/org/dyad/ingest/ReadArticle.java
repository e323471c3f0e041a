package org.dyad.ingest;

import org.dyad.core.doc.Article;

/** An article as a reader produced it, with where it came from. */
public record ReadArticle(Article article, Provenance provenance) {
    public ReadArticle {
        if (article == null || provenance == null) {
            throw new IllegalArgumentException("a read article needs the article and its provenance");
        }
    }
}
