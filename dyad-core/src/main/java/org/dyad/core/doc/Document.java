package org.dyad.core.doc;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.text.RepairedText;

/**
 * An article and the typed layers stages have added to it. Immutable: each {@code with...}
 * method returns a new document sharing the unchanged layers.
 */
public final class Document {
    private final Article article;
    private final RepairedText text;
    private final boolean repaired;
    private final TokenLayer tokens;
    private final SentenceLayer sentences;
    private final TagLayer pos;
    private final TagLayer lemmas;
    private final List<EntityMention> entities;
    private final DependencyLayer dependencies;
    private final List<ActorMention> actors;
    private final List<Event> events;
    private final List<PlaceMention> places;
    private final boolean referencesResolved;
    private final boolean eventsLocated;

    private Document(Article article, RepairedText text, boolean repaired, TokenLayer tokens,
            SentenceLayer sentences, TagLayer pos, TagLayer lemmas, List<EntityMention> entities,
            DependencyLayer dependencies, List<ActorMention> actors, List<Event> events, List<PlaceMention> places,
            boolean referencesResolved, boolean eventsLocated) {
        this.article = article;
        this.text = text;
        this.repaired = repaired;
        this.tokens = tokens;
        this.sentences = sentences;
        this.pos = pos;
        this.lemmas = lemmas;
        this.entities = entities;
        this.dependencies = dependencies;
        this.actors = actors;
        this.events = events;
        this.places = places;
        this.referencesResolved = referencesResolved;
        this.eventsLocated = eventsLocated;
    }

    /** A fresh document whose repaired text is still the raw text. */
    public static Document of(Article article) {
        return new Document(article, RepairedText.of(article.text()), false, null, null, null, null,
                null, null, null, null, null, false, false);
    }

    public Article article() {
        return article;
    }

    public String id() {
        return article.id();
    }

    /** The raw text, the repaired text and the map between them. */
    public RepairedText text() {
        return text;
    }

    public boolean has(LayerKind layer) {
        return switch (layer) {
            case REPAIRED_TEXT -> repaired;
            case TOKENS -> tokens != null;
            case SENTENCES -> sentences != null;
            case POS -> pos != null;
            case LEMMAS -> lemmas != null;
            case ENTITIES -> entities != null;
            case DEPENDENCIES -> dependencies != null;
            case ACTORS -> actors != null;
            case ACTOR_REFERENCES -> referencesResolved;
            case EVENTS -> events != null;
            case EVENT_LOCATIONS -> eventsLocated;
            case PLACES -> places != null;
        };
    }

    public TokenLayer tokens() {
        return require(tokens, LayerKind.TOKENS);
    }

    public SentenceLayer sentences() {
        return require(sentences, LayerKind.SENTENCES);
    }

    public TagLayer pos() {
        return require(pos, LayerKind.POS);
    }

    public TagLayer lemmas() {
        return require(lemmas, LayerKind.LEMMAS);
    }

    public List<EntityMention> entities() {
        return require(entities, LayerKind.ENTITIES);
    }

    public DependencyLayer dependencies() {
        return require(dependencies, LayerKind.DEPENDENCIES);
    }

    public List<ActorMention> actors() {
        return require(actors, LayerKind.ACTORS);
    }

    public List<Event> events() {
        return require(events, LayerKind.EVENTS);
    }

    public List<PlaceMention> places() {
        return require(places, LayerKind.PLACES);
    }

    public Token token(int index) {
        return new Token(this, index);
    }

    public Sentence sentence(int index) {
        return new Sentence(this, index);
    }

    public List<Sentence> sentenceList() {
        List<Sentence> out = new ArrayList<>(sentences().size());
        for (int s = 0; s < sentences().size(); s++) {
            out.add(new Sentence(this, s));
        }
        return out;
    }

    public Document withRepairedText(RepairedText repairedText) {
        if (!repairedText.raw().equals(article.text())) {
            throw new IllegalArgumentException("repaired text of document " + id() + " must keep the article's raw text");
        }
        if (tokens != null) {
            throw new IllegalStateException("document " + id() + " is already tokenized; repair text before NLP");
        }
        return new Document(article, repairedText, true, null, null, null, null, null, null, null, null, null,
                false, false);
    }

    /** Adds the NLP layers together; they must agree on the token count. */
    public Document withNlp(TokenLayer tokens, SentenceLayer sentences, TagLayer pos, TagLayer lemmas,
            List<EntityMention> entities, DependencyLayer dependencies) {
        int n = tokens.size();
        if (pos.size() != n || lemmas.size() != n || dependencies.size() != n) {
            throw new IllegalArgumentException("NLP layers of document " + id() + " disagree on the token count " + n);
        }
        if (n > 0 && tokens.end(n - 1) > text.text().length()) {
            throw new IllegalArgumentException("tokens of document " + id() + " run past the end of its text");
        }
        return new Document(article, text, repaired, tokens, sentences, pos, lemmas, List.copyOf(entities),
                dependencies, null, null, null, false, false);
    }

    /** The named actors; references are not resolved yet, and any events are dropped. */
    public Document withActors(List<ActorMention> actorMentions) {
        return new Document(article, text, repaired, tokens, sentences, pos, lemmas, entities, dependencies,
                List.copyOf(actorMentions), null, places, false, false);
    }

    /** The actors with pronouns and descriptions resolved: the named ones and the references. */
    public Document withActorReferences(List<ActorMention> allMentions) {
        if (actors == null) {
            throw new IllegalStateException("document " + id() + " has no actors layer to resolve references in");
        }
        return new Document(article, text, repaired, tokens, sentences, pos, lemmas, entities, dependencies,
                List.copyOf(allMentions), null, places, true, false);
    }

    public Document withEvents(List<Event> codedEvents) {
        return new Document(article, text, repaired, tokens, sentences, pos, lemmas, entities, dependencies,
                actors, List.copyOf(codedEvents), places, referencesResolved, false);
    }

    /** The events with their places set. */
    public Document withLocatedEvents(List<Event> locatedEvents) {
        if (events == null) {
            throw new IllegalStateException("document " + id() + " has no events layer to locate");
        }
        return new Document(article, text, repaired, tokens, sentences, pos, lemmas, entities, dependencies,
                actors, List.copyOf(locatedEvents), places, referencesResolved, true);
    }

    public Document withPlaces(List<PlaceMention> found) {
        return new Document(article, text, repaired, tokens, sentences, pos, lemmas, entities, dependencies,
                actors, events, List.copyOf(found), referencesResolved, eventsLocated);
    }

    private <T> T require(T layer, LayerKind kind) {
        if (layer == null) {
            throw new MissingLayerException(kind, id());
        }
        return layer;
    }
}
