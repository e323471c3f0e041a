package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Prepositions;
import org.dyad.core.syntax.Rel;

/**
 * The actors a phrase names when its head names none: inside its modifiers and prepositional
 * phrases ("a group of Moroccan diplomats", "the resumption of ties with Mordor"), in its
 * participles ("the roads leading into Mordor"), and in the clauses a verb reports on.
 */
final class PhraseParties {
    /** Prepositions whose object can be an event's target. */
    static final Prepositions TARGET = Prepositions.of("with", "against", "to", "toward", "towards", "on", "into",
            "at", "upon", "over");
    /** Inside a subject's phrase the actor may follow these: "thousands of students from Indonesia". */
    static final Prepositions SUBJECT_PHRASE = Prepositions.of("of", "from", "in", "throughout", "across");
    /**
     * Inside an object's phrase the target may also follow "by", "of" or "between" ("welcomed the
     * resumption of ties between Gondor and Osgiliath").
     */
    static final Prepositions OBJECT_PHRASE = Prepositions.of("with", "against", "to", "toward", "towards", "on",
            "into", "at", "upon", "over", "by", "of", "between");
    /** A participle on an object names its party after these too: "assurances sent from Bree". */
    private static final Prepositions PARTICIPLE_ORIGIN = Prepositions.of("from");

    private PhraseParties() {
    }

    /**
     * The actor inside a phrase, nearest first, for a subject or object that names none itself:
     * "restore ties with Gondor", "welcomed the resumption of ties with Mordor", "met a group of
     * Moroccan diplomats", "attacked a Russian convoy", "The Turkish and Greek sides agreed".
     */
    static List<ActorMention> inside(CodingContext ctx, List<Token> heads, Prepositions prepositions) {
        List<Token> frontier = new ArrayList<>(heads);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<ActorMention> modifiers = new ArrayList<>();
            for (Token o : frontier) {
                for (ActorMention m : ctx.actorsOf(Phrases.modifiersOf(o), true)) {
                    if (!ctx.doc.pos().get(m.headToken()).equals(Pos.PRP_POSSESSIVE)) {
                        modifiers.add(m); // "its borders", "their meeting" are the subject's own
                    }
                }
            }
            List<Token> next = new ArrayList<>();
            for (Token o : frontier) {
                next.addAll(Phrases.prepositional(o, -1, prepositions));
                // "memos sent by Bree", "assurances sent from Bree", "the roads leading into
                // Mordor", "the parade supporting Gondor", "an accord to supply Gondor": a
                // participle's or an infinitive's phrase, its origin too, belongs to the noun it
                // modifies.
                for (Token participle : Phrases.participlesOn(o)) {
                    next.addAll(Phrases.prepositional(participle, -1, prepositions));
                    next.addAll(Phrases.prepositional(participle, -1, PARTICIPLE_ORIGIN));
                    for (Token obj : Clauses.directObjects(participle)) {
                        next.addAll(Phrases.conjuncts(obj));
                    }
                }
            }
            List<ActorMention> found = new ArrayList<>(ctx.actorsOf(next, false));
            if (!found.isEmpty()) {
                // "Ithilen's sheep and goats of Gondor": each conjunct's owner is a party.
                for (ActorMention m : modifiers) {
                    if (!found.contains(m)) {
                        found.add(m);
                    }
                }
                return found;
            }
            if (!modifiers.isEmpty()) {
                return modifiers;
            }
            frontier = next;
        }
        return List.of();
    }

    /**
     * The actors a subject names, else the actor owning or inside a generic subject ("Ithilen's
     * palace guard militia was freed").
     */
    static List<ActorMention> ofSubject(CodingContext ctx, List<Token> subject) {
        List<ActorMention> named = ctx.actorsOf(subject, false);
        return named.isEmpty() ? inside(ctx, subject, SUBJECT_PHRASE) : named;
    }

    /** The found actors that are not one of the sources (same code). */
    static List<ActorMention> others(List<ActorMention> found, List<ActorMention> sources) {
        return found.stream().filter(t -> sources.stream().noneMatch(x -> x.code().equals(t.code()))).toList();
    }

    /**
     * The party a clausal complement of the verb or of its object names, when the verb's own phrases
     * name none: the complement's subject ("demanded that the United States match ...", "expressed
     * hopes that Osgiliath could be drawn into the peace process"), else the target of its object or its
     * prepositions ("threatened to cut off electricity to Nakhichevan"); never a source.
     */
    static List<ActorMention> ofComplement(CodingContext ctx, Token verb, List<ActorMention> sources) {
        List<Token> clauses = new ArrayList<>();
        for (Token clause : verb.children()) {
            if (clause.relation().equals(Rel.CCOMP) || clause.relation().equals(Rel.XCOMP)) {
                clauses.add(clause);
            }
        }
        for (Token purpose : Clauses.infinitiveClauses(verb)) {
            if (!clauses.contains(purpose)) {
                clauses.add(purpose); // "signed an accord on Thursday to supply Gondor"
            }
        }
        for (Token object : Clauses.objects(verb)) {
            clauses.addAll(object.children(Rel.CCOMP)); // "expressed hopes that Osgiliath could be drawn in"
        }
        for (Token clause : clauses) {
            List<Token> clauseSubjects = Clauses.ownSubjects(clause);
            List<ActorMention> found = ctx.actorsOf(clauseSubjects, false);
            if (found.isEmpty() && clauseSubjects.isEmpty()) {
                List<Token> objs = new ArrayList<>();
                Clauses.objects(clause).forEach(o -> objs.addAll(Phrases.conjuncts(o)));
                found = ctx.actorsOf(objs, false);
                if (found.isEmpty()) {
                    found = inside(ctx, objs, OBJECT_PHRASE);
                }
                if (found.isEmpty()) {
                    found = ctx.actorsOf(Phrases.prepositional(clause, -1, TARGET), false);
                }
            }
            List<ActorMention> notSources = others(found, sources);
            if (!notSources.isEmpty()) {
                return notSources;
            }
        }
        return List.of();
    }
}
