package org.dyad.core.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model-free stand-in for the NLP layers, for evaluations and tests that must run without
 * CoreNLP: tokens by a regular expression (abbreviations such as {@code U.S.} stay whole, hyphens
 * split), sentences at {@code . ! ?} before a capital or the end, one placeholder POS tag, words as
 * lemmas, the given entities, and a flat dependency layer (every token a root).
 */
public final class PlainAnalysis {
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+|\\S",
            Pattern.UNICODE_CHARACTER_CLASS);

    private PlainAnalysis() {
    }

    /** The document with every NLP layer added, each token tagged {@code posTag}. */
    public static Document analyse(Document doc, String posTag, List<EntityMention> entities) {
        String text = doc.text().text();
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
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            words[i] = text.substring(starts[i], ends[i]);
            pos[i] = posTag;
            heads[i] = -1;
            rels[i] = "root";
        }
        List<Integer> firsts = new ArrayList<>();
        List<Integer> lasts = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < n; i++) {
            boolean stop = words[i].equals(".") || words[i].equals("!") || words[i].equals("?");
            if (stop && (i + 1 == n || Character.isUpperCase(words[i + 1].codePointAt(0)) || words[i + 1].equals("\""))) {
                firsts.add(first);
                lasts.add(i + 1);
                first = i + 1;
            }
        }
        if (first < n) {
            firsts.add(first);
            lasts.add(n);
        }
        SentenceLayer sentences = new SentenceLayer(firsts.stream().mapToInt(Integer::intValue).toArray(),
                lasts.stream().mapToInt(Integer::intValue).toArray(), n);
        return doc.withNlp(new TokenLayer(starts, ends, words), sentences, new TagLayer(pos), new TagLayer(words),
                entities, new DependencyLayer(heads, rels));
    }
}
