package org.dyad.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Sentence;
import org.dyad.core.doc.Token;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.text.Span;

/**
 * Codes events from the dependency parse: a verb (or an event noun carried by a light verb or a
 * passive) matched against the verb dictionary gives the CAMEO code; subject, object, oblique,
 * passive agent and coordination give source and target; the factuality classifier keeps what
 * the text does not assert out of the default output.
 */
public final class EventCoder implements Stage {
    /** Prepositions whose object can be an event's target. */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "against", "to", "toward", "towards", "on",
            "into", "at", "upon", "over");
    /** Inside a subject's phrase the actor may follow these: "thousands of students from Indonesia". */
    private static final Set<String> SUBJECT_PHRASE_PREPOSITIONS = Set.of("of", "from", "in", "throughout", "across");
    /** Marks "any preposition but by" for {@link #prepositionalTargets}. */
    private static final Set<String> ANY_PREPOSITION = Set.of("*");
    /**
     * Inside an object's phrase the target may also follow "by", "of" or "between" ("welcomed the
     * resumption of ties between Gondor and Osgiliath").
     */
    private static final Set<String> OBJECT_PHRASE_PREPOSITIONS = Set.of("with", "against", "to", "toward", "towards",
            "on", "into", "at", "upon", "over", "by", "of", "between");
    /** A participle on an object names its party after these too: "assurances sent from Bree". */
    private static final Set<String> PARTICIPLE_ORIGIN = Set.of("from");
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    /**
     * Roots whose events make sense without a target when only a verb's default coded them:
     * demands, disapproval, rejection, threats, protest, force posture, coercion, assault, fighting.
     */
    private static final Set<String> TARGETLESS_ROOTS = Set.of("03", "10", "11", "12", "13", "14", "15", "17", "18",
            "19", "20");
    /**
     * Roots whose attempt is the act: CAMEO counts an attempted assassination or assault as one
     * (186 "kill or attempt to kill"), while tried cooperation or coercion has not happened.
     */
    private static final Set<String> ATTEMPT_ROOTS = Set.of("18", "19", "20");
    private static final Set<String> ATTEMPT_PREDICATES = Set.of("attempt", "try");
    /** Roots whose events can be joint: "Beijing and Moscow held exercises" is each with the other. */
    private static final Set<String> JOINT_ROOTS = Set.of("03", "04", "05", "06");
    /**
     * Cooperation that is only promised or planned becomes the intent code of its root (CAMEO 03x),
     * and so does a concession (08) to a named party ("the rebels will release the prime
     * minister"); a concession without a partner ("will resign") stays a future.
     */
    private static final Map<String, String> INTENT_CODES = Map.of("04", "036", "05", "032", "06", "031", "07", "033",
            "08", "035");

    /**
     * Coding conventions that differ between event datasets.
     *
     * @param unrealizedAsIntent PLOVER's rules: cooperation that is only promised or planned is
     *     coded as the agreement (CAMEO 03x), future or conditional conflict as a threat, refused
     *     cooperation as a rejection, each asserted; CAMEO coders such as PETRARCH code the
     *     promised action itself and leave its tense to the reader
     * @param negationAsOpposite PETRARCH's rule: a verb negated by its own "not" or "never" whose
     *     code has a negation in the ontology ({@link CameoOntology#negation}) is that code,
     *     asserted ("did not clash over" 110 is 050); without it a negated event stays negated
     * @param agentlessPassiveSourceInPhrase PETRARCH's reading of a passive without a "by" agent:
     *     the actor in its prepositional phrases is the source ("was freed from Barad-dur", "was
     *     criticized over its dispute with Eriador", "was shot dead in Osgiliath"); without it
     *     such a passive has no source, and violence an unnamed perpetrator
     * @param targetlessStatements PETRARCH codes a statement verb's own code when nobody is
     *     addressed ("a senior official said on Saturday": 010 with no target), and never makes
     *     the party its reported clause names its target; without it a statement needs a target,
     *     as one without says nothing about a dyad, and the party it is about is one
     * @param unownedRoles what the actor stage makes of a role noun nothing owns: PETRARCH's
     *     {@code ---GOV} for "a senior official", or no actor
     */
    public record Conventions(boolean unrealizedAsIntent, boolean negationAsOpposite,
            boolean agentlessPassiveSourceInPhrase, boolean targetlessStatements,
            ActorResolver.UnownedRoles unownedRoles) {
        public Conventions {
            java.util.Objects.requireNonNull(unownedRoles, "unownedRoles");
        }

        /** PLOVER's conventions: Dyad's default. */
        public static final Conventions PLOVER = new Conventions(true, false, false, false,
                ActorResolver.UnownedRoles.LEFT_OUT);
        /**
         * PETRARCH's CAMEO conventions: a stated future action is coded as that action, a negated
         * one as its opposite when CAMEO has one, an agentless passive's source is found in its
         * phrases, a statement needs no target, and a role of no named country is {@code ---ROLE}.
         */
        public static final Conventions CAMEO = new Conventions(false, true, true, true,
                ActorResolver.UnownedRoles.UNKNOWN_COUNTRY);
    }

    /** Modals by which a statement demands something of another party: "China must drop barriers". */
    private static final Set<String> OBLIGATION_MODALS = Set.of("must", "should", "ought");
    /** CAMEO's statements (root 01) have no PLOVER type; one that states an obligation is a demand. */
    private static final String STATEMENT_ROOT = "01";
    private static final String DEMAND_CODE = "100";
    /** CAMEO's generic intent (root 03, the default of plan, decide, agree ...). */
    private static final String INTENT_ROOT = "03";

    /** Nouns that measure what their "of" phrase names: "tons of aid", "part of a program". */
    private static final Set<String> MEASURE_NOUNS = Set.of("ton", "tonne", "kg", "kilogram", "pound", "litre",
            "liter", "gallon", "barrel", "worth", "amount", "quantity", "shipment", "consignment", "load", "batch",
            "part", "portion", "half", "third", "lot", "package", "series", "wave", "round", "spate");

    /** Assault, fighting and mass violence: events that are coded even when no perpetrator is named. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Incidents and weapons that stand as the subject of a killing: "a minefield explosion killed". */
    private static final Set<String> INCIDENT_NOUNS = Set.of("explosion", "blast", "bomb", "mine", "landmine",
            "shell", "rocket", "missile", "mortar", "gunfire", "grenade", "ied", "shelling", "airstrike");
    private static final String UNIDENTIFIED_FORCE = "UAF";

    private final VerbDictionary verbs;
    private final NominalEvents nouns;
    private final CameoOntology ontology;
    private final FactualityClassifier factuality;
    private final Conventions conventions;
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final EventDateResolver dates = new EventDateResolver();

    public EventCoder(VerbDictionary verbs, NounEventDictionary nouns, CameoOntology ontology,
            FactualityClassifier factuality) {
        this(verbs, nouns, ontology, factuality, Conventions.PLOVER);
    }

    public EventCoder(VerbDictionary verbs, NounEventDictionary nouns, CameoOntology ontology,
            FactualityClassifier factuality, Conventions conventions) {
        this.verbs = verbs;
        this.nouns = new NominalEvents(nouns);
        this.ontology = ontology;
        this.factuality = factuality;
        this.conventions = conventions;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.LEMMAS, LayerKind.ENTITIES,
                LayerKind.DEPENDENCIES, LayerKind.ACTORS);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.EVENTS);
    }

    /**
     * The code a verb pattern gave, the token that filled its slot (or -1), the rule, and where a
     * phrase pattern put the source and the target (token indices, or -1).
     */
    private record Coding(String code, int slotToken, boolean specific, String rule, int sourceToken,
            int targetToken, boolean subjectIsTarget, Optional<String> reverseCode) {
    }

    @Override
    public Document apply(Document doc) {
        Context ctx = new Context(doc);
        Map<String, Event> merged = new LinkedHashMap<>();
        for (int v = 0; v < doc.tokens().size(); v++) {
            if (!doc.pos().get(v).startsWith("VB") || !doc.dependencies().parsed(v)
                    || isParticipialModifier(doc.token(v))) {
                continue;
            }
            Optional<Coding> coding = code(ctx, v);
            if (coding.isEmpty()) {
                continue;
            }
            Set<String> ofThisVerb = new HashSet<>();
            for (Event e : events(ctx, v, coding.get())) {
                String key = mergeKey(e);
                if (!ofThisVerb.add(key)) {
                    // One verb's dyads are distinct parties, even of one country: "lawmakers and
                    // officials in Arnor welcomed" is ARNLEG's and ARNGOV's.
                    key += "|" + e.source().code() + "|" + e.target().map(t -> t.code().code()).orElse("");
                }
                Event first = merged.get(key);
                if (first == null) {
                    merged.put(key, e);
                    continue;
                }
                if (!first.sentenceSpan().equals(e.sentenceSpan()) && !first.mentions().contains(e.sentenceSpan())) {
                    List<Span> more = new ArrayList<>(first.mentions());
                    more.add(e.sentenceSpan());
                    first = first.withMentions(more);
                }
                List<Quantity> qs = new ArrayList<>(first.attributes().quantities());
                for (Quantity q : e.attributes().quantities()) {
                    if (!qs.contains(q)) {
                        qs.add(q);
                    }
                }
                merged.put(key, first.withAttributes(new EventAttributes(qs,
                        first.attributes().date().or(() -> e.attributes().date()))));
            }
        }
        List<Event> numbered = new ArrayList<>(merged.size());
        for (Event e : merged.values()) {
            numbered.add(e.withEventId(doc.id() + "-e" + (numbered.size() + 1)));
        }
        return doc.withEvents(numbered);
    }

    /**
     * Mentions of one occurrence: the same countries in the same roles, the same code and the same
     * factuality. "Beijing and Moscow held exercises" and "troops from the
     * Chinese and Russian militaries participated in the exercises" are one event.
     */
    private static String mergeKey(Event e) {
        String s = e.source().code().country();
        String t = e.target().map(x -> x.code().country()).orElse("");
        return s + "|" + t + "|" + e.cameo() + "|" + e.factuality();
    }

    private Optional<Coding> code(Context ctx, int v) {
        Document doc = ctx.doc;
        Token verb = doc.token(v);
        String lemma = verbs.entryFor(verb.word(), verb.lemma());
        List<String> particles = new ArrayList<>();
        for (Token prt : verb.children("compound:prt")) {
            particles.add(prt.word().toLowerCase(Locale.ROOT));
        }
        for (Token obl : obliques(verb)) {
            particles.add(caseOf(obl));
        }
        particles.add("");
        Optional<Optional<Coding>> phrased = phraseCoding(ctx, verb, lemma, particles);
        if (phrased.isPresent()) {
            return phrased.get();
        }
        // Specific patterns of every reading first (particle, preposition, bare verb), then the
        // defaults in the same order: "participated in the exercises" is the exercises' code
        // even though "participate in" has a default of its own.
        for (String particle : particles) {
            String verbKey = particle.isEmpty() ? lemma : lemma + " " + particle;
            for (VerbPattern p : verbs.patterns(lemma, particle)) {
                switch (p.slot()) {
                    case OBJECT -> {
                        for (Token o : slotHeads(objectsAndPredicates(verb))) {
                            if (fits(ctx, p, o)) {
                                return coding(p, o.index(), true, verbKey + " +obj " + o.lemma());
                            }
                        }
                    }
                    case PREPOSITION -> {
                        for (Token o : slotHeads(obliques(verb))) {
                            if (caseOf(o).equals(p.preposition()) && fits(ctx, p, o)) {
                                return coding(p, o.index(), true, verbKey + " +" + p.preposition() + " " + o.lemma());
                            }
                        }
                    }
                    case SUBJECT -> {
                        for (Token o : verb.children("nsubj")) {
                            if (fits(ctx, p, o)) {
                                return coding(p, o.index(), true, verbKey + " +subj " + o.lemma());
                            }
                        }
                    }
                    case DEFAULT -> {
                    }
                }
            }
        }
        for (String particle : particles) {
            for (VerbPattern p : verbs.patterns(lemma, particle)) {
                if (p.slot() == VerbPattern.Slot.DEFAULT) {
                    return coding(p, -1, false, particle.isEmpty() ? lemma : lemma + " " + particle);
                }
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
            if (MEASURE_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT)) || !h.children("nummod").isEmpty()) {
                for (Token inner : h.children()) {
                    if (inner.relation().startsWith("nmod") && caseOf(inner).equals("of")) {
                        out.add(inner);
                    }
                }
            }
        }
        return out;
    }

    private Optional<Coding> coding(VerbPattern p, int slotToken, boolean specific, String rule) {
        if (p.code().isEmpty()) {
            return Optional.empty(); // the dictionary says: not an event
        }
        return Optional.of(new Coding(p.code().get(), slotToken, specific, rule, -1, -1, false, p.reverseCode()));
    }

    /**
     * The most specific phrase pattern that matches the words after the verb, over every reading
     * of the verb; empty when none matches, an empty coding when the match says "not an event".
     */
    private Optional<Optional<Coding>> phraseCoding(Context ctx, Token verb, String lemma, List<String> particles) {
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
                    window = PhraseMatcher.window(verb);
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
            return Optional.empty();
        }
        if (best.code().isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(new Coding(best.code().get(), -1, true, bestKey + " " + best.phrase().get(),
                bestMatch.sourceToken(), bestMatch.targetToken(), best.phrase().get().subjectIsTarget(),
                best.reverseCode())));
    }

    private boolean fits(Context ctx, VerbPattern p, Token slot) {
        if (p.words().isEmpty()) {
            return true;
        }
        String lemma = slot.lemma().toLowerCase(Locale.ROOT);
        String word = slot.word().toLowerCase(Locale.ROOT);
        for (String w : p.words()) {
            if (w.equals(lemma) || w.equals(word)
                    || (w.equals("@place") && ctx.isPlace(slot.index()))
                    || (w.equals("@event") && nouns.code(slot).isPresent())
                    || (w.equals("@compound") && !slot.children("conj").isEmpty())
                    || (w.contains("_") && fitsGroup(w.split("_"), slot))) {
                return true;
            }
        }
        return false;
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
            if (i != head.index() && !PhraseMatcher.dominates(head, t)) {
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

    private List<Event> events(Context ctx, int v, Coding coding) {
        Document doc = ctx.doc;
        Token verb = doc.token(v);
        String code = coding.code();
        int noun = -1;
        if (code.equals(VerbPattern.NOUN_CODE) || code.equals(VerbPattern.ENDED_CODE)) {
            noun = coding.slotToken();
            Optional<String> nounCode = noun >= 0 ? nouns.code(doc.token(noun)) : Optional.empty();
            if (code.equals(VerbPattern.ENDED_CODE)) {
                nounCode = nounCode.flatMap(NominalEvents::ending);
            }
            if (nounCode.isEmpty()) {
                return List.of();
            }
            code = nounCode.get();
        }
        if (!coding.specific() && noun < 0 && code.startsWith(INTENT_ROOT) && complementIsCoded(ctx, verb)) {
            return List.of(); // "plans to impose restrictions": the complement says what is intended
        }
        boolean obligation = code.startsWith(STATEMENT_ROOT) && statesObligation(ctx, verb);
        // PETRARCH: a plain statement is addressed to whom it names, never to a party of what it reports.
        boolean reportsOnly = conventions.targetlessStatements() && code.startsWith(STATEMENT_ROOT)
                && !coding.specific() && !obligation;
        if (obligation) {
            code = DEMAND_CODE;
        }
        Optional<CameoEntry> entry = ontology.nearest(code);
        if (entry.isEmpty()) {
            return List.of();
        }
        List<ActorMention> sources;
        List<ActorMention> targets;
        boolean weakTarget = false;
        boolean passive = isPassive(verb);
        Token byAgent = byAgent(verb);
        if (passive) {
            List<Token> patients = subjects(verb);
            if (noun >= 0 && byAgent != null && noun == byAgent.index()) {
                sources = ctx.actorsOf(modifiersOf(doc.token(noun)), true);
            } else {
                sources = byAgent == null ? List.of() : ctx.actorsOf(expand(byAgent), false);
            }
            targets = subjectParties(ctx, patients);
            if (sources.isEmpty() && byAgent == null && conventions.agentlessPassiveSourceInPhrase()) {
                List<Token> phrases = prepositionalTargets(verb, noun, ANY_PREPOSITION);
                sources = others(ctx.actorsOf(phrases, false), targets);
                if (sources.isEmpty()) {
                    sources = others(actorsInsidePhrases(ctx, phrases, ANY_PREPOSITION), targets);
                }
            }
        } else {
            sources = ctx.actorsOf(subjects(verb), false);
            if (sources.isEmpty()) {
                // "Kenzo Oshima, the United Nations relief coordinator, demanded": the apposition.
                List<Token> appositions = new ArrayList<>();
                for (Token subject : subjects(verb)) {
                    appositions.addAll(subject.children("appos"));
                }
                sources = ctx.actorsOf(appositions, false);
            }
            if (sources.isEmpty()) {
                // "The Turkish and Greek sides agreed": the nationalities of a generic subject;
                // "Thousands of students from Indonesia marched": the actor inside its phrase.
                sources = actorsInsidePhrases(ctx, subjects(verb), SUBJECT_PHRASE_PREPOSITIONS);
            }
            targets = List.of();
            if (noun >= 0) {
                List<Token> nounTargets = new ArrayList<>(prepositionalTargets(doc.token(noun), -1));
                Token eventNoun = nouns.eventNoun(doc.token(noun));
                if (eventNoun.index() != noun) {
                    nounTargets.addAll(prepositionalTargets(eventNoun, -1));
                }
                targets = others(ctx.actorsOf(nounTargets, false), sources);
                if (targets.isEmpty()) {
                    // "riots against Israeli military policies", "sanctions on the Taliban faction"
                    targets = others(actorsInsidePhrases(ctx, nounTargets, OBJECT_PHRASE_PREPOSITIONS), sources);
                }
            }
            if (targets.isEmpty()) {
                List<Token> objs = new ArrayList<>();
                for (Token o : objects(verb)) {
                    // "he said government proposed to take up the issue": under PETRARCH's
                    // conventions the subject of the reported clause, parsed as an object with a
                    // participle, is not who the statement is addressed to.
                    boolean reportedSubject = reportsOnly && o.children().stream()
                            .anyMatch(c -> c.relation().startsWith("acl") && c.isVerb());
                    if (o.index() != noun && !reportedSubject) {
                        objs.addAll(expand(o));
                    }
                }
                // "called for a boycott against Osgiliath, the state's fiercest foe": the subject
                // named again in the object is no target.
                targets = others(ctx.actorsOf(objs, false), sources);
                if (targets.isEmpty()) {
                    targets = others(actorsInsidePhrases(ctx, objs, OBJECT_PHRASE_PREPOSITIONS), sources);
                }
            }
            if (targets.isEmpty()) {
                targets = others(ctx.actorsOf(prepositionalTargets(verb, noun), false), sources);
            }
            if (targets.isEmpty()) {
                // "clashed over the efforts of Eriadori", "acts on a resolution with Libya": the
                // actor inside the phrase of a target preposition or of the phrase a pattern named.
                List<Token> phrases = new ArrayList<>(prepositionalTargets(verb, noun));
                if (coding.slotToken() >= 0 && coding.slotToken() != noun
                        && doc.token(coding.slotToken()).relation().matches("obl.*|nmod.*")) {
                    phrases.add(doc.token(coding.slotToken()));
                }
                targets = others(actorsInsidePhrases(ctx, phrases, OBJECT_PHRASE_PREPOSITIONS), sources);
            }
            if (targets.isEmpty()) {
                // "imposed sanctions on the Taliban religious faction": the actor inside that phrase.
                targets = actorsInsidePhrases(ctx, prepositionalTargets(verb, noun), OBJECT_PHRASE_PREPOSITIONS);
            }
            if (targets.isEmpty() && !reportsOnly) {
                // PETRARCH: "officials said Arnor signed a protocol with Dagolath" reports on Arnor
                // and is not addressed to it; Dyad's default keeps Arnor as what the statement is about.
                targets = complementTargets(ctx, verb, sources);
                if (code.startsWith(STATEMENT_ROOT) && !coding.specific() && !obligation) {
                    // "Putin said Russia supports the proposal": a party speaking of its own
                    // country speaks for it, not to it.
                    List<ActorMention> speakers = sources;
                    targets = targets.stream().filter(t -> !t.code().sector().isEmpty()
                            || speakers.stream().noneMatch(s -> s.code().country().equals(t.code().country()))).toList();
                }
            }
            if (targets.isEmpty() && !jointReading(sources, code, verb, noun)) {
                // Last resort, as PETRARCH reads it: the first actor in any other prepositional
                // phrase of the verb or its object ("bargain for asylum in Gondor"), unless it is
                // the source's own country ("Beijing held exercises in China").
                List<Token> rest = new ArrayList<>(prepositionalTargets(verb, noun, ANY_PREPOSITION));
                for (Token o : objects(verb)) {
                    rest.addAll(prepositionalTargets(o, -1, ANY_PREPOSITION));
                }
                List<ActorMention> finalSources = sources;
                List<ActorMention> candidates = ctx.actorsOf(rest, false);
                if (candidates.isEmpty()) {
                    // "appealed for peace in Ithilen", "cordoned off the roads leading into Mordor"
                    candidates = actorsInsidePhrases(ctx, rest, ANY_PREPOSITION);
                }
                targets = candidates.stream()
                        .filter(t -> finalSources.stream().noneMatch(x -> x.code().country().equals(t.code().country())))
                        .limit(1).toList();
                weakTarget = !targets.isEmpty();
            }
        }
        if (coding.subjectIsTarget()) {
            targets = subjectParties(ctx, subjects(verb));
            weakTarget = false;
        }
        if (coding.sourceToken() >= 0) {
            sources = ctx.actorsCovering(coding.sourceToken());
        }
        if (coding.targetToken() >= 0) {
            targets = ctx.actorsCovering(coding.targetToken());
            weakTarget = false;
        }
        boolean unnamed = false;
        if (sources.isEmpty() && VIOLENT_ROOTS.contains(code.substring(0, 2)) && !inRelativeClause(verb)
                && (passive ? byAgent == null : subjects(verb).stream().anyMatch(this::namesIncident))) {
            // "A roadside bombing near Samarra killed ...", "civilians were killed in a bombing":
            // CAMEO's unidentified armed force of the country where it happened.
            sources = unnamedPerpetrator(ctx, verb, targets);
            unnamed = !sources.isEmpty();
        }
        String rule = coding.rule() + (noun >= 0 ? " [noun " + doc.token(noun).lemma() + "]" : "") + (passive ? " [passive]" : "")
                + (unnamed ? " [unnamed perpetrator]" : "")
                + (obligation ? " [obligation]" : "")
                + (weakTarget ? " [target in other phrase]" : "");
        // Who acts on whom: one dyad per source and target, or for coordinated parties with no
        // target ("Beijing and Moscow held exercises", "Gondor and Osgiliath postponed their
        // meeting") each with the other, both ways.
        List<Dyad> dyads = new ArrayList<>();
        boolean joint = false;
        if (targets.isEmpty() && jointReading(sources, code, verb, noun)) {
            for (ActorMention a : sources) {
                for (ActorMention b : sources) {
                    if (a != b && !a.code().country().equals(b.code().country()) && dyads.size() < 12) {
                        dyads.add(new Dyad(a, Optional.of(b)));
                    }
                }
            }
            joint = !dyads.isEmpty();
        }
        String root = code.substring(0, 2);
        if (!joint) {
            for (ActorMention s : sources) {
                int before = dyads.size();
                for (ActorMention t : targets) {
                    if (s != t && !s.code().equals(t.code())) {
                        dyads.add(new Dyad(s, Optional.of(t)));
                    }
                }
                // A named target that is only the source itself is no target ("settlers in Hebron
                // set fire to the offices of the Palestinian administrators"); a pronoun that
                // resolved to the source is a wrong reading, not a missing target.
                boolean noTarget = targets.isEmpty()
                        || (dyads.size() == before && targets.stream().allMatch(t -> t.antecedent().isEmpty()));
                if (noTarget && (coding.specific() || noun >= 0 || TARGETLESS_ROOTS.contains(root)
                        || (conventions.targetlessStatements() && root.equals(STATEMENT_ROOT)))) {
                    // An event may have no target actor ("rebels rioted", "the army arrested seven"),
                    // but a verb's bare default naming cooperation, aid or yielding needs its partner.
                    dyads.add(new Dyad(s, Optional.empty()));
                }
            }
        }
        if (dyads.isEmpty()) {
            return List.of();
        }
        if (joint) {
            rule += " [joint]";
        }
        Factuality fact = factuality.classify(doc, v);
        if (fact == Factuality.REPORTED_INTENT && ATTEMPT_ROOTS.contains(root) && isMadeAttempt(doc, verb)) {
            rule += " [attempted]"; // "said they attempted to assassinate the prime minister"
            fact = Factuality.ASSERTED;
        }
        if (conventions.negationAsOpposite() && fact == Factuality.NEGATED && factuality.negatesItself(doc, v)) {
            Optional<CameoEntry> opposite = ontology.negation(entry.get().code());
            if (opposite.isPresent()) {
                rule += " [negated " + entry.get().code() + " -> " + opposite.get().code() + "]";
                entry = opposite;
                fact = Factuality.ASSERTED;
            }
        }
        boolean hasPartner = dyads.stream().anyMatch(d -> d.target().isPresent());
        if (conventions.unrealizedAsIntent() && hasPartner
                && ((fact == Factuality.FUTURE && INTENT_CODES.containsKey(root))
                || (fact == Factuality.REPORTED_INTENT && isOwnIntention(verb) && INTENT_CODES.containsKey(root)))) {
            // PLOVER: cooperation promised or planned is an agreement, and that is asserted.
            Optional<CameoEntry> intent = ontology.get(INTENT_CODES.get(root));
            if (intent.isPresent() && intent.get().plover().isPresent()) {
                rule += " [" + fact.label() + " " + code + " -> " + intent.get().code() + "]";
                entry = intent;
                fact = Factuality.ASSERTED;
            }
        }
        Optional<String> unrealized = conventions.unrealizedAsIntent()
                ? unrealizedReading(doc, v, code, fact, hasPartner || noun >= 0) : Optional.empty();
        Optional<CameoEntry> reading = unrealized.flatMap(ontology::nearest).filter(e -> e.plover().isPresent());
        if (reading.isPresent()) {
            rule += " [" + fact.label() + " " + code + " -> " + reading.get().code() + "]";
            entry = reading;
            fact = Factuality.ASSERTED;
        }
        Sentence sentence = doc.sentence(doc.sentences().sentenceOf(v));
        Span sentenceSpan = sentence.rawSpan();
        int triggerToken = noun >= 0 ? noun : v;
        Span trigger = doc.token(triggerToken).rawSpan();
        Optional<EventDate> date = dates.resolve(doc, v);
        CameoEntry coded = entry.get();
        // "Bree's president arrived in Gondor" (040:040): the target does the reverse event in return.
        Optional<CameoEntry> reverse = joint ? Optional.empty() : coding.reverseCode().flatMap(ontology::nearest);
        List<Event> out = new ArrayList<>(dyads.size());
        for (Dyad d : dyads) {
            double confidence = confidence(coding, d.source(), d.target(), joint, weakTarget);
            out.add(new Event(doc.id(), "pending", sentence.index(), sentenceSpan, sentence.rawText(),
                    EventActor.of(d.source()), d.target().map(EventActor::of), coded.code(), coded.quadClass(),
                    coded.goldstein(), coded.plover(), fact, confidence, trigger, trigger.of(doc.text().raw()),
                    rule, List.of(), new EventAttributes(
                            quantities.extract(doc, anchors(v, triggerToken, d.source(), d.target())), date)));
            if (reverse.isPresent() && d.target().isPresent()) {
                CameoEntry back = reverse.get();
                ActorMention partner = d.target().get();
                out.add(new Event(doc.id(), "pending", sentence.index(), sentenceSpan, sentence.rawText(),
                        EventActor.of(partner), Optional.of(EventActor.of(d.source())), back.code(), back.quadClass(),
                        back.goldstein(), back.plover(), fact, confidence, trigger, trigger.of(doc.text().raw()),
                        rule + " [reverse " + back.code() + "]", List.of(), new EventAttributes(
                                quantities.extract(doc, anchors(v, triggerToken, partner, Optional.of(d.source()))),
                                date)));
            }
        }
        return out;
    }

    /**
     * PLOVER codes what is announced or refused as the threat or rejection it is: conflict that is
     * future, intended or conditional, against a named target or as an event noun, is a threat
     * ("will extend the curfew in Abidjan", "may halt mediation if ..."); cooperation refused for
     * the future is a rejection ("will not accept refugees").
     */
    private Optional<String> unrealizedReading(Document doc, int v, String code, Factuality fact, boolean hasPartner) {
        if (hasPartner && (fact == Factuality.FUTURE
                || (fact == Factuality.REPORTED_INTENT && isOwnIntention(doc.token(v))))) {
            return ThreatsAndRefusals.threat(code);
        }
        if (hasPartner && fact == Factuality.HYPOTHETICAL && isConditional(doc.token(v))) {
            return ThreatsAndRefusals.threat(code); // "may halt mediation efforts if cooperation founders"
        }
        if (fact == Factuality.NEGATED && factuality.isRefusal(doc, v)) {
            return ThreatsAndRefusals.refusal(code);
        }
        return Optional.empty();
    }

    /** True when a controlled complement of the verb codes an event of its own. */
    private boolean complementIsCoded(Context ctx, Token verb) {
        for (Token c : verb.children("xcomp")) {
            if (c.pos().startsWith("VB") && code(ctx, c.index()).map(k -> !events(ctx, c.index(), k).isEmpty()).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause that describes a noun ("raids in which 20 people were killed", "the city where, it
     * said, 100 people were killed"), even when the parser hung it elsewhere: its own relation or
     * a relative word on it or on the clause just above.
     */
    private static boolean inRelativeClause(Token verb) {
        Token t = verb;
        for (int depth = 0; depth < 2 && t != null; depth++) {
            if (t.relation().startsWith("acl")) {
                return true;
            }
            for (Token c : t.children()) {
                if (c.pos().equals("WDT") || c.pos().equals("WRB") || c.pos().equals("WP")) {
                    return true;
                }
            }
            t = t.head();
        }
        return false;
    }

    /** A subject that is an incident or a weapon, not an actor: "a roadside bombing", "a minefield explosion". */
    private boolean namesIncident(Token subject) {
        return nouns.code(subject).isPresent() || INCIDENT_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * An unidentified armed force (UAF) of the country where the event happened: a place named in
     * the sentence outside the target ("near the town of Samarra", "in central Baghdad"), else the
     * target's country.
     */
    private static List<ActorMention> unnamedPerpetrator(Context ctx, Token verb, List<ActorMention> targets) {
        Document doc = ctx.doc;
        int sentence = doc.sentences().sentenceOf(verb.index());
        Optional<ActorMention> where = doc.actors().stream()
                .filter(m -> doc.sentences().sentenceOf(m.headToken()) == sentence && ctx.isPlace(m.headToken())
                        && m.antecedent().isEmpty() && !targets.contains(m))
                .findFirst()
                .or(() -> targets.stream().findFirst());
        return where.map(m -> List.of(new ActorMention(verb.index(), verb.index() + 1, verb.index(), verb.rawSpan(),
                verb.word(), new ActorCode(m.code().country() + UNIDENTIFIED_FORCE), "unnamed perpetrator in " + m.text(),
                Optional.empty()))).orElse(List.of());
    }

    /** A predicate with a condition of its own: "... if cooperation founders", "... unless Israel rescinds". */
    private static boolean isConditional(Token verb) {
        for (Token c : verb.children()) {
            if (c.relation().startsWith("advcl")) {
                for (Token m : c.children("mark")) {
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
     * An intention is the subject's own when the verb is the subject-controlled complement of the
     * intent predicate ("plans to impose"); what a party demands or urges of another ("demanded
     * that the US match", "urged the EC to support", "demanded a UN presence to protect them") is
     * not that party's promise or threat.
     */
    /** "attempted to assassinate", "have tried to storm": an attempt that was made, not one planned. */
    private boolean isMadeAttempt(Document doc, Token verb) {
        Token gov = verb.head();
        return gov != null && verb.relation().equals("xcomp")
                && ATTEMPT_PREDICATES.contains(gov.lemma().toLowerCase(Locale.ROOT))
                && gov.pos().matches("VBD|VBN") && factuality.classify(doc, gov.index()) == Factuality.ASSERTED;
    }

    private static boolean isOwnIntention(Token verb) {
        return verb.relation().equals("xcomp") && verb.head() != null && directObjects(verb.head()).isEmpty();
    }

    /** A source and, unless the event has none, its target. */
    private record Dyad(ActorMention source, Optional<ActorMention> target) {
    }

    private static List<Integer> anchors(int verb, int trigger, ActorMention source, Optional<ActorMention> target) {
        List<Integer> out = new ArrayList<>(List.of(verb));
        if (trigger != verb) {
            out.add(trigger);
        }
        out.add(source.headToken());
        target.ifPresent(t -> out.add(t.headToken()));
        return out;
    }

    /**
     * A heuristic, documented in docs/coding.md and calibrated on the PLOVER dev records: an event
     * without a target is rarely the dyad a coder records; one with a target is right about two
     * times in three, less when the target came from an unrelated phrase or an actor was only
     * referred to, a little more when a specific pattern or a joint reading coded it.
     */
    private static double confidence(Coding coding, ActorMention s, Optional<ActorMention> t, boolean joint,
            boolean weakTarget) {
        if (t.isEmpty()) {
            return 0.1;
        }
        double c = 0.65;
        if (coding.specific()) {
            c += 0.05;
        }
        if (joint) {
            c += 0.05;
        }
        if (weakTarget) {
            c -= 0.15;
        }
        if (s.antecedent().isPresent()) {
            c -= 0.1;
        }
        if (t.get().antecedent().isPresent()) {
            c -= 0.1;
        }
        return Math.max(0.05, Math.min(0.95, c));
    }

    /**
     * The actor inside a phrase, nearest first, for a subject or object that names none itself:
     * "restore ties with Gondor", "welcomed the resumption of ties with Mordor", "met a group of
     * Moroccan diplomats", "attacked a Russian convoy", "The Turkish and Greek sides agreed".
     */
    private List<ActorMention> actorsInsidePhrases(Context ctx, List<Token> heads, Set<String> prepositions) {
        List<Token> frontier = new ArrayList<>(heads);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<ActorMention> modifiers = new ArrayList<>();
            for (Token o : frontier) {
                for (ActorMention m : ctx.actorsOf(modifiersOf(o), true)) {
                    if (!ctx.doc.pos().get(m.headToken()).equals("PRP$")) {
                        modifiers.add(m); // "its borders", "their meeting" are the subject's own
                    }
                }
            }
            List<Token> next = new ArrayList<>();
            for (Token o : frontier) {
                next.addAll(prepositionalTargets(o, -1, prepositions));
                // "memos sent by Bree", "assurances sent from Bree", "the roads leading into
                // Mordor", "the parade supporting Gondor", "an accord to supply Gondor": a
                // participle's or an infinitive's phrase, its origin too, belongs to the noun it
                // modifies.
                for (Token participle : participlesOn(o)) {
                    next.addAll(prepositionalTargets(participle, -1, prepositions));
                    next.addAll(prepositionalTargets(participle, -1, PARTICIPLE_ORIGIN));
                    for (Token obj : directObjects(participle)) {
                        next.addAll(expand(obj));
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
    private List<ActorMention> subjectParties(Context ctx, List<Token> subject) {
        List<ActorMention> named = ctx.actorsOf(subject, false);
        return named.isEmpty() ? actorsInsidePhrases(ctx, subject, SUBJECT_PHRASE_PREPOSITIONS) : named;
    }

    /** The found actors that are not one of the sources (same code). */
    private static List<ActorMention> others(List<ActorMention> found, List<ActorMention> sources) {
        return found.stream().filter(t -> sources.stream().noneMatch(x -> x.code().equals(t.code()))).toList();
    }

    /**
     * The party a clausal complement of the verb or of its object names, when the verb's own phrases
     * name none: the complement's subject ("demanded that the United States match ...", "expressed
     * hopes that Osgiliath could be drawn into the peace process"), else the target of its object or its
     * prepositions ("threatened to cut off electricity to Nakhichevan"); never a source.
     */
    private List<ActorMention> complementTargets(Context ctx, Token verb, List<ActorMention> sources) {
        List<Token> clauses = new ArrayList<>();
        for (Token clause : verb.children()) {
            if (clause.relation().equals("ccomp") || clause.relation().equals("xcomp")) {
                clauses.add(clause);
            }
        }
        for (Token purpose : infinitiveClauses(verb)) {
            if (!clauses.contains(purpose)) {
                clauses.add(purpose); // "signed an accord on Thursday to supply Gondor"
            }
        }
        for (Token object : objects(verb)) {
            clauses.addAll(object.children("ccomp")); // "expressed hopes that Osgiliath could be drawn in"
        }
        for (Token clause : clauses) {
            List<Token> clauseSubjects = new ArrayList<>();
            for (Token c : clause.children()) {
                if (isSubject(c)) {
                    clauseSubjects.addAll(expand(c));
                }
            }
            List<ActorMention> found = ctx.actorsOf(clauseSubjects, false);
            if (found.isEmpty() && clauseSubjects.isEmpty()) {
                List<Token> objs = new ArrayList<>();
                objects(clause).forEach(o -> objs.addAll(expand(o)));
                found = ctx.actorsOf(objs, false);
                if (found.isEmpty()) {
                    found = actorsInsidePhrases(ctx, objs, OBJECT_PHRASE_PREPOSITIONS);
                }
                if (found.isEmpty()) {
                    found = ctx.actorsOf(prepositionalTargets(clause, -1), false);
                }
            }
            List<ActorMention> notSources = others(found, sources);
            if (!notSources.isEmpty()) {
                return notSources;
            }
        }
        return List.of();
    }

    /**
     * A statement whose complement says what a party must do ("declared that China must drop
     * barriers", "said the US must be ready to mediate") demands it of that party.
     */
    private boolean statesObligation(Context ctx, Token verb) {
        for (Token clause : verb.children("ccomp")) {
            List<Token> obliged = new ArrayList<>();
            for (Token c : clause.children()) {
                if (isSubject(c)) {
                    obliged.addAll(expand(c));
                }
            }
            // "said the agency needs a billion dollars": only a named party can be obliged.
            if (ctx.actorsOf(obliged, false).isEmpty()) {
                continue;
            }
            for (Token aux : clause.children("aux")) {
                if (OBLIGATION_MODALS.contains(aux.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            String lemma = clause.lemma().toLowerCase(Locale.ROOT);
            if ((lemma.equals("have") || lemma.equals("need")) && !clause.children("xcomp").isEmpty()) {
                return true; // "China has to drop barriers"
            }
        }
        return false;
    }

    /** Coordinated parties of a cooperative or reciprocal event act with each other. */
    private static boolean jointReading(List<ActorMention> sources, String code, Token verb, int noun) {
        if (verb.relation().startsWith("acl") && isPassive(verb)) {
            return false; // "a fight joined by Brunei, Malaysia and Vietnam": they join the fight, not each other
        }
        return sources.size() >= 2 && (JOINT_ROOTS.contains(code.substring(0, 2)) || hasReciprocalObject(verb, noun));
    }

    /** "their meeting", "each other": the coordinated subjects act on one another. */
    private static boolean hasReciprocalObject(Token verb, int noun) {
        List<Token> objs = new ArrayList<>(objects(verb));
        if (noun >= 0) {
            objs.add(verb.document().token(noun));
        }
        for (Token o : objs) {
            if (o.word().equalsIgnoreCase("other") || o.word().equalsIgnoreCase("another")) {
                return true;
            }
            for (Token c : o.children("nmod:poss")) {
                if (c.word().equalsIgnoreCase("their")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPassive(Token verb) {
        for (Token c : verb.children()) {
            if (c.relation().equals("nsubj:pass") || c.relation().equals("aux:pass")) {
                return true;
            }
        }
        if (!verb.pos().equals("VBN") || byAgent(verb) == null) {
            return false;
        }
        for (Token c : verb.children("aux")) {
            if (c.lemma().equalsIgnoreCase("have")) {
                return false;
            }
        }
        return true;
    }

    private static Token byAgent(Token verb) {
        for (Token c : verb.children()) {
            if (c.relation().equals("obl:agent") || (c.relation().startsWith("obl") && caseOf(c).equals("by"))) {
                return c;
            }
        }
        return null;
    }

    /** Who does what the verb says: its subject, or the subject it shares with the verb it hangs on. */
    /**
     * Whether {@code t} is its clause's subject. A day parsed as one ("vowed on Thursday to wage
     * war") is a time phrase, and the clause has its governor's subject.
     */
    private static boolean isSubject(Token t) {
        return (t.relation().equals("nsubj") || t.relation().equals("nsubj:pass"))
                && !EventDateResolver.isDayName(t.word());
    }

    static List<Token> subjects(Token verb) {
        List<Token> direct = new ArrayList<>();
        for (Token c : verb.children()) {
            if (isSubject(c)) {
                direct.addAll(expand(relativeAntecedent(c)));
            }
        }
        if (!direct.isEmpty()) {
            return direct;
        }
        for (Token clause : verb.children("csubj")) {
            List<Token> objects = clause.children("obj");
            if (!clause.children("nsubj").isEmpty() && !objects.isEmpty()) {
                // "Ethiopia indicated it would act": the main clause hung as the clausal subject of
                // its complement; the complement's subject is that clause's object.
                return expand(objects.get(0));
            }
        }
        Token gov = verb.head();
        if (gov == null) {
            return frontedSubject(verb);
        }
        String rel = verb.relation();
        if (rel.equals("xcomp")) {
            List<Token> objs = gov.children("obj");
            if (!objs.isEmpty()) {
                return expand(objs.get(0)); // object control: "found itself hit"
            }
            return subjects(gov);
        }
        if (rel.equals("conj") || rel.startsWith("advcl")
                || (rel.equals("dep") && (verb.pos().matches("VBG|VBN") || isReducedRelative(gov)))) {
            return gov.isVerb() || gov.pos().startsWith("JJ") ? subjects(gov) : List.of();
        }
        if (rel.startsWith("acl") && verb.pos().equals("VBG") && gov.isNoun()) {
            return expand(gov);
        }
        if (rel.startsWith("acl") && verb.pos().equals("VBN") && !directObjects(verb).isEmpty()) {
            // "Doctors from two aid groups donated goods" parsed as a noun phrase: a participle with
            // an object of its own is no passive, so it is the sentence's verb and the root noun
            // its subject.
            Token root = verb;
            while (root.head() != null) {
                root = root.head();
            }
            return root.isNoun() ? expand(root) : List.of();
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
        while (np.relation().equals("conj") && np.head() != null && np.head().index() < np.index()) {
            np = np.head();
        }
        if (!np.isNoun() || !np.relation().equals("appos") || np.head().index() > np.index()) {
            return List.of();
        }
        int first = np.index();
        for (Token c : np.children()) {
            if (c.index() < first && c.relation().matches("det|amod|compound|nummod")) {
                first = c.index();
            }
        }
        return first > 0 && doc.token(first - 1).word().equals(",") ? expand(np) : List.of();
    }

    /**
     * "workers affiliated with the union stopped work" parsed with the participle as the root and
     * the real verb hanging on it: a bare participle with a subject, and no auxiliary, that a
     * later verb depends on is a reduced relative on that subject.
     */
    private static boolean isReducedRelative(Token participle) {
        return isBareParticiple(participle) && !participle.children("nsubj").isEmpty();
    }

    /** A past participle with no auxiliary or marker of its own: the verb of a reduced relative clause. */
    private static boolean isBareParticiple(Token t) {
        if (!t.pos().equals("VBN")) {
            return false;
        }
        for (Token c : t.children()) {
            if (c.relation().startsWith("aux") || c.relation().equals("mark")) {
                return false;
            }
        }
        return true;
    }

    /** "the group that attacked": the relative pronoun stands for the noun the clause modifies. */
    private static Token relativeAntecedent(Token subject) {
        String pos = subject.pos();
        Token clause = subject.head();
        if ((pos.equals("WDT") || pos.equals("WP")) && clause != null && clause.relation().startsWith("acl")
                && clause.head() != null) {
            return clause.head();
        }
        return subject;
    }

    private static List<Token> objects(Token verb) {
        List<Token> out = directObjects(verb);
        for (Token o : List.copyOf(out)) {
            if (o.isNoun()) {
                // "will not wire tap the links": a noun with an object of its own is the second
                // half of a verb the parser split; its object is the verb's.
                out.addAll(o.children("obj"));
            }
        }
        if (out.isEmpty()) {
            for (Token c : verb.children()) {
                if (isParticipialModifier(c)) {
                    out.addAll(directObjects(c)); // "detaining fleeing soldiers" parsed as two verbs
                }
                for (Token subject : c.children("nsubj")) {
                    Token relative = misparsedReducedRelative(subject);
                    if (relative != null && relative.index() == c.index()) {
                        out.add(subject); // "welcomed memos sent by Bree" parsed as two clauses
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
        List<Token> out = new ArrayList<>(objects(verb));
        for (Token c : verb.children("xcomp")) {
            if (c.pos().matches("JJ|VBN") && c.children("mark").isEmpty()) {
                out.add(c);
            }
        }
        if (out.isEmpty()) {
            // "vowed to wage war": a verb with no object of its own meets its patterns' words in
            // the object of the infinitive it governs, as TABARI's patterns read the words after it.
            for (Token clause : infinitiveClauses(verb)) {
                out.addAll(directObjects(clause));
            }
        }
        return out;
    }

    /** The infinitives a verb governs: "vowed to wage war", "signed an accord to supply Gondor". */
    private static List<Token> infinitiveClauses(Token verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : verb.children()) {
            if (c.isVerb() && FactualityClassifier.isInfinitive(c)
                    && (c.relation().equals("xcomp") || c.relation().startsWith("advcl"))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The participles and infinitives modifying a noun: its {@code acl} verbs and a misparsed reduced relative. */
    private static List<Token> participlesOn(Token noun) {
        List<Token> out = new ArrayList<>();
        for (Token c : noun.children("acl")) {
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
    private static Token misparsedReducedRelative(Token noun) {
        Token participle = noun.head();
        if (participle == null || !noun.relation().equals("nsubj") || !isBareParticiple(participle)
                || !participle.relation().equals("dep") || participle.index() < noun.index()) {
            return null;
        }
        Token verb = participle.head();
        return verb == null || !verb.pos().startsWith("VB") || verb.index() > noun.index() ? null : participle;
    }

    private static List<Token> directObjects(Token verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : verb.children()) {
            if (c.relation().equals("obj") || c.relation().equals("iobj")) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A participle that modifies its verb's object but was parsed as a verb taking that object
     * ("detaining fleeing soldiers": fleeing -dep-> detaining, soldiers -obj-> fleeing). It
     * states no event of its own.
     */
    static boolean isParticipialModifier(Token t) {
        Token gov = t.head();
        return gov != null && t.pos().matches("VBG|VBN") && (t.relation().equals("dep") || t.relation().equals("amod"))
                && gov.pos().startsWith("VB") && directObjects(gov).isEmpty() && !directObjects(t).isEmpty()
                && t.index() == gov.index() + 1 && t.children("nsubj").isEmpty();
    }

    /** Prepositional dependents: obl and nmod, but not possessors or bare time and measure phrases. */
    private static List<Token> obliques(Token verb) {
        List<Token> out = new ArrayList<>();
        for (Token c : verb.children()) {
            String r = c.relation();
            if ((r.startsWith("obl") || r.startsWith("nmod")) && !r.endsWith(":poss") && !r.endsWith("tmod")
                    && !r.endsWith(":npmod")) {
                out.add(c);
            }
        }
        return out;
    }

    /** Objects of target prepositions under {@code head}, skipping token {@code except}. */
    private static List<Token> prepositionalTargets(Token head, int except) {
        return prepositionalTargets(head, except, TARGET_PREPOSITIONS);
    }

    private static List<Token> prepositionalTargets(Token head, int except, Set<String> prepositions) {
        List<Token> out = new ArrayList<>();
        for (Token c : obliques(head)) {
            if (c.index() != except && (prepositions == ANY_PREPOSITION ? !caseOf(c).isEmpty() && !caseOf(c).equals("by")
                    : prepositions.contains(caseOf(c)))
                    && (!c.relation().equals("obl:agent") || prepositions.contains("by"))) {
                out.addAll(expand(c));
            }
        }
        return out;
    }

    private static List<Token> modifiersOf(Token noun) {
        List<Token> out = new ArrayList<>();
        for (Token c : noun.children()) {
            String r = c.relation();
            if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss")) {
                out.addAll(expand(c));
            }
        }
        return out;
    }

    static String caseOf(Token t) {
        if (t.relation().equals("obl:agent")) {
            return "by";
        }
        for (Token c : t.children("case")) {
            return c.word().toLowerCase(Locale.ROOT);
        }
        int colon = t.relation().indexOf(':');
        return colon > 0 ? t.relation().substring(colon + 1) : "";
    }

    /** A token and the tokens coordinated with it. */
    static List<Token> expand(Token t) {
        List<Token> out = new ArrayList<>();
        out.add(t);
        for (Token c : t.children("conj")) {
            out.addAll(expand(c));
        }
        return out;
    }

    /** Per-document lookups: the actor mention at each token, place entities. */
    private static final class Context {
        final Document doc;
        final Map<Integer, List<ActorMention>> byHead = new HashMap<>();
        final Map<Integer, List<ActorMention>> covering = new HashMap<>();
        final boolean[] place;
        final PhraseMatcher phrases;

        Context(Document doc) {
            this.doc = doc;
            for (ActorMention m : doc.actors()) {
                byHead.computeIfAbsent(m.headToken(), k -> new ArrayList<>()).add(m);
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    covering.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
                }
            }
            byHead.values().forEach(Context::keepWidest);
            phrases = new PhraseMatcher(covering::containsKey);
            place = new boolean[doc.tokens().size()];
            for (EntityMention e : doc.entities()) {
                if (PLACE_TYPES.contains(e.type())) {
                    for (int t = e.firstToken(); t < e.endToken(); t++) {
                        place[t] = true;
                    }
                }
            }
        }

        /**
         * Of the mentions sharing a head, a name inside a wider mention of its own country is that
         * mention's part ("Romendacil" in "Bree President Romendacil"), not a second party.
         */
        private static void keepWidest(List<ActorMention> atHead) {
            atHead.removeIf(inner -> atHead.stream().anyMatch(outer -> outer != inner
                    && outer.firstToken() <= inner.firstToken() && inner.endToken() <= outer.endToken()
                    && outer.endToken() - outer.firstToken() > inner.endToken() - inner.firstToken()
                    && outer.code().country().equals(inner.code().country())));
        }

        boolean isPlace(int token) {
            return place[token];
        }

        /** The actors whose words include this token. */
        List<ActorMention> actorsCovering(int token) {
            return List.copyOf(covering.getOrDefault(token, List.of()));
        }

        /** Actors standing at these tokens; modifier-only names count when {@code modifiers} is set. */
        List<ActorMention> actorsOf(List<Token> tokens, boolean modifiers) {
            List<ActorMention> out = new ArrayList<>();
            for (Token t : tokens) {
                List<ActorMention> at = byHead.getOrDefault(t.index(), List.of());
                for (ActorMention m : at) {
                    boolean modifierOnly = m.rule().startsWith(ActorResolver.MODIFIER_RULE);
                    if ((modifiers || !modifierOnly) && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            return out;
        }
    }
}
