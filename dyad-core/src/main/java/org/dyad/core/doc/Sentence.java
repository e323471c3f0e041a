package org.dyad.core.doc;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.text.Span;

/** A cheap view of one sentence of a document. */
public record Sentence(Document document, int index) {

    public int firstToken() {
        return document.sentences().firstToken(index);
    }

    public int endToken() {
        return document.sentences().endToken(index);
    }

    public List<Token> tokens() {
        List<Token> out = new ArrayList<>(endToken() - firstToken());
        for (int t = firstToken(); t < endToken(); t++) {
            out.add(new Token(document, t));
        }
        return out;
    }

    /** Start and end in the repaired text. */
    public Span span() {
        if (endToken() == firstToken()) {
            return new Span(0, 0);
        }
        return new Span(document.tokens().start(firstToken()), document.tokens().end(endToken() - 1));
    }

    /** The raw-text span of the sentence. */
    public Span rawSpan() {
        Span s = span();
        return document.text().rawSpan(s.start(), s.end());
    }

    /** The sentence as it stands in the raw text. */
    public String rawText() {
        return rawSpan().of(document.text().raw());
    }
}
