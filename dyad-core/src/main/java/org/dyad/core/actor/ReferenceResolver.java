package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dyad.core.conventions.UnownedRoles;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.syntax.Rel;

/**
 * Reference resolution, after the named actors are known: pronouns ("they", "its", "he") and
 * descriptions ("the militants", "the country", "both sides") take the code of an earlier actor;
 * a role owned by the one country of its sentence takes that country; under CAMEO's conventions a
 * role nothing owns is an actor of unknown country ({@code ---GOV}), under PLOVER's it takes the
 * country its sentence or article gives ({@link CountryContext}), if any. Like spaCy's coreference,
 * a stage of its own over the actors layer.
 */
public final class ReferenceResolver implements Stage {
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");
    private final DictionaryMatcher matcher;
    private final Descriptions descriptions;
    private final UnownedRoles unownedRoles;

    public ReferenceResolver(ActorDictionary actors, AgentDictionary agents, UnownedRoles unownedRoles) {
        this.matcher = new DictionaryMatcher(actors, agents);
        this.descriptions = new Descriptions(agents);
        this.unownedRoles = Objects.requireNonNull(unownedRoles, "unownedRoles");
    }

    /** Whether this pronoun (normalised) is one the resolver gives an antecedent; for sentence triage. */
    public static boolean resolvesPronoun(String word) {
        return Antecedents.PLURAL_PRONOUNS.contains(word) || Antecedents.SINGULAR_PRONOUNS.contains(word)
                || Antecedents.PERSONAL_PRONOUNS.contains(word);
    }

    /** Whether a noun lemma (normalised) may refer back to a group, country or pair; for sentence triage. */
    public static boolean refersBack(String lemma) {
        return Descriptions.refersBack(lemma);
    }

    @Override
    public String name() {
        return "actor references";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.SENTENCES, LayerKind.POS, LayerKind.LEMMAS, LayerKind.DEPENDENCIES,
                LayerKind.ACTORS);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.ACTOR_REFERENCES);
    }

    @Override
    public Document apply(Document doc) {
        List<ActorMention> named = doc.actors();
        // The role nouns no name owns: a role the names' stage gave an owner lies inside that actor.
        Map<Integer, DictionaryMatch> unownedRoleAt = matcher.find(doc).stream()
                .filter(m -> !m.isActor() && named.stream().noneMatch(a -> a.covers(m.head())))
                .collect(Collectors.toMap(DictionaryMatch::head, Function.identity(), (a, b) -> a));
        List<ActorMention> out = new ArrayList<>(named);
        List<ActorMention> sofar = new ArrayList<>(named);
        int[] personSpans = DictionaryMatcher.personEntitySpans(doc);
        CountryContext context = CountryContext.of(doc, named);
        for (int t = 0; t < doc.tokens().size(); t++) {
            List<ActorMention> found = isPronoun(doc, t) ? pronoun(doc, t, sofar, personSpans) : description(doc, t,
                    unownedRoleAt.get(t), sofar, context);
            for (ActorMention ref : found) {
                out.add(ref);
                sofar.add(ref);
            }
            sofar.sort(Comparator.comparingInt(ActorMention::firstToken));
        }
        out.sort(Comparator.comparingInt(ActorMention::firstToken));
        return doc.withActorReferences(out);
    }

    private static boolean isPronoun(Document doc, int t) {
        String w = Phrase.normalize(doc.tokens().word(t));
        return doc.pos().get(t).startsWith("PRP") && (Antecedents.PLURAL_PRONOUNS.contains(w)
                || Antecedents.SINGULAR_PRONOUNS.contains(w) || Antecedents.PERSONAL_PRONOUNS.contains(w));
    }

    private static List<ActorMention> pronoun(Document doc, int t, List<ActorMention> sofar, int[] personSpans) {
        if (doc.dependencies().relation(t).equals(Rel.EXPL) || Antecedents.isExtraposed(doc, t)) {
            return List.of(); // "it was not long ago that ...", "it stands to reason that ..."
        }
        String w = Phrase.normalize(doc.tokens().word(t));
        ActorMention antecedent;
        if (REFLEXIVES.contains(w)) {
            antecedent = Antecedents.clauseSubject(doc, t, sofar);
        } else {
            Predicate<ActorMention> fits = Antecedents.PERSONAL_PRONOUNS.contains(w)
                    ? m -> Antecedents.personCompatible(doc, m, personSpans)
                    : Antecedents.PLURAL_PRONOUNS.contains(w) ? m -> Antecedents.pluralCompatible(doc, m)
                    : m -> Antecedents.singularCompatible(doc, m, personSpans);
            antecedent = Antecedents.salient(doc, t, sofar, fits, !Antecedents.SINGULAR_PRONOUNS.contains(w));
        }
        if (antecedent == null) {
            return List.of();
        }
        return List.of(Mentions.of(doc, t, t + 1, t, antecedent.code(), ActorBasis.PRONOUN, antecedent.kind(),
                "pronoun->" + antecedent.rule(), Mentions.antecedent(antecedent)));
    }

    private List<ActorMention> description(Document doc, int t, DictionaryMatch unowned, List<ActorMention> sofar,
            CountryContext context) {
        List<ActorMention> found = descriptions.described(doc, t, unowned, sofar);
        if (found.isEmpty() && unownedRoles != UnownedRoles.LEFT_OUT) {
            found = descriptions.unownedRole(doc, t, unowned, sofar);
        }
        if (unownedRoles == UnownedRoles.INFERRED_COUNTRY) {
            found = found.stream().map(m -> Descriptions.placed(doc, m, context)).toList();
        }
        return found;
    }
}
