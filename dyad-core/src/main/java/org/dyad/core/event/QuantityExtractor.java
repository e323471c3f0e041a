package org.dyad.core.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.Quantity;
import org.dyad.core.text.Span;
import org.dyad.core.syntax.Rel;

/**
 * Finds the numbers bound to an event's words: a number modifying the source, the target, the
 * trigger or the trigger's arguments ({@code more than 10,000 troops}, {@code killed 12 people},
 * {@code $116 million}), with the qualifier in front of it.
 */
public final class QuantityExtractor {
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("fifteen", 15L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("hundred", 100L),
            Map.entry("dozen", 12L), Map.entry("thousand", 1000L), Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    /** Quantities on the given tokens and their dependents, in text order, without repeats. */
    public List<Quantity> extract(Document doc, List<Integer> anchors) {
        List<Quantity> out = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (int anchor : anchors) {
            Token a = doc.token(anchor);
            List<Token> nouns = new ArrayList<>();
            nouns.add(a);
            for (Token c : a.children()) {
                String r = c.relation();
                if (r.equals(Rel.OBJ) || Rel.is(r, Rel.NSUBJ) || Rel.is(r, Rel.OBL) || r.equals(Rel.NMOD)) {
                    nouns.add(c);
                }
            }
            for (Token noun : nouns) {
                for (Token num : noun.children(Rel.NUMMOD)) {
                    if (!seen.contains(num.index())) {
                        quantity(doc, noun, num).ifPresent(q -> {
                            out.add(q);
                            seen.add(num.index());
                        });
                    }
                }
                if (noun.pos().equals("CD") && !seen.contains(noun.index()) && noun.index() != anchor) {
                    quantity(doc, a, noun).ifPresent(q -> {
                        out.add(q);
                        seen.add(noun.index());
                    });
                }
            }
        }
        return out;
    }

    private Optional<Quantity> quantity(Document doc, Token counted, Token number) {
        List<Token> parts = new ArrayList<>();
        parts.add(number);
        for (Token c : number.children()) {
            if (c.relation().equals(Rel.COMPOUND) || c.relation().equals(Rel.NUMMOD)) {
                parts.add(c);
            }
        }
        parts.sort(java.util.Comparator.comparingInt(Token::index));
        if (parts.size() == 1 && number.word().matches("(18|19|20)\\d\\d")) {
            return Optional.empty(); // "the Zapad 2021 exercises": a year, not a count (counts take commas)
        }
        Optional<Long> value = value(parts);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder qualifier = new StringBuilder();
        int first = number.index();
        for (Token c : number.children()) {
            if ((c.relation().equals(Rel.ADVMOD) || c.relation().equals(Rel.CASE) || c.relation().equals("quantmod"))
                    && c.index() < number.index()) {
                first = Math.min(first, c.index());
                for (int t = c.index(); t < number.index(); t++) {
                    String w = doc.tokens().word(t).toLowerCase(Locale.ROOT);
                    if (!parts.contains(doc.token(t)) && Character.isLetter(w.charAt(0))) {
                        qualifier.append(qualifier.length() == 0 ? "" : " ").append(w);
                    }
                }
                break;
            }
        }
        for (Token p : parts) {
            first = Math.min(first, p.index());
        }
        int last = parts.stream().mapToInt(Token::index).max().orElse(number.index());
        String what = counted.word().toLowerCase(Locale.ROOT);
        if (what.equals("$")) {
            what = "usd";
        } else if (counted.pos().equals("CD")) {
            return Optional.empty();
        }
        Span raw = doc.text().rawSpan(doc.tokens().start(first), doc.tokens().end(last));
        return Optional.of(new Quantity(what, value.get(), Optional.of(qualifier.toString()), raw));
    }

    /** "10,000", "1.2 million", "two", "dozens" is not a number. */
    static Optional<Long> value(List<Token> parts) {
        BigDecimal base = null;
        long scale = 1;
        for (Token p : parts) {
            String w = p.word().toLowerCase(Locale.ROOT).replace(",", "");
            if (SCALES.containsKey(w) && base != null) {
                scale *= SCALES.get(w);
            } else if (w.matches("\\d+(\\.\\d+)?")) {
                base = new BigDecimal(w);
            } else if (WORDS.containsKey(w)) {
                if (base == null) {
                    base = BigDecimal.valueOf(WORDS.get(w));
                } else {
                    scale *= WORDS.get(w);
                }
            }
        }
        if (base == null) {
            return Optional.empty();
        }
        BigDecimal v = base.multiply(BigDecimal.valueOf(scale));
        return v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Optional.empty() : Optional.of(v.longValue());
    }
}
