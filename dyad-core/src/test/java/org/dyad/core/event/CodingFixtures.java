package org.dyad.core.event;

import org.dyad.core.doc.Document;
import org.dyad.core.testing.ActorStages;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;

/** Small dictionaries and hand-parsed documents shared by the tests of the coder's steps. */
final class CodingFixtures {
    static final ActorStages ACTORS = new ActorStages(
            TinyCodebooks.actors("Gondor\tGON\tcountry", "Rohan\tROH\tcountry", "Mordor\tMOR\tcountry",
                    "Bree\tBRE\tcountry", "Osgiliath\tOSG\tcapital"),
            TinyCodebooks.agents("troops\tMIL", "envoy\tGOV", "rebel\tREB"));
    static final VerbDictionary VERBS = TinyCodebooks.verbs(
            "meet\t-\t-\t-\t040",
            "meet\twith\t-\t-\t040",
            "hold\t-\tobj\t@event\tnoun",
            "hold\t-\t-\t-\t---",
            "sign\t-\tobj\taccord\t057",
            "sign\t-\t-\t-\t---",
            "attack\t-\t-\t-\t190",
            "kill\t-\t-\t-\t190",
            "arrive\t-\t-\t-\t040:040",
            "plan\t-\t-\t-\t03",
            "intend\t-\t-\t-\t030",
            "agree\t-\t-\t-\t030",
            "cooperate\t-\t-\t-\t06",
            "say\t-\t-\t-\t010");
    static final NominalEvents NOUNS = new NominalEvents(TinyCodebooks.nouns("exercise\t062", "bombing\t190"));

    private CodingFixtures() {
    }

    /** A hand-parsed document with its actors resolved. */
    static Document withActors(String table) {
        return ACTORS.apply(HandParsed.document(table));
    }

    static CodingContext context(String table) {
        return new CodingContext(withActors(table));
    }

    /** The pattern {@code selector} chooses for the verb at token {@code verb} of a hand-parsed sentence. */
    static PatternChoice choose(PatternSelector selector, String table, int verb) {
        CodingContext ctx = context(table);
        return selector.select(ctx, ctx.doc.token(verb));
    }
}
