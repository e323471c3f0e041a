package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words that must follow a verb for a pattern to apply, in Dyad's phrase notation (the
 * {@code phrase} slot of a verb dictionary; docs/dictionaries.md):
 *
 * <pre>
 * * {new military|economic|cultural relations}      noun phrase ending in "relations"
 * * memos (on military|economic) (from $)            words, prepositional phrases, the source
 * * eid (at ^) (with +)                              one skipped word, the target
 * </pre>
 *
 * {@code *} is the verb; words are matched in order, not necessarily next to each other;
 * {@code a|b} are alternatives and {@code a_b} consecutive words; {@code {...}} is one noun phrase
 * whose last word is its head; {@code (p ...)} is one prepositional phrase introduced by {@code p};
 * {@code $} marks the source and {@code +} the target (the next actor); {@code ^} skips one word.
 * A {@code +} before the verb ({@code + * (from $)}) makes the subject the target.
 *
 * @param subjectIsTarget whether the verb's subject is the event's target
 * @param elements what follows the verb, in order
 */
public record PhrasePattern(boolean subjectIsTarget, List<Element> elements) {

    public PhrasePattern {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a phrase pattern needs something after the verb");
        }
    }

    /** One part of a pattern. */
    public sealed interface Element permits Words, NounGroup, PrepGroup, Mark {
    }

    /** One word, given as alternatives; each alternative is a run of consecutive words. */
    public record Words(List<List<String>> alternatives) implements Element {
        public Words {
            alternatives = alternatives.stream().map(List::copyOf).toList();
            if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("a word element needs at least one non-empty alternative");
            }
        }
    }

    /** Words of one noun phrase; the last is the phrase's head. */
    public record NounGroup(List<Words> words) implements Element {
        public NounGroup {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a noun group {...} needs words");
            }
        }
    }

    /** A prepositional phrase: its preposition and what must stand inside it. */
    public record PrepGroup(String preposition, List<Element> inside) implements Element {
        public PrepGroup {
            if (preposition == null || preposition.isBlank()) {
                throw new IllegalArgumentException("a prepositional group (...) starts with its preposition");
            }
            inside = List.copyOf(inside);
            if (inside.stream().anyMatch(e -> e instanceof PrepGroup)) {
                throw new IllegalArgumentException("prepositional groups do not nest");
            }
        }
    }

    /** The source, the target, or one skipped word. */
    public enum Mark implements Element { SOURCE, TARGET, SKIP }

    /** How many words the pattern names: more words, a more specific pattern. */
    public int specificity() {
        return count(elements);
    }

    private static int count(List<? extends Element> es) {
        int n = 0;
        for (Element e : es) {
            if (e instanceof Words) {
                n += 1;
            } else if (e instanceof NounGroup g) {
                n += count(g.words());
            } else if (e instanceof PrepGroup p) {
                n += 1 + count(p.inside());
            } else if (e != Mark.SKIP) {
                n += 1;
            }
        }
        return n;
    }

    /**
     * Reads the notation above. The text may start with {@code *} (the verb); nothing may stand
     * before it, since Dyad does not match words before the verb.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PhrasePattern parse(String text) {
        String t = text.trim();
        boolean subjectIsTarget = t.matches("\\+\\s*\\*.*");
        if (subjectIsTarget) {
            t = t.substring(1).trim();
        }
        if (t.startsWith("*")) {
            t = t.substring(1);
        } else if (t.contains("*")) {
            throw new IllegalArgumentException("phrase '" + text + "': words before the verb (*) are not supported");
        }
        List<String> tokens = tokenize(t);
        int[] at = {0};
        List<Element> out = new ArrayList<>();
        while (at[0] < tokens.size()) {
            out.add(element(tokens, at, text));
        }
        return new PhrasePattern(subjectIsTarget, out);
    }

    private static Element element(List<String> tokens, int[] at, String text) {
        String tok = tokens.get(at[0]++);
        switch (tok) {
            case "$" -> {
                return Mark.SOURCE;
            }
            case "+" -> {
                return Mark.TARGET;
            }
            case "^" -> {
                return Mark.SKIP;
            }
            case "{" -> {
                List<Words> words = new ArrayList<>();
                while (at[0] < tokens.size() && !tokens.get(at[0]).equals("}")) {
                    Element e = element(tokens, at, text);
                    if (!(e instanceof Words w)) {
                        throw new IllegalArgumentException("phrase '" + text + "': a noun group {...} holds words only");
                    }
                    words.add(w);
                }
                expectClose(tokens, at, "}", text);
                return new NounGroup(words);
            }
            case "(" -> {
                if (at[0] >= tokens.size() || isSyntax(tokens.get(at[0]))) {
                    throw new IllegalArgumentException("phrase '" + text + "': '(' must be followed by a preposition");
                }
                String prep = tokens.get(at[0]++);
                List<Element> inside = new ArrayList<>();
                while (at[0] < tokens.size() && !tokens.get(at[0]).equals(")")) {
                    inside.add(element(tokens, at, text));
                }
                expectClose(tokens, at, ")", text);
                return new PrepGroup(prep, inside);
            }
            case "}", ")" -> throw new IllegalArgumentException("phrase '" + text + "': unmatched '" + tok + "'");
            default -> {
                return words(tok);
            }
        }
    }

    private static Words words(String token) {
        List<List<String>> alternatives = new ArrayList<>();
        for (String alt : token.split("\\|")) {
            List<String> run = new ArrayList<>();
            for (String w : alt.split("_")) {
                if (!w.isEmpty()) {
                    run.add(w.toLowerCase(Locale.ROOT));
                }
            }
            if (!run.isEmpty()) {
                alternatives.add(run);
            }
        }
        return new Words(alternatives);
    }

    private static void expectClose(List<String> tokens, int[] at, String close, String text) {
        if (at[0] >= tokens.size()) {
            throw new IllegalArgumentException("phrase '" + text + "': missing '" + close + "'");
        }
        at[0]++;
    }

    private static boolean isSyntax(String tok) {
        return tok.length() == 1 && "${}()+^".contains(tok);
    }

    private static List<String> tokenize(String t) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || "{}()$+^".indexOf(c) >= 0) {
                if (!word.isEmpty()) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    out.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }

    /** The pattern in its notation, as a dictionary line writes it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(subjectIsTarget ? "+ *" : "*");
        for (Element e : elements) {
            sb.append(' ').append(text(e));
        }
        return sb.toString();
    }

    private static String text(Element e) {
        if (e instanceof Words w) {
            return String.join("|", w.alternatives().stream().map(a -> String.join("_", a)).toList());
        }
        if (e instanceof NounGroup g) {
            return "{" + String.join(" ", g.words().stream().map(PhrasePattern::text).toList()) + "}";
        }
        if (e instanceof PrepGroup p) {
            return "(" + p.preposition() + p.inside().stream().map(x -> " " + text(x)).reduce("", String::concat) + ")";
        }
        return switch ((Mark) e) {
            case SOURCE -> "$";
            case TARGET -> "+";
            case SKIP -> "^";
        };
    }
}
