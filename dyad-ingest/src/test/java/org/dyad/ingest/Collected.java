package org.dyad.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.doc.Article;

/** A sink that keeps what it is given, for tests. */
final class Collected implements ArticleSink {
    final List<ReadArticle> read = new ArrayList<>();
    final List<BadArticle> bad = new ArrayList<>();
    long bytes;

    @Override
    public void article(ReadArticle article) {
        read.add(article);
    }

    @Override
    public void setAside(BadArticle b) {
        bad.add(b);
    }

    @Override
    public void bytesRead(long n) {
        bytes += n;
    }

    List<Article> articles() {
        return read.stream().map(ReadArticle::article).toList();
    }

    List<String> ids() {
        return articles().stream().map(Article::id).toList();
    }
}
