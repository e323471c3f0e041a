package org.dyad.server;

import org.dyad.core.doc.Article;
import org.dyad.store.IngestItem;

/**
 * Codes one article into what the store keeps; the command line supplies the engine's. Throwing
 * sets the article aside with the exception's message; the other articles of the request go on.
 */
@FunctionalInterface
public interface ArticleCoder {
    IngestItem code(Article article);
}
