package org.dyad.codebooks.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Derives event nouns from coded verbs through WordNet's derivational links: a verb whose default
 * pattern codes an event ({@code arrest} 173, {@code expel} 174) lends its code to the nouns
 * WordNet derives from its most frequent senses ({@code arrest}, {@code expulsion}), so the verb
 * chooses the noun's sense. What is kept, automatically (docs/dictionaries.md, "Event nouns
 * derived from WordNet"):
 *
 * <ul>
 *   <li>the verb's code is an event's (not {@code ---}, not a statement, root 01, which PLOVER
 *       does not code);
 *   <li>the link leaves one of the verb's first {@value #VERB_SENSES} senses;
 *   <li>it reaches a noun sense that is an act, an event or a communication (WordNet's
 *       lexicographer files {@code noun.act}, {@code noun.event}, {@code noun.communication}), not
 *       a person ("protester"), an artifact ("bomb") or a state;
 *   <li>that sense is one of the noun's first {@value #NOUN_SENSES}: what the noun usually means is
 *       the event;
 *   <li>the noun is one word and not already hand-coded;
 *   <li>when several verbs lend a noun different codes, the link with the noun's most frequent sense
 *       (then the verb's) decides; a tie between different codes leaves the noun out as ambiguous.
 * </ul>
 *
 * Then by hand: a review list names the nouns dropped after reading their senses, each with its
 * reason. The derivation prints nothing: it returns the kept and the left-out nouns.
 */
public final class EventNounDerivation {
    /** How many of the verb's senses (most frequent first) may lend their code. */
    static final int VERB_SENSES = 1;
    /** How many of the noun's senses (most frequent first) may be the event. */
    static final int NOUN_SENSES = 1;
    private static final Set<String> EVENT_FILES = Set.of("noun.act", "noun.event", "noun.communication");

    private final Dictionary wordnet;

    public EventNounDerivation(Dictionary wordnet) {
        this.wordnet = Objects.requireNonNull(wordnet, "wordnet");
    }

    /** A kept noun: its code and the verb sense it came from ("arrest#1"). */
    public record Noun(String noun, String code, String verb, int verbSense, int nounSense, String lexFile) {
        public Noun {
            if (!code.matches("\\d{2,4}")) {
                throw new IllegalArgumentException("noun '" + noun + "' has a bad CAMEO code '" + code + "'");
            }
        }
    }


    /**
     * @param verbCodes each coded verb's default CAMEO code
     * @param handCoded nouns the hand-written noun dictionary already codes
     * @param review nouns dropped by hand, each with its reason
     */
    public Derived<Noun> derive(Map<String, String> verbCodes, Set<String> handCoded, Map<String, String> review)
            throws JWNLException {
        Map<String, List<Noun>> candidates = new TreeMap<>();
        for (Map.Entry<String, String> v : new TreeMap<>(verbCodes).entrySet()) {
            if (LeftOut.lendsAnEvent(v.getValue())) {
                for (Noun n : nounsOf(v.getKey(), v.getValue())) {
                    candidates.computeIfAbsent(n.noun(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        List<Noun> kept = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (Map.Entry<String, List<Noun>> c : candidates.entrySet()) {
            String noun = c.getKey();
            if (handCoded.contains(noun)) {
                continue; // the hand-written entry decides; not a derivation's loss
            }
            List<Noun> links = new ArrayList<>(c.getValue());
            links.sort(Comparator.comparingInt(Noun::nounSense).thenComparingInt(Noun::verbSense));
            Noun best = links.get(0);
            boolean tie = links.stream().anyMatch(n -> n.nounSense() == best.nounSense()
                    && n.verbSense() == best.verbSense() && !n.code().equals(best.code()));
            if (tie) {
                leftOut.add(new LeftOut(noun, "ambiguous: " + describe(links)));
            } else if (review.containsKey(noun)) {
                leftOut.add(new LeftOut(noun, "review: " + review.get(noun)));
            } else {
                kept.add(best);
            }
        }
        return new Derived<>(kept, leftOut);
    }

    /** The nouns WordNet derives from the verb's first senses, with the verb's code. */
    private List<Noun> nounsOf(String verb, String code) throws JWNLException {
        IndexWord index = wordnet.getIndexWord(POS.VERB, verb);
        if (index == null) {
            return List.of();
        }
        Map<String, Noun> out = new LinkedHashMap<>();
        List<Synset> senses = index.getSenses();
        for (int s = 0; s < Math.min(VERB_SENSES, senses.size()); s++) {
            for (Word w : senses.get(s).getWords()) {
                if (!w.getLemma().equalsIgnoreCase(verb)) {
                    continue;
                }
                for (Pointer p : w.getPointers()) {
                    if (p.getType() != PointerType.DERIVATION || p.getTargetPOS() != POS.NOUN) {
                        continue;
                    }
                    Word target = (Word) p.getTarget();
                    String noun = target.getLemma().toLowerCase(Locale.ROOT);
                    String file = target.getSynset().getLexFileName();
                    int nounSense = target.getSenseNumber();
                    if (noun.contains(" ") || !EVENT_FILES.contains(file) || nounSense > NOUN_SENSES) {
                        continue;
                    }
                    out.putIfAbsent(noun, new Noun(noun, code, verb, s + 1, nounSense, file));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** A code of an event PLOVER can type: numeric, not a statement (root 01). */
    private static String describe(List<Noun> links) {
        StringBuilder b = new StringBuilder();
        for (Noun n : links) {
            b.append(b.length() == 0 ? "" : ", ").append(n.verb()).append('#').append(n.verbSense()).append(' ')
                    .append(n.code());
        }
        return b.toString();
    }
}
