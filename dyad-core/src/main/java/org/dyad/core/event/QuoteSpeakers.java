package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Prepositions;
import org.dyad.core.syntax.Rel;

/**
 * Who speaks a quotation and to whom, read from the raw text's quotation marks and the parse.
 * The speaker is the subject of the verb outside the quotation that frames it in the same
 * sentence: the verb the quotation hangs on ("Zelensky said, "I decided ..."", "Chan spoke to the
 * press after the speech: "I really urge ...""), the verb hanging on the quotation (""I ...", X
 * said"), else the nearest such verb before it; a sentence wholly inside a quotation continues the
 * speaker of the quotation before it, one sentence back. The addressee is a party the framing verb
 * names as its object or after "to" or "with", also inside its phrase ("said in a meeting with
 * Honcharuk"). Offsets are the raw text's: a straight double quote opens and closes, typographic
 * ones open or close, and a line break ends any quotation left open.
 */
final class QuoteSpeakers {
    private static final Prepositions ADDRESSED = Prepositions.of("to", "with");

    private final Document doc;
    /** Per token: the index of the quotation it stands in, or -1. */
    private final int[] quoteOf;
    /** Per sentence and quotation met in it: the framing verb, or -1 when none frames it there. */
    private final List<int[]> frames = new ArrayList<>();

    private QuoteSpeakers(Document doc, int[] quoteOf) {
        this.doc = doc;
        this.quoteOf = quoteOf;
    }

    static QuoteSpeakers of(Document doc) {
        String raw = doc.text().raw();
        int[] quoteAt = new int[raw.length() + 1];
        int open = -1;
        int quotes = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            quoteAt[i] = -1;
            if (c == '\n' || c == '\r') {
                open = -1;
            } else if (c == '"' || c == '\u201C' || c == '\u201D') {
                boolean opens = c == '\u201C' || (c == '"' && open < 0);
                open = opens ? quotes++ : -1;
                continue;
            }
            quoteAt[i] = open;
        }
        quoteAt[raw.length()] = -1;
        int n = doc.tokens().size();
        int[] quoteOf = new int[n];
        for (int t = 0; t < n; t++) {
            int start = doc.token(t).rawSpan().start();
            quoteOf[t] = start < raw.length() ? quoteAt[start] : -1;
        }
        return new QuoteSpeakers(doc, quoteOf);
    }

    /** Whether this token stands inside a quotation. */
    boolean inQuote(int token) {
        return quoteOf[token] >= 0;
    }

    /** The subjects of the verb that frames the quotation this token stands in; empty outside one. */
    List<Token> speakers(int token) {
        return framingVerb(token).map(Clauses::subjects).orElse(List.of());
    }

    /** The parties the framing verb addresses: its object, or a phrase after "to" or "with". */
    List<Token> addressees(int token) {
        Optional<Token> verb = framingVerb(token);
        if (verb.isEmpty()) {
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        for (Token o : Clauses.objects(verb.get())) {
            if (!inQuote(o.index())) {
                out.addAll(Phrases.conjuncts(o));
            }
        }
        out.addAll(Phrases.prepositional(verb.get(), -1, ADDRESSED));
        for (Token phrase : Phrases.obliques(verb.get())) {
            out.addAll(Phrases.prepositional(phrase, -1, ADDRESSED)); // "in a meeting with Honcharuk"
        }
        return out.stream().filter(t -> !inQuote(t.index())).toList();
    }

    /** The framing verb of the quotation at this token: in its sentence, else the one sentence back. */
    Optional<Token> framingVerb(int token) {
        int quote = quoteOf[token];
        if (quote < 0) {
            return Optional.empty();
        }
        int sentence = doc.sentences().sentenceOf(token);
        Optional<Token> here = frameIn(sentence, quote);
        if (here.isPresent() || sentence == 0 || hasOwnVerb(sentence)) {
            return here;
        }
        // A sentence wholly inside a quotation continues the speaker before it.
        int previous = sentence - 1;
        for (int t = doc.sentence(previous).firstToken(); t < doc.sentence(previous).endToken(); t++) {
            if (quoteOf[t] >= 0) {
                Optional<Token> before = frameIn(previous, quoteOf[t]);
                if (before.isPresent()) {
                    return before;
                }
            }
        }
        return Optional.empty();
    }

    private boolean hasOwnVerb(int sentence) {
        for (int t = doc.sentence(sentence).firstToken(); t < doc.sentence(sentence).endToken(); t++) {
            if (quoteOf[t] < 0 && doc.token(t).isVerb() && !Clauses.subjects(doc.token(t)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Token> frameIn(int sentence, int quote) {
        for (int[] f : frames) {
            if (f[0] == sentence && f[1] == quote) {
                return f[2] < 0 ? Optional.empty() : Optional.of(doc.token(f[2]));
            }
        }
        Optional<Token> found = findFrame(sentence, quote);
        frames.add(new int[] {sentence, quote, found.map(Token::index).orElse(-1)});
        return found;
    }

    private Optional<Token> findFrame(int sentence, int quote) {
        int first = doc.sentence(sentence).firstToken();
        int end = doc.sentence(sentence).endToken();
        List<Token> inside = new ArrayList<>();
        List<Token> verbs = new ArrayList<>();
        for (int t = first; t < end; t++) {
            Token tok = doc.token(t);
            if (quoteOf[t] == quote) {
                inside.add(tok);
            } else if (quoteOf[t] < 0 && tok.isVerb() && Clauses.subjects(tok).stream().noneMatch(s -> inQuote(s.index()))
                    && !Clauses.subjects(tok).isEmpty()) {
                verbs.add(tok);
            }
        }
        if (inside.isEmpty() || verbs.isEmpty()) {
            return Optional.empty();
        }
        for (Token v : verbs) {
            if (inside.stream().anyMatch(q -> Phrases.dominates(v, q))) {
                return Optional.of(v); // X said, "I ..."
            }
        }
        for (Token v : verbs) {
            if (inside.stream().anyMatch(q -> Phrases.dominates(q, v)) && isReport(v)) {
                return Optional.of(v); // "I ...", X said
            }
        }
        int opening = inside.get(0).index();
        Token nearest = null;
        for (Token v : verbs) {
            if (v.index() < opening) {
                nearest = v;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** A verb hung on the quotation as its report: "..., X said", a parenthetical or a clause. */
    private static boolean isReport(Token v) {
        String rel = v.relation();
        return rel.equals(Rel.PARATAXIS) || rel.equals(Rel.CCOMP) || rel.equals(Rel.DEP) || rel.equals(Rel.ADVCL)
                || rel.equals(Rel.CONJ);
    }
}
