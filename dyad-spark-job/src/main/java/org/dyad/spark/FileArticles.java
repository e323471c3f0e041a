package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.core.doc.Article;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.FeedFetcher;
import org.dyad.ingest.InputFormat;
import org.dyad.ingest.ReadArticle;

/**
 * The articles of one input file, read by {@code dyad code}'s own {@link ArticleReader} from the
 * file's stream (gzip and zstd undone as there): a text or HTML file is one article named after
 * the file, a WARC file one article per HTML or text record. What the reader sets aside becomes
 * a row with its reason, in the reader's words. The rows of one file are collected before they
 * are passed on (a WARC file's extracted texts, not its bytes, are held by its task).
 */
final class FileArticles implements FlatMapFunction<scala.Tuple2<String, PortableDataStream>, Row> {
    private static final long serialVersionUID = 1L;

    private final InputFormat format;
    private final int maxChars;

    FileArticles(InputFormat format, int maxChars) {
        this.format = format;
        this.maxChars = maxChars;
    }

    @Override
    public Iterator<Row> call(scala.Tuple2<String, PortableDataStream> file) {
        String path = file._1();
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<Row> rows = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(ReadArticle read) {
                Article a = read.article();
                rows.add(RowFactory.create(ref(path, read.provenance().position(), a.id()), a.id(), a.text(),
                        a.published().map(Object::toString).orElse(null), a.url().orElse(null),
                        a.title().orElse(null), null));
            }

            @Override
            public void setAside(BadArticle bad) {
                rows.add(RowFactory.create(ref(path, bad.position(), null), null, null, null, null, null,
                        bad.reason()));
            }
        };
        try (InputStream in = file._2().open()) {
            // No feed is fetched from a file, so the fetcher is never used.
            new ArticleReader(maxChars, FeedFetcher.polite()).read(in, name, Optional.of(format), sink);
        } catch (IOException | RuntimeException e) {
            rows.add(RowFactory.create(path, null, null, null, null, null, "cannot read: " + e.getMessage()));
        }
        return rows.iterator();
    }

    /** Where an article came from: the file, the position in it, and its id where known. */
    static String ref(String path, String position, String id) {
        return path + (position.isEmpty() ? "" : ":" + position) + (id == null ? "" : " (" + id + ")");
    }
}
