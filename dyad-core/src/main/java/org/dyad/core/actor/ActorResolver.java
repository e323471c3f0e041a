package org.dyad.core.actor;

import java.util.List;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.pipeline.Stage;

/**
 * Finds the named actors of a document: dictionary names, role nouns combined with the country or
 * group that modifies them ({@code Afghan soldiers} -> AFGMIL, {@code Russia's ambassador} ->
 * RUSGOV), capitals standing for governments, titles with names no dictionary knows
 * ({@code President Tinubu} -> the country of the title's modifier, sentence or article); news media named
 * only as the channel of a report ("told VOA", "on Twitter") are left out. Pronouns and descriptions come after, in
 * {@link ReferenceResolver}.
 */
public final class ActorResolver implements Stage {
    private final DictionaryMatcher matcher;
    private final RoleOwners owners = new RoleOwners();
    private final Titles titles = new Titles();
    private final MediaChannels channels = new MediaChannels();

    public ActorResolver(ActorDictionary actors, AgentDictionary agents) {
        this.matcher = new DictionaryMatcher(actors, agents);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.LEMMAS, LayerKind.ENTITIES,
                LayerKind.DEPENDENCIES);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.ACTORS);
    }

    @Override
    public Document apply(Document doc) {
        List<DictionaryMatch> matches = matcher.find(doc);
        return doc.withActors(titles.resolve(doc, matches, channels.parties(doc, owners.resolve(doc, matches))));
    }
}
