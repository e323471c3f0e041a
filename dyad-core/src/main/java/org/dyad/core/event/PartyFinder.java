package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.EventActor;
import org.dyad.core.syntax.Clauses;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Prepositions;
import org.dyad.core.syntax.Rel;

/**
 * Finds a reading's source and target. The source is the subject (its apposition, its inner
 * actor), or a passive's agent; the target is tried in order: the event noun's phrases, the
 * objects, the target prepositions, the phrases inside them, a reported clause's party, and as a
 * last resort any other phrase. A phrase pattern may place either. Violence with no named
 * perpetrator gets an unnamed one where it happened.
 */
final class PartyFinder {
    /** Assault, fighting and mass violence: events that are coded even when no perpetrator is named. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Incidents and weapons that stand as the subject of a killing: "a minefield explosion killed". */
    private static final Set<String> INCIDENT_NOUNS = Set.of("explosion", "blast", "bomb", "mine", "landmine",
            "shell", "rocket", "missile", "mortar", "gunfire", "grenade", "ied", "shelling", "airstrike");
    private static final String UNIDENTIFIED_FORCE = "UAF";
    /** Verbal and material conflict, whose verbs say less often something else than a person's act on another. */
    private static final Set<String> CONFLICT_ROOTS = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20");

    private final NominalEvents nouns;
    private final Conventions conventions;
    private final Dyads dyads;

    PartyFinder(NominalEvents nouns, Conventions conventions, Dyads dyads) {
        this.nouns = nouns;
        this.conventions = conventions;
        this.dyads = dyads;
    }

    Parties find(CodingContext ctx, Reading r) {
        Document doc = ctx.doc;
        Token verb = r.verb();
        Coding coding = r.coding();
        int noun = r.noun();
        List<ActorMention> sources;
        List<ActorMention> targets;
        // A statement has no PLOVER type: a generic party adds no typed event, only noise
        // ("Jesow said five people were killed").
        boolean generic = conventions.genericParties() && !CameoRoots.isStatement(r.code());
        List<Party> genericTargets = List.of();
        boolean weakTarget = false;
        boolean passive = Clauses.isPassive(verb);
        Token byAgent = Clauses.byAgent(verb);
        if (passive) {
            List<Token> patients = Clauses.subjects(verb);
            if (noun >= 0 && byAgent != null && noun == byAgent.index()) {
                sources = ctx.actorsOf(Phrases.modifiersOf(doc.token(noun)), true);
            } else {
                sources = byAgent == null ? List.of() : ctx.actorsOf(Phrases.conjuncts(byAgent), false);
            }
            targets = PhraseParties.ofSubject(ctx, patients);
            if (targets.isEmpty() && generic) {
                genericTargets = GenericParties.targets(ctx, verb, true, noun); // "protesters were arrested"
            }
            if (sources.isEmpty() && byAgent == null && conventions.agentlessPassiveSourceInPhrase()) {
                List<Token> phrases = Phrases.prepositional(verb, noun, Prepositions.ANY_BUT_BY);
                sources = PhraseParties.others(ctx.actorsOf(phrases, false), targets);
                if (sources.isEmpty()) {
                    sources = PhraseParties.others(PhraseParties.inside(ctx, phrases, Prepositions.ANY_BUT_BY), targets);
                }
            }
        } else {
            sources = activeSources(ctx, verb);
            targets = List.of();
            if (noun >= 0) {
                targets = nounTargets(ctx, doc.token(noun), sources);
            }
            if (targets.isEmpty()) {
                targets = objectTargets(ctx, verb, noun, r.reportsOnly(), sources);
            }
            if (targets.isEmpty()) {
                targets = PhraseParties.others(ctx.actorsOf(Phrases.prepositional(verb, noun, PhraseParties.TARGET),
                        false), sources);
            }
            if (targets.isEmpty()) {
                // "clashed over the efforts of Eriadori", "acts on a resolution with Libya": the
                // actor inside the phrase of a target preposition or of the phrase a pattern named.
                List<Token> phrases = new ArrayList<>(Phrases.prepositional(verb, noun, PhraseParties.TARGET));
                if (coding.slotToken() >= 0 && coding.slotToken() != noun
                        && doc.token(coding.slotToken()).relation().matches("obl.*|nmod.*")) {
                    phrases.add(doc.token(coding.slotToken()));
                }
                targets = PhraseParties.others(PhraseParties.inside(ctx, phrases, PhraseParties.OBJECT_PHRASE), sources);
            }
            if (targets.isEmpty()) {
                // "imposed sanctions on the Taliban religious faction": the actor inside that phrase.
                targets = PhraseParties.inside(ctx, Phrases.prepositional(verb, noun, PhraseParties.TARGET),
                        PhraseParties.OBJECT_PHRASE);
            }
            if (targets.isEmpty() && !r.reportsOnly()) {
                targets = reportedParty(ctx, r, sources);
            }
            if (targets.isEmpty() && generic) {
                // "police arrested a man": a generic object is the target before any other phrase.
                genericTargets = GenericParties.targets(ctx, verb, false, noun);
            }
            if (targets.isEmpty() && genericTargets.isEmpty() && !dyads.isJoint(sources.size(), r.code(), verb, noun)) {
                targets = lastResortTarget(ctx, verb, noun, sources);
                weakTarget = !targets.isEmpty();
            }
        }
        if (coding.subjectIsTarget()) {
            targets = PhraseParties.ofSubject(ctx, Clauses.subjects(verb));
            genericTargets = List.of();
            weakTarget = false;
        }
        if (coding.sourceToken() >= 0) {
            sources = ctx.actorsCovering(coding.sourceToken());
        }
        if (coding.targetToken() >= 0) {
            targets = ctx.actorsCovering(coding.targetToken());
            genericTargets = List.of();
            weakTarget = false;
        }
        List<Party> sourceParties = sources.stream().map(Party::of).toList();
        List<Party> targetParties = targets.isEmpty() ? genericTargets : targets.stream().map(Party::of).toList();
        boolean unnamed = false;
        if (sources.isEmpty() && VIOLENT_ROOTS.contains(r.root()) && !Clauses.inRelativeClause(verb)
                && (passive ? byAgent == null || (generic && namesIncident(byAgent))
                        : Clauses.subjects(verb).stream().anyMatch(this::namesIncident))) {
            // "A roadside bombing near Samarra killed ...", "civilians were killed in a bombing",
            // "killed by a roadside bomb": CAMEO's unidentified armed force of the country where it
            // happened; with generic parties, of unknown country when the text gives none.
            Optional<Party> perpetrator = unnamedPerpetrator(ctx, verb, targets);
            if (perpetrator.isEmpty() && generic && !targetParties.isEmpty()) {
                // "al-Rufay'i was killed in a precision airstrike", not "the books are targeted"
                perpetrator = Optional.of(unnamedForce(ActorCode.ofUnknownCountry(UNIDENTIFIED_FORCE), verb));
            }
            sourceParties = perpetrator.stream().toList();
            unnamed = !sourceParties.isEmpty();
        }
        if (sourceParties.isEmpty() && generic) {
            sourceParties = GenericParties.sources(ctx, verb, passive, byAgent, targetParties,
                    coding.specific() || r.hasNoun() || CONFLICT_ROOTS.contains(r.root()),
                    Dyads.statedWithoutRecipient(r)).stream()
                    .filter(p -> targetParties.stream().noneMatch(t -> t.headToken() == p.headToken())).toList();
        }
        return new Parties(sourceParties, targetParties, weakTarget, passive, unnamed);
    }

    private static List<ActorMention> activeSources(CodingContext ctx, Token verb) {
        List<ActorMention> sources = ctx.actorsOf(Clauses.subjects(verb), false);
        if (sources.isEmpty()) {
            // "Kenzo Oshima, the United Nations relief coordinator, demanded": the apposition.
            List<Token> appositions = new ArrayList<>();
            for (Token subject : Clauses.subjects(verb)) {
                appositions.addAll(subject.children(Rel.APPOS));
            }
            sources = ctx.actorsOf(appositions, false);
        }
        if (sources.isEmpty()) {
            // "The Turkish and Greek sides agreed": the nationalities of a generic subject;
            // "Thousands of students from Indonesia marched": the actor inside its phrase.
            sources = PhraseParties.inside(ctx, Clauses.subjects(verb), PhraseParties.SUBJECT_PHRASE);
        }
        return sources;
    }

    /** "riots against Israeli military policies", "sanctions on the Taliban faction": the event noun's phrases. */
    private List<ActorMention> nounTargets(CodingContext ctx, Token noun, List<ActorMention> sources) {
        List<Token> phrases = new ArrayList<>(Phrases.prepositional(noun, -1, PhraseParties.TARGET));
        Token eventNoun = nouns.eventNoun(noun);
        if (eventNoun.index() != noun.index()) {
            phrases.addAll(Phrases.prepositional(eventNoun, -1, PhraseParties.TARGET));
        }
        List<ActorMention> targets = PhraseParties.others(ctx.actorsOf(phrases, false), sources);
        return targets.isEmpty() ? PhraseParties.others(PhraseParties.inside(ctx, phrases, PhraseParties.OBJECT_PHRASE),
                sources) : targets;
    }

    private static List<ActorMention> objectTargets(CodingContext ctx, Token verb, int noun, boolean reportsOnly,
            List<ActorMention> sources) {
        List<Token> objs = new ArrayList<>();
        for (Token o : Clauses.objects(verb)) {
            // "he said government proposed to take up the issue": under PETRARCH's conventions the
            // subject of the reported clause, parsed as an object with a participle, is not who the
            // statement is addressed to.
            boolean reportedSubject = reportsOnly && o.children().stream()
                    .anyMatch(c -> Rel.isNounClause(c.relation()) && c.isVerb());
            if (o.index() != noun && !reportedSubject) {
                objs.addAll(Phrases.conjuncts(o));
            }
        }
        // "called for a boycott against Osgiliath, the state's fiercest foe": the subject named
        // again in the object is no target.
        List<ActorMention> targets = PhraseParties.others(ctx.actorsOf(objs, false), sources);
        return targets.isEmpty() ? PhraseParties.others(PhraseParties.inside(ctx, objs, PhraseParties.OBJECT_PHRASE),
                sources) : targets;
    }

    /**
     * PETRARCH: "officials said Arnor signed a protocol with Dagolath" reports on Arnor and is not
     * addressed to it; Dyad's default keeps Arnor as what the statement is about.
     */
    private static List<ActorMention> reportedParty(CodingContext ctx, Reading r, List<ActorMention> sources) {
        List<ActorMention> targets = PhraseParties.ofComplement(ctx, r.verb(), sources);
        if (CameoRoots.isStatement(r.code()) && !r.coding().specific() && !r.obligation()) {
            // "Putin said Russia supports the proposal": a party speaking of its own country
            // speaks for it, not to it.
            targets = targets.stream().filter(t -> !t.code().sector().isEmpty()
                    || sources.stream().noneMatch(s -> s.code().country().equals(t.code().country()))).toList();
        }
        return targets;
    }

    /**
     * Last resort, as PETRARCH reads it: the first actor in any other prepositional phrase of the
     * verb or its object ("bargain for asylum in Gondor"), unless it is the source's own country
     * ("Beijing held exercises in China").
     */
    private static List<ActorMention> lastResortTarget(CodingContext ctx, Token verb, int noun,
            List<ActorMention> sources) {
        List<Token> rest = new ArrayList<>(Phrases.prepositional(verb, noun, Prepositions.ANY_BUT_BY));
        for (Token o : Clauses.objects(verb)) {
            rest.addAll(Phrases.prepositional(o, -1, Prepositions.ANY_BUT_BY));
        }
        List<ActorMention> candidates = ctx.actorsOf(rest, false);
        if (candidates.isEmpty()) {
            // "appealed for peace in Ithilen", "cordoned off the roads leading into Mordor"
            candidates = PhraseParties.inside(ctx, rest, Prepositions.ANY_BUT_BY);
        }
        return candidates.stream()
                .filter(t -> sources.stream().noneMatch(x -> x.code().country().equals(t.code().country())))
                .limit(1).toList();
    }

    /** A subject that is an incident or a weapon, not an actor: "a roadside bombing", "a minefield explosion". */
    private boolean namesIncident(Token subject) {
        return nouns.code(subject).isPresent() || INCIDENT_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * An unidentified armed force (UAF) of the country where the event happened: a place named in
     * the sentence outside the target ("near the town of Samarra", "in central Baghdad"), else the
     * target's country. It is a typed party of the event, not an actor of the text.
     */
    private static Optional<Party> unnamedPerpetrator(CodingContext ctx, Token verb, List<ActorMention> targets) {
        Document doc = ctx.doc;
        int sentence = doc.sentences().sentenceOf(verb.index());
        Optional<ActorMention> where = doc.actors().stream()
                .filter(m -> doc.sentences().sentenceOf(m.headToken()) == sentence && ctx.isPlace(m.headToken())
                        && m.antecedent().isEmpty() && !targets.contains(m))
                .findFirst()
                .or(() -> targets.stream().findFirst());
        return where.map(m -> unnamedForce(new ActorCode(m.code().country() + UNIDENTIFIED_FORCE), verb));
    }

    private static Party unnamedForce(ActorCode code, Token verb) {
        return new Party(new EventActor(code, verb.word(), verb.rawSpan(), Optional.empty(),
                ActorBasis.UNNAMED_PERPETRATOR), verb.index());
    }
}
