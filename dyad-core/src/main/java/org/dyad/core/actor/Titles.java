package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;

/**
 * Titles with names no dictionary knows: "President Tinubu", "Interior Minister Fred Matiangi",
 * "Lt. Gen. Ahmed Sharif Chaudhry", "opposition leader X". The title's role gives the sector; the
 * country comes from the title's own modifier ("the Uzbek president X", already owned by
 * {@link RoleOwners}), else from the one country its sentence names other than as the object or
 * destination of its event, else from the article's focus country (the country the other
 * sentences' actors name most), as {@link CountryContext} reads them. Each such actor has the basis
 * {@link ActorBasis#TITLE} and keeps the name that gave its country as its antecedent.
 */
final class Titles {

    List<ActorMention> resolve(Document doc, List<DictionaryMatch> matches, List<ActorMention> named) {
        List<ActorMention> out = new ArrayList<>(named);
        List<EntityMention> persons = doc.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
        CountryContext context = CountryContext.of(doc, named);
        for (DictionaryMatch m : matches) {
            if (m.isActor()) {
                continue;
            }
            Optional<EntityMention> name = namedBy(doc, m, persons);
            if (name.isEmpty() || knownPerson(named, name.get())) {
                continue;
            }
            EntityMention person = name.get();
            int head = person.endToken() - 1;
            int owned = indexOfRoleAt(out, m, head);
            if (owned >= 0) {
                out.set(owned, titled(doc, out.get(owned), matches));
                continue;
            }
            if (out.stream().anyMatch(a -> a.covers(head) || a.covers(m.head()))) {
                continue;
            }
            // Two countries in the sentence: it does not say whose the title is, nor does the article.
            Optional<CountryContext.Inference> country = context.countryAt(m.head());
            if (country.isEmpty()) {
                continue;
            }
            ActorCode code = m.agent().of(new ActorCode(country.get().country()));
            int first = Math.min(m.first(), person.firstToken());
            out.add(Mentions.of(doc, first, Math.max(m.end(), person.endToken()), head, code, ActorBasis.TITLE,
                    PartyKind.of(code), "title:" + m.agentWords() + "+" + country.get().evidence().text(),
                    Mentions.antecedent(country.get().evidence())));
        }
        out.sort(Comparator.comparingInt(ActorMention::firstToken));
        return out;
    }

    /** The PERSON entity a title names: the one right after it or the one its head word lies in. */
    private static Optional<EntityMention> namedBy(Document doc, DictionaryMatch title, List<EntityMention> persons) {
        int gov = doc.dependencies().head(title.head());
        for (EntityMention e : persons) {
            boolean after = e.firstToken() == title.end();
            boolean inside = gov >= e.firstToken() && gov < e.endToken() && title.end() <= e.firstToken()
                    && e.firstToken() - title.end() <= 2;
            if ((after || inside) && doc.sentences().sentenceOf(e.firstToken()) == doc.sentences().sentenceOf(title.head())
                    && !title.agent().prefix()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether a dictionary person covers any word of the name: then the title adds nothing. */
    private static boolean knownPerson(List<ActorMention> named, EntityMention person) {
        for (ActorMention a : named) {
            if (a.basis() != ActorBasis.ROLE && a.kind() == PartyKind.PERSON && a.firstToken() < person.endToken()
                    && a.endToken() > person.firstToken()) {
                return true;
            }
        }
        return false;
    }

    /** The role mention {@link RoleOwners} built on this title over the name, or -1. */
    private static int indexOfRoleAt(List<ActorMention> mentions, DictionaryMatch title, int head) {
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention a = mentions.get(i);
            if (a.basis() == ActorBasis.ROLE && a.covers(title.head()) && a.covers(head)) {
                return i;
            }
        }
        return -1;
    }

    /** A role mention over a title and a name, its owner the title's modifier: the same code, marked a title. */
    private static ActorMention titled(Document doc, ActorMention role, List<DictionaryMatch> matches) {
        for (DictionaryMatch owner : matches) {
            if (owner.isActor() && owner.first() >= role.firstToken() && owner.end() <= role.endToken()) {
                return Mentions.of(doc, role.firstToken(), role.endToken(), role.headToken(), role.code(),
                        ActorBasis.TITLE, role.kind(), "title:" + role.rule(), Mentions.evidence(doc, owner.first(),
                                owner.end()));
            }
        }
        return role;
    }
}
