package org.dyad.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PatternKind;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.syntax.Clauses;

/**
 * Codes events from the dependency parse, each predicate through a chain of small steps over a
 * {@link Reading}:
 * {@link PatternSelector} (the verb pattern) -> {@link CodeResolver} (the code: event nouns,
 * demands) -> {@link PartyFinder} (source and target) -> {@link Dyads} (who acts on whom) ->
 * {@link ReadingRules} (factuality and the conventions) -> {@link EventAssembler} (the events)
 * -> {@link MentionMerger} (repeated mentions of one event). docs/architecture.md says which
 * step to open for which change.
 */
public final class EventCoder implements Stage {
    private final PatternSelector patterns;
    private final CodeResolver codes;
    private final PartyFinder parties;
    private final Dyads dyads;
    private final ReadingRules rules;
    private final EventAssembler assembler;
    private final boolean genericParties;
    private final PersonNouns persons;
    /** Event nouns standing on their own: PLOVER's conventions only (PETRARCH codes predicates). */
    private final Optional<StandingNouns> standingNouns;

    public EventCoder(VerbDictionary verbs, NounEventDictionary nouns, CameoOntology ontology,
            FactualityClassifier factuality) {
        this(verbs, nouns, ontology, factuality, Conventions.PLOVER);
    }

    public EventCoder(VerbDictionary verbs, NounEventDictionary nouns, CameoOntology ontology,
            FactualityClassifier factuality, Conventions conventions) {
        this(verbs, nouns, ontology, factuality, conventions, PersonNouns.none());
    }

    /** {@code persons}: the nouns naming people, whose phrases are parties when no actor resolves them. */
    public EventCoder(VerbDictionary verbs, NounEventDictionary nouns, CameoOntology ontology,
            FactualityClassifier factuality, Conventions conventions, PersonNouns persons) {
        this.persons = persons;
        NominalEvents nominal = new NominalEvents(nouns);
        this.patterns = new PatternSelector(verbs, nominal);
        this.codes = new CodeResolver(nominal, ontology, conventions);
        this.dyads = new Dyads(conventions);
        this.parties = new PartyFinder(nominal, conventions, dyads);
        this.rules = new ReadingRules(factuality, ontology, conventions);
        this.assembler = new EventAssembler(ontology);
        this.genericParties = conventions.genericParties();
        this.standingNouns = conventions.genericParties()
                ? Optional.of(new StandingNouns(nominal, factuality, ontology, dyads, assembler))
                : Optional.empty();
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.LEMMAS, LayerKind.DEPENDENCIES,
                LayerKind.ACTORS, LayerKind.ACTOR_REFERENCES, LayerKind.PLACES);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.EVENTS);
    }

    @Override
    public Document apply(Document doc) {
        return doc.withEvents(code(doc, CodingTrace.Recorder.NONE));
    }

    /**
     * What the coder tries on a document that has the layers it requires (a coded one will do):
     * each reading and how far it got, for the evaluation's loss account. Off the coding path.
     */
    public CodingTrace trace(Document doc) {
        CodingTrace.Keeper keeper = new CodingTrace.Keeper();
        code(doc, keeper);
        return keeper.trace(doc);
    }

    private List<Event> code(Document doc, CodingTrace.Recorder trace) {
        CodingContext ctx = new CodingContext(doc, genericParties, persons);
        Map<Integer, List<Event>> coded = new HashMap<>();
        MentionMerger merger = new MentionMerger();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<List<Event>> ofSentence = new ArrayList<>();
            for (int v = doc.sentences().firstToken(s); v < doc.sentences().endToken(s); v++) {
                Token verb = doc.token(v);
                // A sentence the fast path did not parse has no clause to read.
                if (verb.isVerb() && doc.dependencies().parsed(v) && !Clauses.isParticipialModifier(verb)
                        && !ReasonParticiples.givesReason(verb)) {
                    ofSentence.add(eventsOf(ctx, coded, verb, trace));
                }
            }
            addSentence(ctx, s, ofSentence, merger, trace);
        }
        return merger.events(doc.id());
    }

    /**
     * Adds a sentence's events: its predicates', and under PLOVER's conventions its event nouns'
     * standing alone, before which a support verb's default reading yields ("approved the attacks").
     */
    private void addSentence(CodingContext ctx, int sentence, List<List<Event>> ofVerbs, MentionMerger merger,
            CodingTrace.Recorder trace) {
        if (standingNouns.isEmpty()) {
            ofVerbs.forEach(merger::add);
            return;
        }
        StandingNouns.Found nominal = standingNouns.get().events(ctx, sentence,
                ofVerbs.stream().flatMap(List::stream).toList(), trace);
        for (List<Event> events : ofVerbs) {
            merger.add(events.stream().filter(e -> !nominal.yielding().contains(e.triggerSpan())
                    || e.pattern().filter(k -> k == PatternKind.DEFAULT).isEmpty()).toList());
        }
        nominal.events().forEach(merger::add);
    }

    /** The events a predicate codes, each predicate read once per document. */
    private List<Event> eventsOf(CodingContext ctx, Map<Integer, List<Event>> coded, Token verb,
            CodingTrace.Recorder trace) {
        List<Event> known = coded.get(verb.index());
        if (known != null) {
            return known;
        }
        List<Event> events = read(ctx, coded, verb, trace);
        coded.put(verb.index(), events);
        return events;
    }

    /** One predicate through the chain, telling the recorder how far its reading got. */
    private List<Event> read(CodingContext ctx, Map<Integer, List<Event>> coded, Token verb,
            CodingTrace.Recorder trace) {
        PatternChoice choice = patterns.select(ctx, verb);
        if (!(choice instanceof PatternChoice.Coded c)) {
            trace.lost(ctx.doc, verb, choice instanceof PatternChoice.NotAnEvent ? CodingTrace.Outcome.NOT_AN_EVENT
                    : CodingTrace.Outcome.NO_PATTERN, Optional.empty());
            return List.of();
        }
        Optional<Reading> resolved = codes.resolve(ctx, verb, c.coding(),
                complement -> !eventsOf(ctx, coded, complement, trace).isEmpty());
        if (resolved.isEmpty()) {
            trace.lost(ctx.doc, verb, CodingTrace.Outcome.NO_CODE, Optional.empty());
            return List.of();
        }
        Reading found = resolved.get().withParties(parties.find(ctx, resolved.get()));
        Optional<Reading> formed = dyads.form(found);
        if (formed.isEmpty()) {
            trace.lost(ctx.doc, verb, found.parties().sources().isEmpty() ? CodingTrace.Outcome.NO_SOURCE
                    : CodingTrace.Outcome.NO_DYAD, Optional.of(found));
            return List.of();
        }
        Reading ruled = rules.apply(ctx.doc, formed.get());
        List<Event> events = kindOf(ruled, assembler.events(ctx.doc, ruled));
        trace.coded(ctx.doc, ruled, events);
        return events;
    }

    /** The events of a reading, each saying which kind of pattern gave its code (typed, for calibration). */
    private static List<Event> kindOf(Reading r, List<Event> events) {
        PatternKind kind = r.hasNoun() ? PatternKind.NOMINAL : r.coding().kind();
        return events.stream().map(e -> e.withPattern(kind)).toList();
    }
}
