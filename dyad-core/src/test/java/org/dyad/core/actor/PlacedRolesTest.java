package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.conventions.UnownedRoles;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/**
 * A role nothing owns ("police", "protesters", "prosecutors") takes, under PLOVER's conventions,
 * the country a reader gives it: its own modifier first (an owner), else the one country of its
 * sentence, else the article's focus country; marked placed, with the words that gave its
 * country as its antecedent. Under CAMEO's conventions it stays of unknown country.
 */
class PlacedRolesTest {
    private final ActorDictionary actors = TinyCodebooks.actors("Gondor\tGON\tcountry", "Gondorian\tGON\tadjective",
            "Rohan\tROH\tcountry", "Rohirric\tROH\tadjective", "Mordor\tMOR\tcountry", "Edoras\tROH\tcapital");
    private final AgentDictionary agents = TinyCodebooks.agents("police\tCOP", "protester\tOPP", "prosecutor\tJUD");
    private final ActorResolver names = new ActorResolver(actors, agents);
    private final ReferenceResolver plover = new ReferenceResolver(actors, agents, UnownedRoles.INFERRED_COUNTRY);
    private final ReferenceResolver cameo = new ReferenceResolver(actors, agents, UnownedRoles.UNKNOWN_COUNTRY);

    private static List<String> roles(Document doc) {
        return doc.actors().stream()
                .filter(m -> m.basis() == ActorBasis.PLACED_ROLE || m.basis() == ActorBasis.UNOWNED_ROLE
                        || m.basis() == ActorBasis.ROLE)
                .map(m -> m.text() + " " + m.code() + " " + m.basis() + " <- "
                        + m.antecedent().map(ActorMention.Antecedent::text).orElse("?"))
                .toList();
    }

    /**
     * "Two men were arrested by police in Rohan": the sentence's one country. (A role that is its
     * clause's subject with one country in its sentence is owned by that country under both
     * conventions already, {@link ActorBasis#CONTEXT}.)
     */
    private static Document arrestedByPoliceInRohan() {
        return HandParsed.document("""
                Two CD two 2 nummod
                men NNS man 4 nsubj:pass
                were VBD be 4 aux:pass
                arrested VBN arrest 0 root
                by IN by 6 case
                police NNS police 4 obl:agent
                in IN in 8 case
                Rohan NNP Rohan 4 obl
                """);
    }

    @Test
    void a_role_nothing_owns_takes_the_one_country_of_its_sentence() {
        Document doc = plover.apply(names.apply(arrestedByPoliceInRohan()));
        assertEquals(List.of("police ROHCOP PLACED_ROLE <- Rohan"), roles(doc));
    }

    @Test
    void under_cameo_conventions_the_same_role_stays_of_unknown_country() {
        Document doc = cameo.apply(names.apply(arrestedByPoliceInRohan()));
        assertEquals(List.of("police ---COP UNOWNED_ROLE <- ?"), roles(doc));
    }

    @Test
    void the_roles_own_modifier_comes_first() {
        Document doc = plover.apply(names.apply(HandParsed.document("""
                Gondorian JJ Gondorian 2 amod
                police NNS police 3 nsubj
                arrested VBD arrest 0 root
                protesters NNS protester 3 obj
                in IN in 6 case
                Rohan NNP Rohan 3 obl
                """)));
        assertEquals("Gondorian police GONCOP ROLE <- ?", roles(doc).get(0));
    }

    @Test
    void a_role_in_a_sentence_without_a_country_takes_the_country_the_article_names_most() {
        Document doc = plover.apply(names.apply(HandParsed.document("""
                Mordor NNP Mordor 2 nsubj
                mobilised VBD mobilise 0 root

                Edoras NNP Edoras 2 nsubj
                protested VBD protest 0 root
                to IN to 4 case
                Mordor NNP Mordor 2 obl

                Rohan NNP Rohan 2 nsubj
                waited VBD wait 0 root

                Prosecutors NNS prosecutor 2 nsubj
                charged VBD charge 0 root
                three CD three 4 nummod
                men NNS man 2 obj
                """)));
        // Rohan is named twice (Edoras, its capital, and Rohan), Mordor twice: the earliest on a tie.
        assertEquals(List.of("Prosecutors MORJUD PLACED_ROLE <- Mordor"), roles(doc));
    }

    @Test
    void a_country_the_role_acts_on_is_not_its_own() {
        Document doc = plover.apply(names.apply(HandParsed.document("""
                Rohan NNP Rohan 2 nsubj
                asked VBD ask 0 root
                police NNS police 2 obj
                to TO to 5 mark
                question VB question 2 xcomp
                Gondor NNP Gondor 5 obj
                """)));
        // Rohan asks; Gondor is only questioned: the police are Rohan's.
        assertEquals(List.of("police ROHCOP PLACED_ROLE <- Rohan"), roles(doc));
    }

    @Test
    void a_sentence_naming_two_countries_places_no_role() {
        Document doc = plover.apply(names.apply(HandParsed.document("""
                Prosecutors NNS prosecutor 2 nsubj
                met VBD meet 0 root
                in IN in 4 case
                Gondor NNP Gondor 2 obl
                and CC and 7 cc
                in IN in 7 case
                Rohan NNP Rohan 4 conj
                """)));
        assertEquals(List.of("Prosecutors ---JUD UNOWNED_ROLE <- ?"), roles(doc));
    }
}
