package org.dyad.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.doc.Token;

/** Noun-phrase structure: case markers, conjuncts, modifiers, prepositional phrases, participles on nouns. */
public final class Phrases {
    private Phrases() {
    }

    /** The preposition a phrase is marked with: its {@code case} child, else its relation's subtype; "by" for an agent. */
    public static String caseOf(Token t) {
        if (t.relation().equals(Rel.OBL_AGENT)) {
            return "by";
        }
        for (Token c : t.children(Rel.CASE)) {
            return c.word().toLowerCase(Locale.ROOT);
        }
        return Rel.subtype(t.relation());
    }

    /** True when {@code t} is marked with {@code preposition} by a {@code case} child. */
    public static boolean hasCase(Token t, String preposition) {
        return t.children(Rel.CASE).stream().anyMatch(c -> c.word().equalsIgnoreCase(preposition));
    }

    /** A token and the tokens coordinated with it, depth first. */
    public static List<Token> conjuncts(Token t) {
        List<Token> out = new ArrayList<>();
        out.add(t);
        for (Token c : t.children(Rel.CONJ)) {
            out.addAll(conjuncts(c));
        }
        return out;
    }

    /** Prepositional dependents: obl and nmod, but not possessors or bare time and measure phrases. */
    public static List<Token> obliques(Token head) {
        List<Token> out = new ArrayList<>();
        for (Token c : head.children()) {
            String r = c.relation();
            if (Rel.isObliqueOrNominal(r) && !r.endsWith(":poss") && !r.endsWith("tmod") && !r.endsWith(":npmod")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The heads (with their conjuncts) of phrases under {@code head} that {@code prepositions} takes, but token {@code except}. */
    public static List<Token> prepositional(Token head, int except, Prepositions prepositions) {
        List<Token> out = new ArrayList<>();
        for (Token c : obliques(head)) {
            if (c.index() != except && prepositions.accepts(caseOf(c))
                    && (!c.relation().equals(Rel.OBL_AGENT) || prepositions.takesAgents())) {
                out.addAll(conjuncts(c));
            }
        }
        return out;
    }

    /** Adjectives, compounds and possessors of a noun, with their conjuncts: "Chinese and Russian troops". */
    public static List<Token> modifiersOf(Token noun) {
        List<Token> out = new ArrayList<>();
        for (Token c : noun.children()) {
            String r = c.relation();
            if (r.equals(Rel.AMOD) || r.equals(Rel.COMPOUND) || r.equals(Rel.NMOD_POSS)) {
                out.addAll(conjuncts(c));
            }
        }
        return out;
    }

    /** The participles and infinitives modifying a noun: its {@code acl} verbs and a misparsed reduced relative. */
    public static List<Token> participlesOn(Token noun) {
        List<Token> out = new ArrayList<>();
        for (Token c : noun.children(Rel.ACL)) {
            if (c.pos().matches("VBG|VBN|VB")) {
                out.add(c);
            }
        }
        Token relative = misparsedReducedRelative(noun);
        if (relative != null) {
            out.add(relative);
        }
        return out;
    }

    /**
     * A reduced relative clause parsed as a clause of its own with the modified noun as subject
     * ("welcomed cultural memos sent by Bree": memos -nsubj-> sent -dep-> welcomed): a bare past
     * participle, with no auxiliary, hanging as {@code dep} on the verb before the noun. Returns
     * that participle, or null.
     */
    public static Token misparsedReducedRelative(Token noun) {
        Token participle = noun.head();
        if (participle == null || !noun.relation().equals(Rel.NSUBJ) || !isBareParticiple(participle)
                || !participle.relation().equals(Rel.DEP) || participle.index() < noun.index()) {
            return null;
        }
        Token verb = participle.head();
        return verb == null || !verb.isVerb() || verb.index() > noun.index() ? null : participle;
    }

    /** A past participle with no auxiliary or marker of its own: the verb of a reduced relative clause. */
    public static boolean isBareParticiple(Token t) {
        if (!t.pos().equals(Pos.VBN)) {
            return false;
        }
        for (Token c : t.children()) {
            if (Rel.is(c.relation(), Rel.AUX) || c.relation().equals(Rel.MARK)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code ancestor} is above {@code t} in the parse. */
    public static boolean dominates(Token ancestor, Token t) {
        for (Token h = t.head(); h != null; h = h.head()) {
            if (h.index() == ancestor.index()) {
                return true;
            }
        }
        return false;
    }

    /** The definite determiner or possessor of a noun: "the militants", "these groups", "its army". */
    public static boolean isDefinite(Token noun) {
        for (Token d : noun.children()) {
            String w = d.word().toLowerCase(Locale.ROOT);
            if ((d.relation().equals(Rel.DET) && (w.equals("the") || w.equals("these") || w.equals("those")))
                    || d.relation().equals(Rel.NMOD_POSS)) {
                return true;
            }
        }
        return false;
    }
}
