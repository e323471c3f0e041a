package org.dyad.core.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Token;
import org.dyad.core.syntax.Rel;

/**
 * The event a noun names, read with its modifiers: "hunger strike" before "strike", "military
 * aid" before "aid", "state of emergency" before "state", "strike on" before "strike"; and a noun that only carries another
 * ("mediation efforts", "aid deliveries") names the event of its compound. Also knows what ending
 * such an event is ("suspended aid" reduces aid, "lifted the curfew" eases it, "a suspension of
 * air links" reduces relations).
 */
final class NominalEvents {
    /** Nouns that name no event themselves but carry the one of their compound modifier. */
    private static final Set<String> CARRIERS = Set.of("effort", "delivery", "shipment", "program", "programme",
            "operation", "campaign", "mission", "process", "initiative");

    /**
     * Ending an event, by its CAMEO code, else by its root: halting talks (164) or mediation
     * (165), reducing aid (162), easing sanctions (085), curfews (0813), emergency rule (0814),
     * blockades (0872) and administrative sanctions (081), de-escalating force (087), and calling
     * off a protest, which yields to its target (080).
     */
    private static final Map<String, String> ENDING_BY_CODE = Map.ofEntries(Map.entry("045", "165"),
            Map.entry("071", "1621"), Map.entry("072", "1622"), Map.entry("073", "1623"), Map.entry("074", "1661"),
            Map.entry("163", "085"), Map.entry("172", "081"), Map.entry("1721", "0811"), Map.entry("1722", "0812"),
            Map.entry("1723", "0813"), Map.entry("1724", "0814"), Map.entry("191", "0872"));
    private static final Map<String, String> ENDING_BY_ROOT = Map.of("04", "164", "05", "160", "06", "160",
            "07", "162", "14", "080", "15", "087", "18", "087", "19", "087", "20", "087");

    /** Nouns that name the end of the event of their "of" noun: "a suspension of air links". */
    private static final Set<String> ENDINGS = Set.of("suspension", "halt", "end", "cancellation", "termination",
            "severance", "freeze", "lifting", "easing", "cessation");

    private final NounEventDictionary nouns;

    NominalEvents(NounEventDictionary nouns) {
        this.nouns = nouns;
    }

    /** The CAMEO code of the event this noun names, if it names one. */
    Optional<String> code(Token noun) {
        String lemma = lower(noun.lemma());
        for (Token m : noun.children()) {
            String r = m.relation();
            if (r.equals(Rel.COMPOUND) || r.equals(Rel.AMOD)) {
                Optional<String> phrase = nouns.code(lower(m.lemma()) + " " + lemma)
                        .or(() -> nouns.code(lower(m.word()) + " " + lemma));
                if (phrase.isPresent()) {
                    return phrase;
                }
            } else if (Rel.is(r, Rel.NMOD) && !m.children(Rel.CASE).isEmpty()
                    && lower(m.children(Rel.CASE).get(0).word()).equals("of")) {
                Optional<String> phrase = nouns.code(lemma + " of " + lower(m.lemma()));
                if (phrase.isPresent()) {
                    return phrase;
                }
            }
        }
        for (Token m : noun.children()) {
            // "strike on the airport", "attack against": the noun's own preposition may decide its sense.
            if (Rel.is(m.relation(), Rel.NMOD) && !m.children(Rel.CASE).isEmpty()) {
                Optional<String> sense = nouns.code(lemma + " " + lower(m.children(Rel.CASE).get(0).word()));
                if (sense.isPresent()) {
                    return sense;
                }
            }
        }
        // "engaged in fighting": a gerund the tagger read as a verb has its verb's lemma.
        Optional<String> own = nouns.code(lemma).or(() -> nouns.code(lower(noun.word())));
        if (own.isPresent()) {
            return own;
        }
        if (ENDINGS.contains(lemma)) {
            for (Token m : noun.children()) {
                if (Rel.is(m.relation(), Rel.NMOD) && !m.children(Rel.CASE).isEmpty()
                        && lower(m.children(Rel.CASE).get(0).word()).equals("of")) {
                    return code(m).flatMap(NominalEvents::ending);
                }
            }
            return Optional.empty();
        }
        if (!CARRIERS.contains(lemma)) {
            return own;
        }
        for (Token m : noun.children(Rel.COMPOUND)) {
            Optional<String> carried = code(m);
            if (carried.isPresent()) {
                return carried;
            }
        }
        return Optional.empty();
    }

    /**
     * The noun whose event this noun names or ends, whose phrases name the event's target: "links"
     * in "a suspension of air links with Serbia", "mediation" in "mediation efforts"; else itself.
     */
    Token eventNoun(Token noun) {
        String lemma = lower(noun.lemma());
        if (nouns.code(lemma).isPresent()) {
            return noun;
        }
        for (Token m : noun.children()) {
            boolean ofNoun = ENDINGS.contains(lemma) && Rel.is(m.relation(), Rel.NMOD) && !m.children(Rel.CASE).isEmpty()
                    && lower(m.children(Rel.CASE).get(0).word()).equals("of");
            boolean compound = CARRIERS.contains(lemma) && m.relation().equals(Rel.COMPOUND);
            if ((ofNoun || compound) && code(m).isPresent()) {
                return m;
            }
        }
        return noun;
    }

    /** The code of ending an event with this code, if CAMEO has one. */
    static Optional<String> ending(String code) {
        String exact = ENDING_BY_CODE.get(code);
        return Optional.ofNullable(exact != null ? exact : ENDING_BY_ROOT.get(code.substring(0, 2)));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
