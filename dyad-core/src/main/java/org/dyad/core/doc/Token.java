package org.dyad.core.doc;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.text.Span;

/** A cheap view of one token of a document. */
public record Token(Document document, int index) {

    public String word() {
        return document.tokens().word(index);
    }

    /** Start offset in the repaired text. */
    public int start() {
        return document.tokens().start(index);
    }

    /** End offset in the repaired text. */
    public int end() {
        return document.tokens().end(index);
    }

    /** The raw-text span this token came from. */
    public Span rawSpan() {
        return document.text().rawSpan(start(), end());
    }

    public String pos() {
        return document.pos().get(index);
    }

    public String lemma() {
        return document.lemmas().get(index);
    }

    /** The head token, or null at a root. */
    public Token head() {
        int h = document.dependencies().head(index);
        return h < 0 ? null : new Token(document, h);
    }

    public String relation() {
        return document.dependencies().relation(index);
    }

    public List<Token> children() {
        DependencyLayer deps = document.dependencies();
        List<Token> out = new ArrayList<>(deps.childCount(index));
        for (int i = 0; i < deps.childCount(index); i++) {
            out.add(new Token(document, deps.child(index, i)));
        }
        return out;
    }

    /** Children attached with exactly {@code relation} (or {@code relation:subtype} when asked for the bare one). */
    public List<Token> children(String relation) {
        List<Token> out = new ArrayList<>();
        for (Token c : children()) {
            String r = c.relation();
            if (r.equals(relation) || (r.startsWith(relation + ":") && !relation.contains(":"))) {
                out.add(c);
            }
        }
        return out;
    }

    public int sentence() {
        return document.sentences().sentenceOf(index);
    }

    public boolean isVerb() {
        return pos().startsWith("VB");
    }

    public boolean isNoun() {
        return pos().startsWith("NN");
    }

    @Override
    public String toString() {
        return document.tokens().word(index) + "#" + index;
    }
}
