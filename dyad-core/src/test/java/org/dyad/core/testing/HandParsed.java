package org.dyad.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.DependencyLayer;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.SentenceLayer;
import org.dyad.core.doc.TagLayer;
import org.dyad.core.doc.TokenLayer;

/**
 * Builds a parsed document by hand, without a model, from a CoNLL-like table: one token per
 * line as {@code word POS lemma head relation [NER]}, heads 1-based within the sentence (0 for
 * the root), sentences separated by a blank line. The text is the words joined by spaces.
 */
public final class HandParsed {
    private HandParsed() {
    }

    public static Document document(String table) {
        return document(table, null);
    }

    /** The sentences as one paragraph: joined by a space, not a line break (a quotation may go on). */
    public static Document paragraph(String table) {
        return document(table, null, " ");
    }

    public static Document document(String table, LocalDate published) {
        return document(table, published, "\n");
    }

    private static Document document(String table, LocalDate published, String sentenceBreak) {
        List<String[]> rows = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        int sentenceStart = 0;
        for (String line : table.strip().split("\n", -1)) {
            if (line.isBlank()) {
                if (rows.size() > sentenceStart) {
                    sentences.add(new int[] {sentenceStart, rows.size()});
                    sentenceStart = rows.size();
                }
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (f.length < 5) {
                throw new IllegalArgumentException("hand-parsed row needs word POS lemma head relation: '" + line + "'");
            }
            rows.add(f);
        }
        if (rows.size() > sentenceStart) {
            sentences.add(new int[] {sentenceStart, rows.size()});
        }
        int n = rows.size();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        String[] pos = new String[n];
        String[] lemmas = new String[n];
        int[] heads = new int[n];
        String[] rels = new String[n];
        List<EntityMention> entities = new ArrayList<>();
        int[] firsts = new int[sentences.size()];
        int[] lasts = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            int from = sentences.get(s)[0];
            int to = sentences.get(s)[1];
            firsts[s] = from;
            lasts[s] = to;
            for (int i = from; i < to; i++) {
                String[] f = rows.get(i);
                if (text.length() > 0) {
                    text.append(i == from ? sentenceBreak : " ");
                }
                starts[i] = text.length();
                text.append(f[0]);
                ends[i] = text.length();
                words[i] = f[0];
                pos[i] = f[1];
                lemmas[i] = f[2];
                int head = Integer.parseInt(f[3]);
                heads[i] = head == 0 ? -1 : from + head - 1;
                rels[i] = f[4];
                if (f.length > 5) {
                    // Adjacent tokens of one type form one mention, as CoreNLP's entity mentions do.
                    EntityMention last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
                    if (last != null && last.endToken() == i && last.type().equals(f[5]) && i > from) {
                        entities.set(entities.size() - 1, new EntityMention(last.firstToken(), i + 1, f[5]));
                    } else {
                        entities.add(new EntityMention(i, i + 1, f[5]));
                    }
                }
            }
        }
        Article article = new Article("hand", text.toString(), Optional.ofNullable(published), Optional.empty(),
                Optional.empty());
        return Document.of(article).withNlp(new TokenLayer(starts, ends, words), new SentenceLayer(firsts, lasts, n),
                new TagLayer(pos), new TagLayer(lemmas), entities, new DependencyLayer(heads, rels));
    }
}
