package org.dyad.app.eval;

import org.dyad.core.facts.Event;

/** What the scorer needs of a coded event: actor codes, CAMEO code, PLOVER type and confidence. */
public record Prediction(String source, String target, String cameo, String type, double confidence) {
    public Prediction {
        if (source == null || target == null || cameo == null || type == null) {
            throw new IllegalArgumentException("a prediction needs source, target, CAMEO code and type");
        }
    }

    public static Prediction of(Event e) {
        return new Prediction(e.source().code().code(), e.target().map(t -> t.code().code()).orElse(""), e.cameo(),
                e.plover().map(p -> p.type().name()).orElse(GoldReader.NO_TYPE), e.confidence());
    }
}
