package org.dyad.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.facts.PloverType;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.syntax.Pos;
import org.dyad.core.syntax.Rel;
import org.dyad.core.text.Span;

/**
 * Event nouns as events of their own, wherever they stand ("riots broke out due to the police
 * shooting of Jacob Blake", "General Soleimani approved the attacks on the U.S.", "visitors
 * attended the rally"): each event noun of a sentence that no predicate's reading took as its
 * own (the light verb's "held talks" is one event, not two) is read with its parties
 * ({@link NominalParties}) and its factuality ({@link NominalFactuality}); a predicate's other
 * act is kept beside it ("did not accede to protesters' demands" is a rejection and a demand).
 */
final class StandingNouns {
    /**
     * Roots whose nouns name an occurrence between parties when they stand alone: requests,
     * consultations, investigations, demands, disapproval, rejection, protest, force posture,
     * reduced relations, coercion, assault, fighting and mass violence. Statements, intents,
     * cooperation, aid and yielding name states, offers and things as often as acts ("close ties",
     * "aid workers", "a promise", "relief").
     */
    static final Set<String> STANDING_ROOTS = Set.of("02", "04", "09", "10", "11", "12", "14", "15", "16",
            "17", "18", "19", "20");
    /**
     * Fighting (CAMEO 19: attacks, battles, offensives, the killing of): a fighting noun standing
     * alone that names no one who fights ("following the killing of an Israeli man", "after 12
     * days of battles with the Amal militia", "after fierce fighting with guerrillas") refers to
     * violence the story tells elsewhere or as background, not to an act the sentence reports; it
     * is no event by an unnamed perpetrator. One that names its fighter stands ("Russia's
     * full-scale invasion of Ukraine", "two Israeli air raids"). Measured in docs/coding.md,
     * "Generalising the coder".
     */
    private static final String FIGHTING_ROOT = "19";
    /** How far up a noun looks for the predicate that governs it. */
    private static final int MAX_DEPTH = 8;

    private final NominalEvents nouns;
    private final NominalParties parties = new NominalParties();
    private final NominalFactuality factuality;
    private final CameoOntology ontology;
    private final Dyads dyads;
    private final EventAssembler assembler;

    StandingNouns(NominalEvents nouns, FactualityClassifier factuality, CameoOntology ontology, Dyads dyads,
            EventAssembler assembler) {
        this.nouns = nouns;
        this.factuality = new NominalFactuality(factuality);
        this.ontology = ontology;
        this.dyads = dyads;
        this.assembler = assembler;
    }

    /**
     * What the event nouns of a sentence add: their events, one list per noun, and the triggers of
     * the support verbs whose default reading yields to the noun they carry ("approved the
     * attacks" is the attack, not an approval).
     */
    record Found(List<List<Event>> events, Set<Span> yielding) {
        Found {
            events = List.copyOf(events);
            yielding = Set.copyOf(yielding);
        }
    }

    /** The events of the sentence's event nouns that none of {@code coded} (its predicates' events) took. */
    Found events(CodingContext ctx, int sentence, List<Event> coded, CodingTrace.Recorder trace) {
        Document doc = ctx.doc;
        Set<Integer> taken = taken(doc, sentence, coded);
        List<List<Event>> out = new ArrayList<>();
        Set<Span> yielding = new HashSet<>();
        for (int i = doc.sentences().firstToken(sentence); i < doc.sentences().endToken(sentence); i++) {
            Token noun = doc.token(i);
            if (!doc.dependencies().parsed(i) || !standsAlone(ctx, noun, taken)) {
                continue;
            }
            Optional<String> code = nouns.code(noun);
            Token governor = governor(noun);
            if (code.isEmpty() || governor == null || !STANDING_ROOTS.contains(code.get().substring(0, 2))
                    || partOfAnother(code.get(), noun, coded)) {
                continue;
            }
            List<Event> events = eventsOf(ctx, noun, governor, code.get(), trace);
            if (!events.isEmpty()) {
                out.add(events);
                if (NominalParties.carries(noun, governor)) {
                    yielding.add(governor.rawSpan());
                }
            }
        }
        return new Found(out, yielding);
    }

    private List<Event> eventsOf(CodingContext ctx, Token noun, Token governor, String code,
            CodingTrace.Recorder trace) {
        String root = code.substring(0, 2);
        Optional<NominalFactuality.Assessment> fact = factuality.assess(ctx.doc, noun, governor, root);
        Optional<CameoEntry> entry = ontology.nearest(code);
        if (fact.isEmpty() || entry.isEmpty()) {
            return List.of();
        }
        Coding coding = new Coding(code, noun.index(), false, "standing noun", -1, -1, false, Optional.empty(),
                PatternKind.NOMINAL);
        Reading r = Reading.coded(noun, coding, code, entry.get(), noun.index(), false, false)
                .withParties(parties.find(ctx, noun, governor, root));
        Optional<Reading> formed = dyads.form(r)
                .map(d -> d.rewritten(d.entry(), fact.get().factuality(), CodingTrace.Mechanism.STANDING_NOUN,
                        "nominal " + fact.get().ground().label()));
        if (formed.isEmpty()) {
            trace.lost(ctx.doc, noun, r.parties().sources().isEmpty() ? CodingTrace.Outcome.NO_SOURCE
                    : CodingTrace.Outcome.NO_DYAD, Optional.of(r.by(CodingTrace.Mechanism.STANDING_NOUN)));
            return List.of();
        }
        List<Event> events = assembler.events(ctx.doc, formed.get()).stream()
                .filter(e -> !(root.equals(FIGHTING_ROOT) && e.source().basis() == ActorBasis.UNNAMED_PERPETRATOR))
                .map(e -> e.withPattern(PatternKind.NOMINAL)).toList();
        trace.coded(ctx.doc, formed.get(), events);
        return events;
    }

    /**
     * True when a predicate or noun above this one names an event of the noun's own type, of which
     * it is a part: "a bombing killed soldiers", "were killed in clashes", "began a military
     * offensive with airstrikes followed by a ground invasion" are one assault each, not two or
     * three; "did not accede to protesters' demands" is a rejection and a demand.
     */
    private boolean partOfAnother(String code, Token noun, List<Event> coded) {
        Optional<PloverType> type = typeOf(code);
        if (type.isEmpty()) {
            return false;
        }
        Set<Span> sameType = new HashSet<>();
        coded.stream().filter(e -> e.plover().map(p -> p.type()).equals(type)).forEach(e -> sameType.add(e.triggerSpan()));
        Token t = noun.head();
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.head()) {
            if (sameType.contains(t.rawSpan()) || nouns.code(t).flatMap(this::typeOf).equals(type)) {
                return true;
            }
        }
        return false;
    }

    private Optional<PloverType> typeOf(String code) {
        return ontology.nearest(code).flatMap(CameoEntry::plover).map(p -> p.type());
    }

    /**
     * An event noun no reading took: a common noun (or a gerund with a determiner, "the
     * fighting") that modifies no other noun ("protest leaders", "attack helicopters"), lies
     * inside no actor or name ("the Protest Party", "Operation Desert Storm"), and is not the
     * event another noun names ("mediation" in "mediation efforts").
     */
    private boolean standsAlone(CodingContext ctx, Token noun, Set<Integer> taken) {
        String pos = noun.pos();
        boolean common = pos.equals("NN") || pos.equals(Pos.NNS)
                || (pos.equals(Pos.VBG) && noun.children().stream().anyMatch(c -> c.relation().equals(Rel.DET)));
        if (!common || taken.contains(noun.index()) || noun.relation().equals(Rel.COMPOUND)
                || !ctx.actorsCovering(noun.index()).isEmpty() || inName(ctx.doc, noun.index())) {
            return false;
        }
        Token head = noun.head();
        return head == null || !(taken.contains(head.index()) || nouns.code(head).isPresent())
                || nouns.eventNoun(head).index() != noun.index();
    }

    /** The tokens the predicates' events took as their triggers, and the nouns whose events those name. */
    private Set<Integer> taken(Document doc, int sentence, List<Event> coded) {
        Set<Span> triggers = new HashSet<>();
        coded.forEach(e -> triggers.add(e.triggerSpan()));
        Set<Integer> out = new HashSet<>();
        for (int i = doc.sentences().firstToken(sentence); i < doc.sentences().endToken(sentence); i++) {
            if (triggers.contains(doc.token(i).rawSpan())) {
                out.add(i);
                out.add(nouns.eventNoun(doc.token(i)).index());
            }
        }
        return out;
    }

    /** True when a named entity other than a person covers the token: "the Battle of Britain", "Operation Protective Edge". */
    private static boolean inName(Document doc, int token) {
        if (!doc.has(LayerKind.ENTITIES)) {
            return false;
        }
        for (EntityMention e : doc.entities()) {
            if (e.firstToken() <= token && token < e.endToken() && !e.type().equals("PERSON")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The predicate that governs the noun: the noun itself as a copula's predicate ("it was an
     * attack"), else the nearest verb or copular predicate above it; null for a noun in a clause
     * with no predicate (a headline, a caption).
     */
    static Token governor(Token noun) {
        if (!noun.children("cop").isEmpty()) {
            return noun;
        }
        Token t = noun.head();
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.head()) {
            if (t.isVerb() || !t.children("cop").isEmpty()) {
                return t;
            }
        }
        return null;
    }
}
