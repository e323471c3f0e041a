package org.dyad.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;

/**
 * A predicate's arguments in the parse: subjects (shared, controlled, relative, fronted),
 * objects, passive voice and its "by" agent, infinitives, and the window of words its clause spans.
 */
public final class Clauses {
    private static final Set<String> DAY_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private Clauses() {
    }

    /** True for the name of a day of the week, in any case. */
    public static boolean isDayName(String word) {
        return DAY_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code t} is its clause's subject. A day parsed as one ("vowed on Thursday to wage
     * war") is a time phrase, and the clause has its governor's subject.
     */
    public static boolean isSubject(Token t) {
        return (t.relation().equals(Rel.NSUBJ) || t.relation().equals(Rel.NSUBJ_PASS)) && !isDayName(t.word());
    }

    /** The subjects of a clause itself, with their conjuncts: no sharing, no control. */
    public static List<Token> ownSubjects(Token clause) {
        List<Token> out = new ArrayList<>();
        for (Token c : clause.children()) {
            if (isSubject(c)) {
                out.addAll(Phrases.conjuncts(c));
            }
        }
        return out;
    }

    /** Who does what the verb says: its subject, or the subject it shares with the verb it hangs on. */
    public static List<Token> subjects(Token verb) {
        List<Token> direct = new ArrayList<>();
        for (Token c : verb.children()) {
            if (isSubject(c)) {
                direct.addAll(Phrases.conjuncts(relativeAntecedent(c)));
            }
        }
        if (!direct.isEmpty()) {
            return direct;
        }
        for (Token clause : verb.children(Rel.CSUBJ)) {
            List<Token> objects = clause.children(Rel.OBJ);
            if (!clause.children(Rel.NSUBJ).isEmpty() && !objects.isEmpty()) {
                // "Ethiopia indicated it would act": the main clause hung as the clausal subject of
                // its complement; the complement's subject is that clause's object.
                return Phrases.conjuncts(objects.get(0));
            }
        }
        Token gov = verb.head();
        if (gov == null) {
            return frontedSubject(verb);
        }
        String rel = verb.relation();
        if (rel.equals(Rel.XCOMP)) {
            List<Token> objs = gov.children(Rel.OBJ);
            if (!objs.isEmpty()) {
                return Phrases.conjuncts(objs.get(0)); // object control: "found itself hit"
            }
            return subjects(gov);
        }
        if (rel.equals(Rel.CONJ) || Rel.isAdverbialClause(rel)
                || (rel.equals(Rel.DEP) && (Pos.isParticiple(verb.pos()) || isReducedRelative(gov)))) {
            return gov.isVerb() || Pos.isAdjective(gov.pos()) ? subjects(gov) : List.of();
        }
        if (Rel.isNounClause(rel) && verb.pos().equals(Pos.VBG) && gov.isNoun()) {
            return Phrases.conjuncts(gov);
        }
        if (Rel.isNounClause(rel) && verb.pos().equals(Pos.VBN) && !directObjects(verb).isEmpty()) {
            // "Doctors from two aid groups donated goods" parsed as a noun phrase: a participle with
            // an object of its own is no passive, so it is the sentence's verb and the root noun
            // its subject.
            Token root = verb;
            while (root.head() != null) {
                root = root.head();
            }
            return root.isNoun() ? Phrases.conjuncts(root) : List.of();
        }
        return List.of();
    }

    /**
     * "With the signing of a memorandum on the cessation of hostilities, the government and the
     * rebels have agreed": a long fronted phrase can swallow the subject as an apposition of its
     * last noun. A subjectless main verb takes the noun phrase that ends right before it (and its
     * auxiliaries) when that phrase is such an apposition, set off by a comma.
     */
    private static List<Token> frontedSubject(Token verb) {
        Document doc = verb.document();
        int i = verb.index() - 1;
        while (i >= 0 && verb.equals(doc.token(i).head()) && doc.token(i).relation().matches("aux|aux:pass|advmod")) {
            i--;
        }
        if (i < 0) {
            return List.of();
        }
        Token np = doc.token(i);
        while (np.relation().equals(Rel.CONJ) && np.head() != null && np.head().index() < np.index()) {
            np = np.head();
        }
        if (!np.isNoun() || !np.relation().equals(Rel.APPOS) || np.head().index() > np.index()) {
            return List.of();
        }
        int first = np.index();
        for (Token c : np.children()) {
            if (c.index() < first && c.relation().matches("det|amod|compound|nummod")) {
                first = c.index();
            }
        }
        return first > 0 && doc.token(first - 1).word().equals(",") ? Phrases.conjuncts(np) : List.of();
    }

    /**
     * "workers affiliated with the union stopped work" parsed with the participle as the root and
     * the real verb hanging on it: a bare participle with a subject, and no auxiliary, that a
     * later verb depends on is a reduced relative on that subject.
     */
    private static boolean isReducedRelative(Token participle) {
        return Phrases.isBareParticiple(participle) && !participle.children(Rel.NSUBJ).isEmpty();
    }

    /** "the group that attacked": the relative pronoun stands for the noun the clause modifies. */
    private static Token relativeAntecedent(Token subject) {
        String pos = subject.pos();
        Token clause = subject.head();
        if ((pos.equals(Pos.WDT) || pos.equals(Pos.WP)) && clause != null && Rel.isNounClause(clause.relation())
                && clause.head() != null) {
            return clause.head();
        }
        return subject;
    }

    /**
     * The subjects of the clause a word is an object or a phrase of ("Gondor attacked them",
     * "Gondor spoke with him", "signed a deal with them"): its co-arguments, which a pronoun that is
     * not reflexive never refers to (binding theory's principle B). None for a subject or a
     * possessive ("Gondor moved its troops" is Gondor's).
     */
    public static List<Token> coArgumentSubjects(Token word) {
        String rel = word.relation();
        if (rel.equals(Rel.NMOD_POSS)
                || !(rel.equals(Rel.OBJ) || rel.equals(Rel.IOBJ) || Rel.is(rel, Rel.OBL) || Rel.is(rel, Rel.NMOD))) {
            return List.of();
        }
        Token clause = word.head();
        while (clause != null && !clause.isVerb() && (Rel.is(clause.relation(), Rel.OBJ) || Rel.is(clause.relation(), Rel.OBL))) {
            clause = clause.head(); // the phrase of the verb's object or of its phrase
        }
        if (clause == null || !clause.isVerb()
                || (rel.equals(Rel.OBJ) && clause.equals(word.head()) && Rel.is(clause.relation(), Rel.CSUBJ))) {
            // "Ethiopia indicated it would act": the main clause hung as the clausal subject of its
            // complement, whose subject is that clause's "object" ({@link #subjects})
            return List.of();
        }
        return subjects(clause);
    }

    /** The direct and indirect objects of a predicate. */
    public static List<Token> directObjects(Token verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : verb.children()) {
            if (c.relation().equals(Rel.OBJ) || c.relation().equals(Rel.IOBJ)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A verb's objects, mended where the parser split a verb or a noun phrase: a noun object with an
     * object of its own hands it over ("will not wire tap the links"), a participial modifier's
     * object ("detaining fleeing soldiers") and a misparsed reduced relative's noun ("welcomed
     * memos sent by Bree") are the verb's.
     */
    public static List<Token> objects(Token verb) {
        List<Token> out = directObjects(verb);
        for (Token o : List.copyOf(out)) {
            if (o.isNoun()) {
                out.addAll(o.children(Rel.OBJ));
            }
        }
        if (out.isEmpty()) {
            for (Token c : verb.children()) {
                if (isParticipialModifier(c)) {
                    out.addAll(directObjects(c));
                }
                for (Token subject : c.children(Rel.NSUBJ)) {
                    Token relative = Phrases.misparsedReducedRelative(subject);
                    if (relative != null && relative.index() == c.index()) {
                        out.add(subject);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A participle that modifies its verb's object but was parsed as a verb taking that object
     * ("detaining fleeing soldiers": fleeing -dep-> detaining, soldiers -obj-> fleeing). It
     * states no event of its own.
     */
    public static boolean isParticipialModifier(Token t) {
        Token gov = t.head();
        return gov != null && Pos.isParticiple(t.pos()) && (t.relation().equals(Rel.DEP) || t.relation().equals(Rel.AMOD))
                && gov.isVerb() && directObjects(gov).isEmpty() && !directObjects(t).isEmpty()
                && t.index() == gov.index() + 1 && t.children(Rel.NSUBJ).isEmpty();
    }

    /** Whether {@code verb} is marked as an infinitive: "to demand reforms". */
    public static boolean isInfinitive(Token verb) {
        return verb.children(Rel.MARK).stream().anyMatch(m -> m.word().equalsIgnoreCase("to"));
    }

    /** The infinitives a verb governs: "vowed to wage war", "signed an accord to supply Gondor". */
    public static List<Token> infinitiveClauses(Token verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : verb.children()) {
            if (c.isVerb() && isInfinitive(c) && (c.relation().equals(Rel.XCOMP) || Rel.isAdverbialClause(c.relation()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Passive voice: a passive subject or auxiliary, or a bare past participle with a "by" agent. */
    public static boolean isPassive(Token verb) {
        for (Token c : verb.children()) {
            if (c.relation().equals(Rel.NSUBJ_PASS) || c.relation().equals(Rel.AUX_PASS)) {
                return true;
            }
        }
        if (!verb.pos().equals(Pos.VBN) || byAgent(verb) == null) {
            return false;
        }
        for (Token c : verb.children(Rel.AUX)) {
            if (c.lemma().equalsIgnoreCase("have")) {
                return false;
            }
        }
        return true;
    }

    /** The "by" agent phrase of a verb, or null. */
    public static Token byAgent(Token verb) {
        for (Token c : verb.children()) {
            if (c.relation().equals(Rel.OBL_AGENT) || (Rel.is(c.relation(), Rel.OBL) && Phrases.caseOf(c).equals("by"))) {
                return c;
            }
        }
        return null;
    }

    /**
     * A clause that describes a noun ("raids in which 20 people were killed", "the city where, it
     * said, 100 people were killed"), even when the parser hung it elsewhere: its own relation or
     * a relative word on it or on the clause just above.
     */
    public static boolean inRelativeClause(Token verb) {
        Token t = verb;
        for (int depth = 0; depth < 2 && t != null; depth++) {
            if (Rel.isNounClause(t.relation())) {
                return true;
            }
            for (Token c : t.children()) {
                if (Pos.isWhWord(c.pos())) {
                    return true;
                }
            }
            t = t.head();
        }
        return false;
    }

    /** A predicate with a condition of its own: "... if cooperation founders", "... unless Israel rescinds". */
    public static boolean isConditional(Token verb) {
        for (Token c : verb.children()) {
            if (Rel.isAdverbialClause(c.relation())) {
                for (Token m : c.children(Rel.MARK)) {
                    String w = m.word().toLowerCase(Locale.ROOT);
                    if (w.equals("if") || w.equals("unless")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The words of a verb's clause after the verb, in text order: every token below it, except
     * coordinated verbs and parataxis, which are clauses of their own. Phrase patterns match here.
     */
    public static List<Token> window(Token verb) {
        List<Token> window = new ArrayList<>();
        collect(verb, verb, window);
        window.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return List.copyOf(window);
    }

    private static void collect(Token verb, Token t, List<Token> out) {
        for (Token c : t.children()) {
            String r = c.relation();
            boolean ownClause = t == verb && ((r.equals(Rel.CONJ) && c.isVerb()) || r.equals(Rel.PARATAXIS));
            if (!ownClause) {
                if (c.index() > verb.index()) {
                    out.add(c);
                }
                collect(verb, c, out);
            }
        }
    }
}
