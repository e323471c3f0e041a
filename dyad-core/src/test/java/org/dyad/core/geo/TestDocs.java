package org.dyad.core.geo;

import java.util.List;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.PlainAnalysis;

/** Documents for geo tests, analysed without a model; every token tagged as a proper noun. */
final class TestDocs {
    private TestDocs() {
    }

    static Document of(String text) {
        return of(text, List.of());
    }

    /** A document with NER entities over token ranges. */
    static Document of(String text, List<EntityMention> entities) {
        return PlainAnalysis.analyse(Document.of(Article.of("test", text)), "NNP", entities);
    }
}
