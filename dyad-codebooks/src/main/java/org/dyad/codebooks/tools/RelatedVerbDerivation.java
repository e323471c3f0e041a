package org.dyad.codebooks.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
 * Derives verbs the dictionaries lack from the coded verbs WordNet 3.1 relates them to: a verb
 * whose default pattern codes an event ({@code bombard} 195 ...) lends its code to the verbs of
 * its most frequent sense's synset ({@code shell}) and, where the relation keeps the event, of the
 * synsets one step below it (troponyms: ways of doing it). The sense chooses, as for the event
 * nouns (docs/dictionaries.md, "Verbs derived from WordNet 3.1"):
 *
 * <ul>
 *   <li>the coded verb's code is an event's (not {@code ---}, not a statement, root 01), and the
 *       sense that carries it is of a semantic field that can hold an event of that root
 *       ({@link SenseFields}: "apprehend" 173 is first "comprehend", {@code verb.cognition}, which
 *       holds no arrest, so it lends nothing);
 *   <li>only the coded verb's first (most frequent) sense lends, and only to a verb whose own
 *       first sense is the synset reached: "see" is in the synset of "meet", but seeing is what
 *       "see" usually means;
 *   <li>the new verb is one word, or a word and a particle ("gun down"), that neither verb file
 *       knows (for a particle verb, not its bare verb either): a hand entry always decides;
 *   <li>when several coded verbs lend a verb different codes, the nearer relation (synonym, then
 *       troponym, then hypernym) decides; different codes at the same distance leave it out as
 *       ambiguous;
 *   <li>a troponym only of a synset that has a hypernym itself: the roots of WordNet's verb
 *       hierarchy ("remove", "travel", "change") are too general to say which event a way of
 *       doing them is;
 *   <li>a hypernym, more general than the coded verbs, is kept only when at least
 *       {@value #HYPERNYM_MIN_TROPONYMS} of its coded troponyms lend it and all lend the same code.
 * </ul>
 *
 * Then by hand: a review list names the verbs dropped after reading their senses, each with its
 * reason. The derivation prints nothing: it returns the kept and the left-out verbs.
 */
public final class RelatedVerbDerivation {
    /** How many coded troponyms a hypernym needs, all with one code. */
    static final int HYPERNYM_MIN_TROPONYMS = 2;
    /** The particles a WordNet verb of two words may end with to be read as a particle verb. */
    static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "away", "back", "over");

    /** How a derived verb's first sense is related to the coded verb's first sense. */
    public enum Relation {
        /** the same synset */
        SYNONYM,
        /** a direct troponym (WordNet's verb hyponym): a way of doing the coded act */
        TROPONYM,
        /** the direct hypernym of several coded verbs that agree on their code */
        HYPERNYM
    }

    private final Dictionary wordnet;
    private final Set<Relation> relations;

    /** @param relations the relations that may lend a code */
    public RelatedVerbDerivation(Dictionary wordnet, Set<Relation> relations) {
        this.wordnet = Objects.requireNonNull(wordnet, "wordnet");
        this.relations = relations.isEmpty() ? Set.of() : EnumSet.copyOf(relations);
    }

    /** A kept verb: its particle ("" for none), its code, the relation and the coded verb that lent it. */
    public record Verb(String verb, String particle, String code, Relation relation, String from, String lexFile) {
        public Verb {
            if (verb == null || !verb.matches("[a-z][a-z-]*")) {
                throw new IllegalArgumentException("verb '" + verb + "' is not a one-word lower-case lemma");
            }
            if (!particle.isEmpty() && !PARTICLES.contains(particle)) {
                throw new IllegalArgumentException("verb '" + verb + "' has an unknown particle '" + particle + "'");
            }
            if (!code.matches("\\d{2,4}")) {
                throw new IllegalArgumentException("verb '" + verb + "' has a bad CAMEO code '" + code + "'");
            }
            Objects.requireNonNull(relation, "relation");
        }

        /** The verb as the dictionaries key it: "gun down", "shell". */
        public String key() {
            return particle.isEmpty() ? verb : verb + " " + particle;
        }
    }


    /**
     * @param verbCodes each coded verb's default CAMEO code ("verb" or "verb particle")
     * @param known every verb and particle verb the verb files name, with or without a default
     * @param review verbs dropped by hand ("verb" or "verb particle"), each with its reason
     */
    public Derived<Verb> derive(Map<String, String> verbCodes, Set<String> known, Map<String, String> review)
            throws JWNLException {
        Map<String, List<Verb>> candidates = new TreeMap<>();
        for (Map.Entry<String, String> v : new TreeMap<>(verbCodes).entrySet()) {
            if (LeftOut.lendsAnEvent(v.getValue()) && !v.getKey().contains(" ")) {
                for (Verb d : relatedTo(v.getKey(), v.getValue(), known)) {
                    candidates.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        List<Verb> kept = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (Map.Entry<String, List<Verb>> c : candidates.entrySet()) {
            List<Verb> links = new ArrayList<>(c.getValue());
            links.sort(Comparator.comparing(Verb::relation));
            Verb best = links.get(0);
            List<Verb> nearest = links.stream().filter(l -> l.relation() == best.relation()).toList();
            boolean agree = nearest.stream().allMatch(l -> l.code().equals(best.code()));
            if (!agree) {
                leftOut.add(new LeftOut(c.getKey(), "ambiguous: " + describe(nearest)));
            } else if (best.relation() == Relation.HYPERNYM && nearest.size() < HYPERNYM_MIN_TROPONYMS) {
                leftOut.add(new LeftOut(c.getKey(), "hypernym of one coded verb only: " + describe(nearest)));
            } else if (review.containsKey(c.getKey())) {
                leftOut.add(new LeftOut(c.getKey(), "review: " + review.get(c.getKey())));
            } else {
                kept.add(nearest.size() == 1 ? best : withSources(best, nearest));
            }
        }
        return new Derived<>(kept, leftOut);
    }

    /** The verbs WordNet relates to the coded verb's first sense, each lent the coded verb's code. */
    private List<Verb> relatedTo(String coded, String code, Set<String> known) throws JWNLException {
        IndexWord index = wordnet.getIndexWord(POS.VERB, coded);
        if (index == null || index.getSenses().isEmpty()) {
            return List.of();
        }
        Synset first = index.getSenses().get(0);
        List<Verb> out = new ArrayList<>();
        if (!SenseFields.holds(first.getLexFileName(), code)) {
            return out;
        }
        if (relations.contains(Relation.SYNONYM)) {
            addWords(first, Relation.SYNONYM, coded, code, known, out);
        }
        if (relations.contains(Relation.TROPONYM) && !first.getPointers(PointerType.HYPERNYM).isEmpty()) {
            for (Pointer p : first.getPointers(PointerType.HYPONYM)) {
                addWords(p.getTargetSynset(), Relation.TROPONYM, coded, code, known, out);
            }
        }
        if (relations.contains(Relation.HYPERNYM)) {
            for (Pointer p : first.getPointers(PointerType.HYPERNYM)) {
                addWords(p.getTargetSynset(), Relation.HYPERNYM, coded, code, known, out);
            }
        }
        return out;
    }

    /** The words of a synset that are new to the verb files and whose own first sense it is. */
    private void addWords(Synset synset, Relation relation, String coded, String code, Set<String> known,
            List<Verb> out) throws JWNLException {
        if (!SenseFields.holds(synset.getLexFileName(), code)) {
            return;
        }
        for (Word w : synset.getWords()) {
            String lemma = w.getLemma().toLowerCase(Locale.ROOT);
            String[] parts = lemma.split(" ");
            boolean oneWord = parts.length == 1;
            boolean particleVerb = parts.length == 2 && PARTICLES.contains(parts[1]);
            if (!(oneWord || particleVerb) || !parts[0].matches("[a-z][a-z-]*") || known.contains(lemma)
                    || known.contains(parts[0]) || !isFirstSense(lemma, synset)) {
                continue;
            }
            out.add(new Verb(parts[0], oneWord ? "" : parts[1], code, relation, coded, synset.getLexFileName()));
        }
    }

    private boolean isFirstSense(String lemma, Synset synset) throws JWNLException {
        IndexWord index = wordnet.getIndexWord(POS.VERB, lemma);
        return index != null && !index.getSenses().isEmpty() && index.getSenses().get(0).getOffset() == synset.getOffset();
    }

    /** A code of an event PLOVER can type: numeric, not a statement (root 01). */
    private static Verb withSources(Verb best, List<Verb> links) {
        List<String> from = links.stream().map(Verb::from).distinct().toList();
        return new Verb(best.verb(), best.particle(), best.code(), best.relation(), String.join(",", from),
                best.lexFile());
    }

    private static String describe(List<Verb> links) {
        StringBuilder b = new StringBuilder();
        for (Verb v : links) {
            b.append(b.length() == 0 ? "" : ", ").append(v.relation().name().toLowerCase(Locale.ROOT)).append(" of ")
                    .append(v.from()).append("#1 ").append(v.code());
        }
        return b.toString();
    }
}
