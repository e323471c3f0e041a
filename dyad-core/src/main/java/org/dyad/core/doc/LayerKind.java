package org.dyad.core.doc;

/** The typed layers a {@link Document} may carry, with the kind of stage that usually adds each. */
public enum LayerKind {
    REPAIRED_TEXT("the text repair stage"),
    TOKENS("an NLP annotator such as the CoreNLP adapter"),
    SENTENCES("an NLP annotator such as the CoreNLP adapter"),
    POS("an NLP annotator such as the CoreNLP adapter"),
    LEMMAS("an NLP annotator such as the CoreNLP adapter"),
    ENTITIES("an NLP annotator such as the CoreNLP adapter"),
    DEPENDENCIES("an NLP annotator such as the CoreNLP adapter"),
    ACTORS("the actor resolver"),
    ACTOR_REFERENCES("the reference resolver (pronouns and descriptions)"),
    EVENTS("the event coder"),
    EVENT_LOCATIONS("the event locator"),
    PLACES("the place resolver");

    private final String usualProvider;

    LayerKind(String usualProvider) {
        this.usualProvider = usualProvider;
    }

    /** A human description of the stage that normally provides this layer. */
    public String usualProvider() {
        return usualProvider;
    }
}
