package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.DependencyLayer;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.SentenceLayer;
import org.dyad.core.doc.TagLayer;
import org.dyad.core.doc.TokenLayer;

/** Builds documents by hand for geo tests: regex tokens, one sentence per '.', no model. */
final class TestDocs {
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+|\\S");

    private TestDocs() {
    }

    static Document of(String text) {
        return of(text, List.of());
    }

    /** A document with NER entities over token ranges. */
    static Document of(String text, List<org.dyad.core.doc.EntityMention> entities) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        String[] pos = new String[n];
        int[] heads = new int[n];
        String[] rels = new String[n];
        List<Integer> firsts = new ArrayList<>();
        List<Integer> lasts = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            words[i] = text.substring(starts[i], ends[i]);
            pos[i] = "NNP";
            heads[i] = -1;
            rels[i] = "root";
            if (words[i].equals(".")) {
                firsts.add(first);
                lasts.add(i + 1);
                first = i + 1;
            }
        }
        if (first < n) {
            firsts.add(first);
            lasts.add(n);
        }
        return Document.of(Article.of("test", text)).withNlp(new TokenLayer(starts, ends, words),
                new SentenceLayer(firsts.stream().mapToInt(Integer::intValue).toArray(),
                        lasts.stream().mapToInt(Integer::intValue).toArray(), n),
                new TagLayer(pos), new TagLayer(words), entities, new DependencyLayer(heads, rels));
    }
}
