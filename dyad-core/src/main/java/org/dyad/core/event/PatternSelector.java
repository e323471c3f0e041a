package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Rel;

/**
 * Chooses the verb pattern that codes a predicate: the most specific phrase pattern that matches
 * the words of its clause, else a slot pattern whose object, preposition or subject fits, over
 * every reading of the verb (particle, preposition, bare), else the verb's default.
 */
final class PatternSelector {
    /** Nouns that measure what their "of" phrase names: "tons of aid", "part of a program". */
    private static final Set<String> MEASURE_NOUNS = Set.of("ton", "tonne", "kg", "kilogram", "pound", "litre",
            "liter", "gallon", "barrel", "worth", "amount", "quantity", "shipment", "consignment", "load", "batch",
            "part", "portion", "half", "third", "lot", "package", "series", "wave", "round", "spate");
    /** The word of a pattern that asks its slot for a person or group (docs/dictionaries.md, "Verb senses"). */
    static final String PERSON = "@person";
    /** Pronouns of persons: "freed them", "released him". */
    private static final Set<String> PERSON_PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "we",
            "us", "they", "them", "who", "whom");

    private final VerbDictionary verbs;
    private final NominalEvents nouns;

    PatternSelector(VerbDictionary verbs, NominalEvents nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
    }

    PatternChoice select(CodingContext ctx, Token verb) {
        String lemma = verbs.entryFor(verb.word(), verb.lemma());
        List<String> particles = new ArrayList<>();
        for (Token prt : verb.children(Rel.COMPOUND_PRT)) {
            particles.add(prt.word().toLowerCase(Locale.ROOT));
        }
        for (Token obl : Phrases.obliques(verb)) {
            particles.add(Phrases.caseOf(obl));
        }
        particles.add("");
        PatternChoice phrased = phraseChoice(ctx, verb, lemma, particles);
        if (!(phrased instanceof PatternChoice.NoPattern)) {
            return phrased;
        }
        // Specific patterns of every reading first (particle, preposition, bare verb), then the
        // defaults in the same order: "participated in the exercises" is the exercises' code
        // even though "participate in" has a default of its own.
        for (String particle : particles) {
            String verbKey = particle.isEmpty() ? lemma : lemma + " " + particle;
            for (VerbPattern p : verbs.patterns(lemma, particle)) {
                Optional<PatternChoice> slot = slotChoice(ctx, verb, p, verbKey);
                if (slot.isPresent()) {
                    return slot.get();
                }
            }
        }
        for (String particle : particles) {
            for (VerbPattern p : verbs.patterns(lemma, particle)) {
                if (p.slot() == VerbPattern.Slot.DEFAULT) {
                    return PatternChoice.of(p, -1, false, particle.isEmpty() ? lemma : lemma + " " + particle);
                }
            }
        }
        return new PatternChoice.NoPattern();
    }

    private Optional<PatternChoice> slotChoice(CodingContext ctx, Token verb, VerbPattern p, String verbKey) {
        switch (p.slot()) {
            case OBJECT -> {
                List<Token> objects = objectsAndPredicates(verb);
                if (p.words().contains(PERSON)) {
                    objects.addAll(verb.children(Rel.NSUBJ_PASS)); // "two hostages were released"
                }
                for (Token o : slotHeads(objects)) {
                    if (fits(ctx, p, o)) {
                        return Optional.of(PatternChoice.of(p, o.index(), true, verbKey + " +obj " + o.lemma()));
                    }
                }
            }
            case PREPOSITION -> {
                for (Token o : slotHeads(Phrases.obliques(verb))) {
                    if (Phrases.caseOf(o).equals(p.preposition()) && fits(ctx, p, o)) {
                        return Optional.of(PatternChoice.of(p, o.index(), true,
                                verbKey + " +" + p.preposition() + " " + o.lemma()));
                    }
                }
            }
            case SUBJECT -> {
                for (Token o : verb.children(Rel.NSUBJ)) {
                    if (fits(ctx, p, o)) {
                        return Optional.of(PatternChoice.of(p, o.index(), true, verbKey + " +subj " + o.lemma()));
                    }
                }
            }
            case DEFAULT, PHRASE -> {
            }
        }
        return Optional.empty();
    }

    /**
     * The heads a slot offers its patterns: each head, and after a measure its "of" noun ("25,000
     * tons of food aid", "700 kg of medicine", "part of a military aid program"), which keeps the
     * measure's preposition so that prepositional patterns still see it.
     */
    private static List<Token> slotHeads(List<Token> heads) {
        List<Token> out = new ArrayList<>();
        for (Token h : heads) {
            out.add(h);
            if (MEASURE_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT)) || !h.children(Rel.NUMMOD).isEmpty()) {
                for (Token inner : h.children()) {
                    if (Rel.is(inner.relation(), Rel.NMOD) && Phrases.caseOf(inner).equals("of")) {
                        out.add(inner);
                    }
                }
            }
        }
        return out;
    }

    /**
     * What an object pattern tests: the objects, then a predicative complement with no "to" of its
     * own ("found him guilty", "a woman believed linked to Al-Qaeda").
     */
    private static List<Token> objectsAndPredicates(Token verb) {
        List<Token> out = new ArrayList<>(Clauses.objects(verb));
        for (Token c : verb.children(Rel.XCOMP)) {
            if (c.pos().matches("JJ|VBN") && c.children(Rel.MARK).isEmpty()) {
                out.add(c);
            }
        }
        if (out.isEmpty()) {
            // "vowed to wage war": a verb with no object of its own meets its patterns' words in
            // the object of the infinitive it governs, as TABARI's patterns read the words after it.
            for (Token clause : Clauses.infinitiveClauses(verb)) {
                out.addAll(Clauses.directObjects(clause));
            }
        }
        return out;
    }

    /**
     * The most specific phrase pattern that matches the words after the verb, over every reading
     * of the verb; {@link PatternChoice.NoPattern} when none matches.
     */
    private PatternChoice phraseChoice(CodingContext ctx, Token verb, String lemma, List<String> particles) {
        VerbPattern best = null;
        PhraseMatcher.Match bestMatch = null;
        String bestKey = null;
        List<Token> window = null; // built once, when the verb has a phrase pattern
        for (String particle : particles) {
            for (VerbPattern p : verbs.patterns(lemma, particle)) {
                if (p.phrase().isEmpty()
                        || (best != null && p.phrase().get().specificity() < best.phrase().get().specificity())) {
                    continue;
                }
                if (window == null) {
                    window = Clauses.window(verb);
                }
                Optional<PhraseMatcher.Match> m = ctx.phrases.match(p.phrase().get(), window);
                if (m.isPresent() && (best == null
                        || p.phrase().get().specificity() > best.phrase().get().specificity()
                        || m.get().words() > bestMatch.words())) {
                    best = p;
                    bestMatch = m.get();
                    bestKey = particle.isEmpty() ? lemma : lemma + " " + particle;
                }
            }
        }
        if (best == null) {
            return new PatternChoice.NoPattern();
        }
        String rule = bestKey + " " + best.phrase().get();
        if (best.code().isEmpty()) {
            return new PatternChoice.NotAnEvent(rule);
        }
        return new PatternChoice.Coded(new Coding(best.code().get(), -1, true, rule, bestMatch.sourceToken(),
                bestMatch.targetToken(), best.phrase().get().subjectIsTarget(), best.reverseCode(), PatternKind.PHRASE));
    }

    private boolean fits(CodingContext ctx, VerbPattern p, Token slot) {
        if (!TimePhrases.mayFill(p, slot)) {
            return false; // "called on Wednesday": no coded slot; "took years" still ---, "gave 48 hours" 139
        }
        if (!LightPatterns.mayCode(verbs, p)) {
            return false; // "seized part of the city" is no 030 from a light noun (branch verbaudit)
        }
        if (p.words().isEmpty()) {
            return true;
        }
        String lemma = slot.lemma().toLowerCase(Locale.ROOT);
        String word = slot.word().toLowerCase(Locale.ROOT);
        for (String w : p.words()) {
            if (w.equals(lemma) || w.equals(word)
                    || (w.equals("@place") && ctx.isPlace(slot.index()))
                    || (w.equals("@event") && nouns.code(slot).isPresent())
                    || (w.equals("@compound") && !slot.children(Rel.CONJ).isEmpty())
                    || (w.equals(PERSON) && isPerson(ctx, slot, lemma))
                    || (w.contains("_") && fitsGroup(w.split("_"), slot))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A slot that names a person or group: an actor, a person's name, a personal pronoun, or a
     * noun whose most frequent sense is a person or group ("prisoners", "hostages", "a delegation";
     * the verb dictionary's {@code @person} class, derived from WordNet 3.1).
     */
    boolean isPerson(CodingContext ctx, Token slot, String lemma) {
        if (MEASURE_NOUNS.contains(lemma)) {
            return false; // "a series of statements": the "of" noun is the slot's next head
        }
        return !ctx.actorsCovering(slot.index()).isEmpty() || ctx.unlistedPersonAt(slot.index()).isPresent()
                || (slot.pos().startsWith("PRP") && PERSON_PRONOUNS.contains(lemma))
                || verbs.inClass(PERSON, lemma);
    }

    /**
     * A head word with its modifiers ("death_toll"), read as a phrase pattern's noun group is: the
     * last word is the slot's head, the word before stands right before it ("Eriador's death
     * toll", not "death and injury toll"), earlier words stand in order before that in its phrase.
     */
    private static boolean fitsGroup(String[] words, Token head) {
        int k = words.length - 1;
        for (int i = head.index(); i >= 0 && k >= 0; i--) {
            Token t = head.document().token(i);
            boolean same = words[k].equals(t.word().toLowerCase(Locale.ROOT))
                    || words[k].equals(t.lemma().toLowerCase(Locale.ROOT));
            if (i != head.index() && !Phrases.dominates(head, t)) {
                break;
            }
            if (same) {
                k--;
            } else if (i >= head.index() - 1) {
                return false; // the head and the word right before it must be the group's last two
            }
        }
        return k < 0;
    }
}
